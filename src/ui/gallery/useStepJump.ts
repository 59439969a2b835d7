import { useCallback, useEffect, useState } from 'react';
import type { WizardNavigation } from '../wizard/useWizardNavigation.ts';
import { useWizard } from '../wizard/WizardContext.ts';

interface Jump {
  readonly target: number;
  readonly focusPath?: string;
  readonly serial: number;
}

/**
 * Restarts the wizard at a step after the plan was replaced as a whole (an example): the move is made once
 * the step forms show the new plan, so no form commits the old plan's values over it. Focus goes to the
 * field `focusPath` names when given, otherwise to the step heading.
 */
export function useStepJump(): (target: number, focusPath?: string) => void {
  return useStepJumpOf(useWizard());
}

/** {@link useStepJump} for the component that holds the wizard's navigation (above its context). */
export function useStepJumpOf({
  request,
  reset,
}: WizardNavigation): (target: number, focusPath?: string) => void {
  const [jump, setJump] = useState<Jump | null>(null);

  useEffect(() => {
    if (jump) request(jump.target, { kind: 'anywhere', focusPath: jump.focusPath });
  }, [jump, request]);

  return useCallback(
    (target: number, focusPath?: string) => {
      reset();
      setJump((previous) => ({ target, focusPath, serial: (previous?.serial ?? 0) + 1 }));
    },
    [reset],
  );
}
