import { useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { usePlan } from '../state/PlanStoreContext.ts';
import { deriveFindings } from './deriveFindings.ts';
import { useServiceTags } from '../servicetags/useServiceTags.ts';
import { loadEngineOnFirstInteraction, useEngine } from './engine.ts';
import {
  FindingsContext,
  FindingsUiContext,
  useLoadEngineWhileChecking,
  type FindingsUi,
} from './FindingsContext.ts';

export interface FindingsProviderProps {
  readonly ui: FindingsUi;
  readonly children: ReactNode;
}

/**
 * Derives the findings of the committed plan once per change (`useMemo` over `checkPlan`) for everything below.
 * Only this component follows the plan, so a keystroke re-renders the findings' readers, not the whole page.
 */
export function FindingsProvider({ ui, children }: FindingsProviderProps) {
  const plan = usePlan();
  const check = useEngine();
  // A Service Tags file loaded in the Tunnelling step is a session input beside the plan.
  // Deferred: re-checking with a newly loaded file renders in the background, keeping the page responsive.
  const serviceTags = useDeferredValue(useServiceTags());
  const snapshot = useMemo(() => deriveFindings(plan, check, serviceTags), [plan, check, serviceTags]);
  useLoadEngineWhileChecking(snapshot.checking);
  useEffect(() => loadEngineOnFirstInteraction(document), []);
  return (
    <FindingsContext.Provider value={snapshot}>
      <FindingsUiContext.Provider value={ui}>{children}</FindingsUiContext.Provider>
    </FindingsContext.Provider>
  );
}
