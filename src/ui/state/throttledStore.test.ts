import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followThrottled } from './throttledStore.ts';

/** A store of one number that tells its listeners of every change. */
function counterStore(value = 0) {
  const listeners = new Set<() => void>();
  return {
    read: () => value,
    set(next: number) {
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listeners,
  };
}

describe('followThrottled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const now = () => Date.now();

  it('passes the first change after a quiet spell on the next task', () => {
    const store = counterStore();
    const shown: number[] = [];
    followThrottled(store, 150, (v) => shown.push(v), { now });
    store.set(1);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(shown).toEqual([1]);
  });

  it('passes a burst at most once per interval, and always its last value', () => {
    const store = counterStore();
    const shown: number[] = [];
    followThrottled(store, 150, (v) => shown.push(v), { now });
    store.set(1);
    vi.advanceTimersByTime(0);
    for (let key = 2; key <= 10; key += 1) {
      store.set(key);
      vi.advanceTimersByTime(40);
    }
    vi.advanceTimersByTime(500);
    // Key k is set at 40·(k−2) ms. 1 at once; then what is there at 150 ms (5, set at 120), at 300 ms
    // (9, set at 280) and at 450 ms (10, the last).
    expect(shown).toEqual([1, 5, 9, 10]);
  });

  it('skips a change that comes back to the value shown', () => {
    const store = counterStore(5);
    const shown: number[] = [];
    followThrottled(store, 150, (v) => shown.push(v), { now });
    store.set(6);
    store.set(5);
    vi.advanceTimersByTime(200);
    expect(shown).toEqual([]);
  });

  it('passes on at once a change made before it subscribed', () => {
    const store = counterStore(7);
    const shown: number[] = [];
    followThrottled(store, 150, (v) => shown.push(v), { shown: 6, now });
    vi.advanceTimersByTime(0);
    expect(shown).toEqual([7]);
  });

  it('stops: no timer and no listener left', () => {
    const store = counterStore();
    const shown: number[] = [];
    const stop = followThrottled(store, 150, (v) => shown.push(v), { now });
    store.set(1);
    stop();
    vi.advanceTimersByTime(200);
    expect(shown).toEqual([]);
    expect(store.listeners.size).toBe(0);
  });
});
