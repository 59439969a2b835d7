import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PlanStore } from '../state/planStore.ts';
import { wizardSteps, type WizardStepId } from '../wizard/steps.ts';
import { deriveFindings } from './deriveFindings.ts';
import { serviceTagsStore } from '../servicetags/useServiceTags.ts';
import { engineFailed, engineNow, loadEngine } from './engine.ts';
import { createFieldRegistry } from './fieldRegistry.ts';
import type { FindingsUi } from './FindingsContext.ts';
import { stepBlock } from './groupFindings.ts';

export interface FindingsGate {
  /** Acknowledged warnings and the fields on screen, for {@link FindingsUiContext}. */
  readonly ui: FindingsUi;
  /** Whether Next may leave the step at `index`: no error, and its warnings acknowledged. */
  canLeave(index: number): boolean;
  /**
   * While the plan in the store can't be judged yet (the engine is still loading), a promise that settles once it
   * can; undefined when {@link canLeave} may be asked now.
   */
  whenChecked(): Promise<unknown> | undefined;
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

  const current = useCallback(
    () => deriveFindings(store.getState().plan, engineNow(), serviceTagsStore.getState().loaded?.input),
    [store],
  );

  const canLeave = useCallback(
    (index: number) => {
      const step = wizardSteps[index];
      if (!step) return true;
      return stepBlock(current().byStep.get(step.id) ?? [], latest.current.get(step.id)) === null;
    },
    [current],
  );

  // Next waits for the engine; if it can't be loaded, Next goes on as before the checks existed (the findings
  // panel says the checks are missing and offers to retry).
  const whenChecked = useCallback(
    () => (current().checking && !engineFailed() ? loadEngine().catch(() => undefined) : undefined),
    [current],
  );

  const ui = useMemo(() => ({ acknowledged, acknowledge, fields }), [acknowledged, acknowledge, fields]);
  return { ui, canLeave, whenChecked };
}
