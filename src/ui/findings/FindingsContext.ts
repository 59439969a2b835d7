import { createContext, useContext, useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Finding } from '../../core/index.ts';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import type { WizardStepId } from '../wizard/steps.ts';
import { deriveFindings, type FindingsSnapshot } from './deriveFindings.ts';
import { useServiceTags } from '../servicetags/useServiceTags.ts';
import { loadEngine, useEngine } from './engine.ts';
import type { FieldRegistry } from './fieldRegistry.ts';

/** The findings of the plan in the store, computed once per plan for the whole page. */
export const FindingsContext = createContext<FindingsSnapshot | null>(null);

/** UI state around findings: warnings acknowledged per step (in memory only) and the fields on screen. */
export interface FindingsUi {
  /** Per step, the signature of the warnings the person acknowledged. */
  readonly acknowledged: ReadonlyMap<WizardStepId, string>;
  acknowledge(step: WizardStepId, signature: string | undefined): void;
  readonly fields: FieldRegistry;
}

export const FindingsUiContext = createContext<FindingsUi | null>(null);

/** Starts loading the requirements engine once a plan needs it (its findings aren't known without it). */
export function useLoadEngineWhileChecking(checking: boolean): void {
  useEffect(() => {
    // A failed load is reported by the findings panel (useEngineFailed), which offers to retry.
    if (checking) loadEngine().catch(() => undefined);
  }, [checking]);
}

/**
 * The findings of the committed plan with their indexes: shared from the nearest provider, or derived here
 * (`useMemo` over `checkPlan`) when there is none.
 */
export function useFindingsSnapshot(): FindingsSnapshot {
  const shared = useContext(FindingsContext);
  const store = usePlanStore();
  // Under a provider only the provider follows the plan: a reader here re-renders when the findings do.
  const ownPlan = () => (shared ? null : store.getState().plan);
  const plan = useSyncExternalStore(store.subscribe, ownPlan, ownPlan);
  const check = useEngine();
  const serviceTags = useDeferredValue(useServiceTags());
  const own = useMemo(
    () => (plan === null ? null : deriveFindings(plan, check, serviceTags)),
    [plan, check, serviceTags],
  );
  const snapshot = shared ?? own ?? deriveFindings(store.getState().plan, check, serviceTags);
  // With a provider, the provider starts the engine's load.
  useLoadEngineWhileChecking(!shared && snapshot.checking);
  return snapshot;
}

/** Every finding of the committed plan, most severe first; derived, never stored. */
export function useFindings(): readonly Finding[] {
  return useFindingsSnapshot().findings;
}

/** Acknowledgements and the field registry; throws without a provider. */
export function useFindingsUi(): FindingsUi {
  const ui = useContext(FindingsUiContext);
  if (!ui) throw new Error('useFindingsUi needs a FindingsUiContext provider.');
  return ui;
}
