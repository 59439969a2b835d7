import { followThrottled } from './throttledStore.ts';
import type { PlanState, PlanStore } from './planStore.ts';
import { saveStoredPlan } from './persistence.ts';

/** Whether the last autosave worked, as a tiny external store for `useSyncExternalStore`. */
export interface Autosave {
  /** True when the browser refused the last save (storage full, turned off or unavailable). */
  failed(): boolean;
  /** True while the plan is deliberately not saved (it holds details read from Azure). */
  withheld(): boolean;
  /**
   * When the plan was last written to this browser's storage (milliseconds since the epoch), `'earlier'` when
   * it came from there at start-up and hasn't changed since, undefined when it isn't in storage.
   */
  lastSaved(): number | 'earlier' | undefined;
  subscribe(listener: () => void): () => void;
  /** Saves a change still waiting for its turn at once (the page is being hidden or left). */
  flush(): void;
  stop(): void;
}

export interface AutosaveOptions {
  /**
   * Plans for which this returns true are never written to the browser's storage: details read from a
   * signed-in Azure account stay in memory only.
   */
  readonly withhold?: (state: PlanState) => boolean;
  /** The plan was read from storage at start-up, so it is saved already. */
  readonly restored?: boolean;
  /** The clock, for tests. */
  readonly now?: () => number;
  /**
   * At most one save every this many milliseconds (default {@link SAVE_EVERY_MS}): the first change after a
   * quiet spell is saved on the next task, the changes of a burst (typing) together.
   */
  readonly intervalMs?: number;
}

/** How often a plan that keeps changing (typing) is written: writing it on every key costs each keystroke. */
export const SAVE_EVERY_MS = 1000;

/**
 * Saves the plan after every change: a single change on the next task, a burst of changes (typing) at most
 * once every `intervalMs`, and always the last one. {@link Autosave.flush} saves a waiting change at once:
 * call it when the page is hidden or left. Nothing is written before the first change, so an unreadable saved
 * plan stays available to download until the person edits.
 */
export function startAutosave(
  store: PlanStore,
  storage: Pick<Storage, 'setItem'> | undefined,
  options: AutosaveOptions = {},
): Autosave {
  const now = options.now ?? Date.now;
  let status: { failed: boolean; withheld: boolean; lastSaved: number | 'earlier' | undefined } = {
    failed: false,
    withheld: false,
    lastSaved: options.restored ? 'earlier' : undefined,
  };
  const listeners = new Set<() => void>();
  const save = (state: PlanState) => {
    const withheld = options.withhold?.(state) ?? false;
    const failed = withheld ? false : !saveStoredPlan(storage, state.plan);
    // A plan withheld or refused is no longer the one in storage.
    status = { failed, withheld, lastSaved: withheld || failed ? undefined : now() };
    listeners.forEach((listener) => listener());
  };
  // The state changed since the last save, if it did: what `flush` saves.
  let waiting: PlanState | undefined;
  const saveWaiting = () => {
    if (waiting === undefined) return;
    const state = waiting;
    waiting = undefined;
    save(state);
  };
  const stopWatching = store.subscribe(() => {
    waiting = store.getState();
  });
  // Reads the state itself when its turn comes, so it saves the latest (nothing when a flush got there first).
  const stopFollowing = followThrottled(
    { subscribe: store.subscribe, read: store.getState },
    options.intervalMs ?? SAVE_EVERY_MS,
    saveWaiting,
    { now },
  );
  return {
    failed: () => status.failed,
    withheld: () => status.withheld,
    lastSaved: () => status.lastSaved,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush: saveWaiting,
    stop() {
      stopFollowing();
      stopWatching();
    },
  };
}
