import { useEffect, useRef, useState } from 'react';

/** What {@link followThrottled} needs of a store: the `useSyncExternalStore` pair. */
export interface Followable<T> {
  subscribe(listener: () => void): () => void;
  read(): T;
}

/** How {@link followThrottled} passes a burst on, besides the interval. */
export interface FollowOptions<T> {
  /** The value the caller shows now (by default the store's). */
  readonly shown?: T;
  /**
   * Wait for the burst to pause this long before passing it on, and pass it on at the latest `intervalMs`
   * after the last value shown: a burst of typing is followed once a second rather than a few times a
   * second, and as soon as the person pauses. Without it, a burst is passed on every `intervalMs`.
   */
  readonly quietMs?: number | undefined;
  readonly now?: () => number;
}

/**
 * Calls `show` with the store's value at most once every `intervalMs`: the first change after a quiet spell
 * on the next task, the changes of a burst (typing) together at the end of each interval (or, with
 * `options.quietMs`, once the burst pauses), and always the last one (the value is read when it is shown).
 * Returns the unsubscribe function.
 */
export function followThrottled<T>(
  store: Followable<T>,
  intervalMs: number,
  show: (value: T) => void,
  options: FollowOptions<T> = {},
): () => void {
  const now = options.now ?? (() => performance.now());
  const quietMs = options.quietMs;
  let shown = 'shown' in options ? (options.shown as T) : store.read();
  let lastShownAt = Number.NEGATIVE_INFINITY;
  let lastChangedAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // How long the burst still has to wait: the end of the interval, or of the pause when sooner.
  const wait = () => {
    const intervalEnd = lastShownAt + intervalMs;
    const due = quietMs === undefined ? intervalEnd : Math.min(lastChangedAt + quietMs, intervalEnd);
    return Math.max(0, due - now());
  };
  const flush = (atOnce: boolean) => {
    timer = undefined;
    const value = store.read();
    if (Object.is(value, shown)) return;
    const left = atOnce ? 0 : wait();
    if (left > 0) {
      timer = setTimeout(flush, left, false);
      return;
    }
    shown = value;
    lastShownAt = now();
    show(value);
  };
  const changed = () => {
    const previous = lastChangedAt;
    lastChangedAt = now();
    if (timer !== undefined) return;
    // The first change after a quiet spell goes at once; in a burst it waits. With `quietMs`, a quiet
    // spell is a whole interval without a change (a key every 350 ms still waits for its pause).
    const atOnce =
      quietMs === undefined
        ? lastChangedAt - lastShownAt >= intervalMs
        : lastChangedAt - previous >= intervalMs;
    timer = setTimeout(flush, atOnce ? 0 : wait(), atOnce);
  };
  const unsubscribe = store.subscribe(changed);
  // A value that changed before this subscription (since `options.shown`) is passed on at once.
  if (!Object.is(store.read(), shown)) timer = setTimeout(flush, 0, true);
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * A store's value, passed on as {@link followThrottled} does (with `quietMs`, once a burst pauses). Only
 * the passed-on value re-renders the caller: a burst of changes (a keystroke each) doesn't.
 */
export function useThrottledStore<T>(
  subscribe: (listener: () => void) => () => void,
  read: () => T,
  intervalMs: number,
  quietMs?: number,
): T {
  const [shown, setShown] = useState(read);
  const latest = useRef(shown);
  useEffect(
    () =>
      followThrottled(
        { subscribe, read },
        intervalMs,
        (value) => {
          latest.current = value;
          setShown(value);
        },
        { shown: latest.current, quietMs },
      ),
    [subscribe, read, intervalMs, quietMs],
  );
  return shown;
}
