import type { PlanStore } from './planStore.ts';
import { saveStoredPlan } from './persistence.ts';

/** Whether the last autosave worked, as a tiny external store for `useSyncExternalStore`. */
export interface Autosave {
  /** True when the browser refused the last save (storage full, turned off or unavailable). */
  failed(): boolean;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

/**
 * Saves the plan on every change. Nothing is written before the first change, so an unreadable saved plan
 * stays available to download until the person edits.
 */
export function startAutosave(store: PlanStore, storage: Pick<Storage, 'setItem'> | undefined): Autosave {
  let failed = false;
  const listeners = new Set<() => void>();
  const stop = store.subscribe(() => {
    const next = !saveStoredPlan(storage, store.getState().plan);
    if (next === failed) return;
    failed = next;
    listeners.forEach((listener) => listener());
  });
  return {
    failed: () => failed,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop,
  };
}
