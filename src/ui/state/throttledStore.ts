import { useEffect, useRef, useState } from 'react';

/** What {@link followThrottled} needs of a store: the `useSyncExternalStore` pair. */
export interface Followable<T> {
  subscribe(listener: () => void): () => void;
  read(): T;
}

/**
 * Calls `show` with the store's value at most once every `intervalMs`: the first change after a quiet spell
 * on the next task, the changes of a burst (typing) together at the end of each interval, and always the
 * last one (the value is read when it is shown). `options.shown` is the value the caller shows now (by
 * default the store's). Returns the unsubscribe function.
 */
export function followThrottled<T>(
  store: Followable<T>,
  intervalMs: number,
  show: (value: T) => void,
  options: { readonly shown?: T; readonly now?: () => number } = {},
): () => void {
  const now = options.now ?? (() => performance.now());
  let shown = 'shown' in options ? (options.shown as T) : store.read();
  let lastShownAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const value = store.read();
    if (Object.is(value, shown)) return;
    shown = value;
    lastShownAt = now();
    show(value);
  };
  const changed = () => {
    if (timer !== undefined) return;
    timer = setTimeout(flush, Math.max(0, lastShownAt + intervalMs - now()));
  };
  const unsubscribe = store.subscribe(changed);
  // A value that changed before this subscription (since `options.shown`) is passed on at once.
  if (!Object.is(store.read(), shown)) changed();
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * A store's value, passed on as {@link followThrottled} does. Only the throttled value re-renders the
 * caller: a burst of changes (a keystroke each) doesn't, until its interval ends.
 */
export function useThrottledStore<T>(
  subscribe: (listener: () => void) => () => void,
  read: () => T,
  intervalMs: number,
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
        { shown: latest.current },
      ),
    [subscribe, read, intervalMs],
  );
  return shown;
}
