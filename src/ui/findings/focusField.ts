import { fieldDomId } from './fieldDomId.ts';

const CONTROLS =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';
const FOCUSABLE = `${CONTROLS}, button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])`;
/** Lazily loaded steps show a placeholder marked `data-step-loading` until their code is there. */
const LOADING = '[data-step-loading]';
const GIVE_UP_MS = 5000;

/**
 * Focuses `element`, or for a group its checked control (a radio group), else its first box, else its
 * first button (an empty list's Add), else anything focusable: a "Learn more" link in a finding shown
 * at the top of a list is not where a fix is typed.
 */
export function focusControl(element: HTMLElement): void {
  const target = element.matches(FOCUSABLE)
    ? element
    : (element.querySelector<HTMLElement>('input:checked') ??
      element.querySelector<HTMLElement>(CONTROLS) ??
      element.querySelector<HTMLElement>('button:not([disabled])') ??
      element.querySelector<HTMLElement>(FOCUSABLE));
  (target ?? element).focus();
}

/** True while focus is in an open dialog: the person has moved on, and a late focus must not pull them out. */
function focusInDialog(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.closest('[role="dialog"], [role="alertdialog"]') !== null;
}

function firstControl(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>(CONTROLS);
}

/**
 * Once the step in `root` has loaded, focuses the control of the plan field at `path` (by its DOM id), else the
 * step's first form control, else `fallback`. Gives up when a dialog has taken focus meanwhile (Share,
 * Examples…): taking focus back out of a modal dialog would leave it open but unreachable. Returns a
 * function that stops waiting.
 */
export function focusFieldWhenReady(
  root: HTMLElement,
  path: string,
  fallback: HTMLElement | null,
): () => void {
  const started = performance.now();
  let readyFrames = 0;
  let frame = 0;
  const attempt = () => {
    if (focusInDialog()) return;
    const field = document.getElementById(fieldDomId(path));
    if (field && root.contains(field)) return focusControl(field);
    // Wait two frames after loading: fields can render one frame after the step (lazy parts, effects).
    readyFrames = root.querySelector(LOADING) ? 0 : readyFrames + 1;
    if (readyFrames > 2 || performance.now() - started > GIVE_UP_MS) {
      const control = firstControl(root);
      if (control) control.focus();
      else fallback?.focus();
      return;
    }
    frame = requestAnimationFrame(attempt);
  };
  frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
}
