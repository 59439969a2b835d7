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
  describe('with quietMs: once a burst pauses', () => {
    it('passes the first change after a quiet spell at once', () => {
      const store = counterStore();
      const shown: number[] = [];
      followThrottled(store, 1000, (v) => shown.push(v), { now, quietMs: 300 });
      store.set(1);
      vi.advanceTimersByTime(0);
      expect(shown).toEqual([1]);
    });

    it('follows steady typing once per interval, and its last key after the pause', () => {
      const store = counterStore();
      const shown: number[] = [];
      const at: number[] = [];
      const start = now();
      followThrottled(store, 1000, (v) => (shown.push(v), at.push(now() - start)), { now, quietMs: 300 });
      store.set(1);
      vi.advanceTimersByTime(0);
      // Keys 2–51, one every 50 ms (key k at 50·(k−1) ms), then nothing.
      for (let key = 2; key <= 51; key += 1) {
        vi.advanceTimersByTime(50);
        store.set(key);
      }
      vi.advanceTimersByTime(2000);
      // 1 at once; at 1000 ms key 20 (set at 950); at 2000 ms key 40; the last key (51, at 2500) 300 ms later.
      expect(shown).toEqual([1, 20, 40, 51]);
      expect(at).toEqual([0, 1000, 2000, 2800]);
    });

    it('passes a burst on when it pauses, before the interval ends', () => {
      const store = counterStore();
      const shown: number[] = [];
      followThrottled(store, 1000, (v) => shown.push(v), { now, quietMs: 300 });
      store.set(1);
      vi.advanceTimersByTime(0);
      store.set(2);
      vi.advanceTimersByTime(100);
      store.set(3);
      vi.advanceTimersByTime(299);
      expect(shown).toEqual([1]);
      vi.advanceTimersByTime(1);
      expect(shown).toEqual([1, 3]);
    });

    it('waits for the pause even when the keys come slower than the pause once were', () => {
      const store = counterStore();
      const shown: number[] = [];
      followThrottled(store, 1000, (v) => shown.push(v), { now, quietMs: 300 });
      store.set(1);
      vi.advanceTimersByTime(0);
      vi.advanceTimersByTime(200);
      store.set(2);
      vi.advanceTimersByTime(250);
      store.set(3);
      vi.advanceTimersByTime(299);
      expect(shown).toEqual([1]);
      vi.advanceTimersByTime(1);
      expect(shown).toEqual([1, 3]);
    });
  });
});
