import { useCallback, useMemo, useRef, useState } from 'react';
import { STEP_FORM_ID, wizardSteps } from './steps.ts';

export interface WizardNavigation {
  /** Index of the step on screen. */
  readonly current: number;
  /** Highest step index reached so far; every step up to it may be jumped to. */
  readonly furthest: number;
  /** Asks to go to `target`: the current step's form is validated and committed first. */
  request(target: number): void;
  /** Called by a step form once its values are committed: performs the requested move. */
  proceed(): void;
  /** Called by a step form whose values are invalid: the requested move is dropped. */
  cancel(): void;
  /** Back to the first step with nothing visited (start over). */
  reset(): void;
}

const last = wizardSteps.length - 1;
const clamp = (index: number) => Math.min(Math.max(index, 0), last);

/** Step state of the wizard; moving on always goes through the current step's form when it has one. */
export function useWizardNavigation(): WizardNavigation {
  const [position, setPosition] = useState({ index: 0, furthest: 0 });
  const pending = useRef<number | null>(null);

  const goTo = useCallback((target: number) => {
    setPosition((previous) => {
      const index = clamp(target);
      if (index > previous.furthest + 1) return previous;
      return { index, furthest: Math.max(previous.furthest, index) };
    });
  }, []);

  const request = useCallback(
    (target: number) => {
      const form = document.getElementById(STEP_FORM_ID);
      if (form instanceof HTMLFormElement) {
        pending.current = target;
        form.requestSubmit();
      } else {
        goTo(target);
      }
    },
    [goTo],
  );

  const proceed = useCallback(() => {
    const target = pending.current;
    pending.current = null;
    if (target !== null) goTo(target);
  }, [goTo]);

  const cancel = useCallback(() => {
    pending.current = null;
  }, []);

  const reset = useCallback(() => {
    pending.current = null;
    setPosition({ index: 0, furthest: 0 });
  }, []);

  return useMemo(
    () => ({ current: position.index, furthest: position.furthest, request, proceed, cancel, reset }),
    [position, request, proceed, cancel, reset],
  );
}
