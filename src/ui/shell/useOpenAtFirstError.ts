import { useCallback } from 'react';
import type { Plan } from '../../core/index.ts';
import { loadEngine } from '../findings/engine.ts';
import { firstErrorPlace } from '../findings/findingSteps.ts';
import { useStepJumpOf } from '../gallery/useStepJump.ts';
import type { WizardNavigation } from '../wizard/useWizardNavigation.ts';

/**
 * Opens a plan that came from outside (an imported file, a share link) on its first step with an error, focused on
 * that error's field; on the first step when it has none, or when the checks' code can't be fetched.
 */
export function useOpenAtFirstError(wizard: WizardNavigation): (plan: Plan) => void {
  const jump = useStepJumpOf(wizard);
  return useCallback(
    (plan: Plan) => {
      void loadEngine()
        .then((check) => firstErrorPlace(check(plan), plan))
        .catch(() => undefined)
        .then((place) => jump(place?.step ?? 0, place?.path));
    },
    [jump],
  );
}
