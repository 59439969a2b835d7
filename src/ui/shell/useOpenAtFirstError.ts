import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Plan } from '../../core/index.ts';
import { loadEngine } from '../findings/engine.ts';
import { firstErrorPlace } from '../findings/findingSteps.ts';
import { useStepJumpOf } from '../gallery/useStepJump.ts';
import type { WizardNavigation } from '../wizard/useWizardNavigation.ts';

/**
 * Opens a plan that came from outside (an imported file, a share link) on its first step with an error, focused on
 * that error's field, or on the first step when it has none (or the checks' code can't be fetched). The checks may
 * still be loading: a person who moves in the meantime is left where they went.
 */
export function useOpenAtFirstError(wizard: WizardNavigation): (plan: Plan) => void {
  const jump = useStepJumpOf(wizard);
  const lastMove = useRef(wizard.event?.serial);
  useLayoutEffect(() => {
    lastMove.current = wizard.event?.serial;
  }, [wizard.event]);

  return useCallback(
    (plan: Plan) => {
      const before = lastMove.current;
      void loadEngine()
        .then((check) => firstErrorPlace(check(plan), plan))
        .catch(() => undefined)
        .then((place) => {
          if (lastMove.current === before) jump(place?.step ?? 0, place?.path);
        });
    },
    [jump],
  );
}
