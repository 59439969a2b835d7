import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PlanStore } from '../state/planStore.ts';
import { wizardSteps, type WizardStepId } from '../wizard/steps.ts';
import { deriveFindings } from './deriveFindings.ts';
import { serviceTagsStore } from '../servicetags/useServiceTags.ts';
import { engineNow } from './engine.ts';
import { createFieldRegistry } from './fieldRegistry.ts';
import type { FindingsUi } from './FindingsContext.ts';
import { stepBlock } from './groupFindings.ts';

export interface FindingsGate {
  /** Acknowledged warnings and the fields on screen, for {@link FindingsUiContext}. */
  readonly ui: FindingsUi;
  /** Whether Next may leave the step at `index`: no error, and its warnings acknowledged. */
  canLeave(index: number): boolean;
}

/**
 * The UI state findings need besides the plan (acknowledgements live in memory only, never in the plan), and the
 * gate Next goes through. The gate checks the plan in the store at the moment of the move, i.e. just after the
 * step's form committed it.
 */
export function useFindingsGate(store: PlanStore): FindingsGate {
  const [acknowledged, setAcknowledged] = useState<ReadonlyMap<WizardStepId, string>>(() => new Map());
  const [fields] = useState(createFieldRegistry);
  const latest = useRef(acknowledged);
  useLayoutEffect(() => {
    latest.current = acknowledged;
  }, [acknowledged]);

  const acknowledge = useCallback((step: WizardStepId, signature: string | undefined) => {
    setAcknowledged((previous) => {
      const next = new Map(previous);
      if (signature === undefined) next.delete(step);
      else next.set(step, signature);
      return next;
    });
  }, []);

  const canLeave = useCallback(
    (index: number) => {
      const step = wizardSteps[index];
      if (!step) return true;
      // Before the engine arrives (the first moments after load) nothing is known to block the step.
      const { byStep } = deriveFindings(
        store.getState().plan,
        engineNow(),
        serviceTagsStore.getState().loaded?.input,
      );
      return stepBlock(byStep.get(step.id) ?? [], latest.current.get(step.id)) === null;
    },
    [store],
  );

  const ui = useMemo(() => ({ acknowledged, acknowledge, fields }), [acknowledged, acknowledge, fields]);
  return { ui, canLeave };
}
