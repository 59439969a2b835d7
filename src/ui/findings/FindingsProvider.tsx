import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import { deriveFindings, sameFindings, type FindingsSnapshot } from './deriveFindings.ts';
import { useThrottledStore } from '../state/throttledStore.ts';
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
 * How the findings follow a plan that keeps changing (typing): a single change is checked at once; a burst of
 * keystrokes once it pauses for CHECK_AFTER_PAUSE_MS, and at least every CHECK_AT_LEAST_EVERY_MS while it
 * goes on. A check in the middle of a word gives findings nobody reads before the word is typed, and costs
 * the keystrokes around it.
 */
const CHECK_AFTER_PAUSE_MS = 300;
const CHECK_AT_LEAST_EVERY_MS = 1000;

/**
 * The snapshot given, or the one before it while the two say the same (most keystrokes change no
 * finding), so the readers of the findings don't re-render for nothing.
 */
function useKeptWhileSame(snapshot: FindingsSnapshot): FindingsSnapshot {
  const [kept, setKept] = useState(snapshot);
  if (kept === snapshot || sameFindings(kept, snapshot)) return kept;
  setKept(snapshot);
  return snapshot;
}

/**
 * Derives the findings of the committed plan once per change (`useMemo` over `checkPlan`) for everything below.
 * Only this component follows the plan, so a keystroke re-renders the findings' readers, not the whole page.
 */
export function FindingsProvider({ ui, children }: FindingsProviderProps) {
  // While someone types, the plan changes on every key: check it when the typing pauses (and now and then
  // while it doesn't), so typing stays light and the findings follow within a moment. A keystroke doesn't
  // even re-render this provider: only the plan passed on does.
  const store = usePlanStore();
  const readPlan = useCallback(() => store.getState().plan, [store]);
  const plan = useThrottledStore(store.subscribe, readPlan, CHECK_AT_LEAST_EVERY_MS, CHECK_AFTER_PAUSE_MS);
  const check = useEngine();
  // A Service Tags file loaded in the Tunnelling step is a session input beside the plan.
  // Deferred: re-checking with a newly loaded file renders in the background, keeping the page responsive.
  const serviceTags = useDeferredValue(useServiceTags());
  const snapshot = useKeptWhileSame(
    useMemo(() => deriveFindings(plan, check, serviceTags), [plan, check, serviceTags]),
  );
  useLoadEngineWhileChecking(snapshot.checking);
  useEffect(() => loadEngineOnFirstInteraction(document), []);
  return (
    <FindingsContext.Provider value={snapshot}>
      <FindingsUiContext.Provider value={ui}>{children}</FindingsUiContext.Provider>
    </FindingsContext.Provider>
  );
}
