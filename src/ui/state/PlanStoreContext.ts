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
  const plan = () => store.getState().plan;
  return useSyncExternalStore(store.subscribe, plan, plan);
}

/**
 * One part of the current plan; re-renders only when that part changes. The store keeps the objects of
 * unchanged parts across edits, so `select` should return a part of the plan (or a primitive), not
 * build a new object.
 */
export function usePlanPart<T>(select: (plan: Plan) => T): T {
  const store = usePlanStore();
  const part = () => select(store.getState().plan);
  return useSyncExternalStore(store.subscribe, part, part);
}

/** Changes only when the plan is replaced as a whole; step forms use it as a key to reload. */
export function usePlanRevision(): number {
  const store = usePlanStore();
  const revision = () => store.getState().revision;
  return useSyncExternalStore(store.subscribe, revision, revision);
}
