import type { PlanState, PlanStore } from './planStore.ts';
import { saveStoredPlan } from './persistence.ts';

/** Whether the last autosave worked, as a tiny external store for `useSyncExternalStore`. */
export interface Autosave {
  /** True when the browser refused the last save (storage full, turned off or unavailable). */
  failed(): boolean;
  /** True while the plan is deliberately not saved (it holds details read from Azure). */
  withheld(): boolean;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

export interface AutosaveOptions {
  /**
   * Plans for which this returns true are never written to the browser's storage: details read from a
   * signed-in Azure account stay in memory only.
   */
  readonly withhold?: (state: PlanState) => boolean;
}

/**
 * Saves the plan on every change. Nothing is written before the first change, so an unreadable saved plan
 * stays available to download until the person edits.
 */
export function startAutosave(
  store: PlanStore,
  storage: Pick<Storage, 'setItem'> | undefined,
  options: AutosaveOptions = {},
): Autosave {
  let status = { failed: false, withheld: false };
  const listeners = new Set<() => void>();
  const stop = store.subscribe(() => {
    const state = store.getState();
    const withheld = options.withhold?.(state) ?? false;
    const failed = withheld ? false : !saveStoredPlan(storage, state.plan);
    if (failed === status.failed && withheld === status.withheld) return;
    status = { failed, withheld };
    listeners.forEach((listener) => listener());
  });
  return {
    failed: () => status.failed,
    withheld: () => status.withheld,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop,
  };
}
