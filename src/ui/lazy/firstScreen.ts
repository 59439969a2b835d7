/** The user-timing mark set when the first screen has been committed (e2e/first-load.spec.ts reads it). */
export const FIRST_SCREEN_MARK = 'aml-network-wizard:first-screen';

let markShown: () => void = () => undefined;

/**
 * Settles once the app's first screen has been painted: code the first screen doesn't show (the plan
 * schema, parts shown only later) starts loading then, so it never competes with the first screen.
 */
export const firstScreenShown = new Promise<void>((resolve) => {
  markShown = resolve;
});

let requested = false;

/**
 * Called by the app once its first screen is committed (App's `onShown`); later calls change nothing. Settles
 * {@link firstScreenShown} after the browser has painted that screen: a frame, then a task (or after a second
 * where frames don't run, as in a hidden tab).
 */
export function showFirstScreen(): void {
  if (requested) return;
  requested = true;
  let done = false;
  const shown = () => {
    if (done) return;
    done = true;
    if (typeof performance !== 'undefined') performance.mark(FIRST_SCREEN_MARK);
    markShown();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(shown, 0));
  setTimeout(shown, 1000);
}
