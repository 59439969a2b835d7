import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Plan } from '../../core/index.ts';
import type { PlanStore } from './planStore.ts';

export const PlanStoreContext = createContext<PlanStore | null>(null);

/** The plan store of the nearest provider. */
export function usePlanStore(): PlanStore {
  const store = useContext(PlanStoreContext);
  if (!store) throw new Error('usePlanStore needs a PlanStoreContext provider.');
  return store;
}

/** The current plan; re-renders when it changes. */
export function usePlan(): Plan {
  const store = usePlanStore();
  return useSyncExternalStore(store.subscribe, () => store.getState().plan);
}

/** Changes only when the plan is replaced as a whole; step forms use it as a key to reload. */
export function usePlanRevision(): number {
  const store = usePlanStore();
  return useSyncExternalStore(store.subscribe, () => store.getState().revision);
}
