import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: its first screen is shown once per page, so once per test here. */
const freshModule = async () => {
  vi.resetModules();
  return import('./firstScreen.ts');
};

beforeEach(() => {
  // Without paint entries or frames (as in Node), the first screen counts as shown after a second.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('afterFirstScreen', () => {
  it('starts nothing before the first screen is shown', async () => {
    const { afterFirstScreen } = await freshModule();
    const load = vi.fn(() => 'loaded');
    void afterFirstScreen(load);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).not.toHaveBeenCalled();
  });

  it('runs the loads one per task, in the order asked, and settles as each does', async () => {
    const { afterFirstScreen, showFirstScreen } = await freshModule();
    const ran: string[] = [];
    const first = afterFirstScreen(() => {
      ran.push('first');
      return Promise.resolve(1);
    });
    const second = afterFirstScreen(() => {
      ran.push('second');
      return 2;
    });
    // Caught at once, so the rejection is never unhandled while the test waits for it.
    const failing = afterFirstScreen(() => {
      ran.push('failing');
      throw new Error('offline');
    }).catch((error: unknown) => error);
    showFirstScreen();
    await vi.advanceTimersByTimeAsync(1_000);
    // Shown now; each load waits for a task of its own.
    expect(ran).toEqual([]);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['first']);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['first', 'second']);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['first', 'second', 'failing']);
    await expect(first).resolves.toBe(1);
    await expect(second).resolves.toBe(2);
    expect(await failing).toEqual(new Error('offline'));
  });

  it('gives a load asked for after the first screen a task of its own too', async () => {
    const { afterFirstScreen, showFirstScreen, firstScreenShown } = await freshModule();
    showFirstScreen();
    await vi.advanceTimersByTimeAsync(1_000);
    await firstScreenShown;
    const load = vi.fn(() => 'late');
    const loaded = afterFirstScreen(load);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersToNextTimerAsync();
    expect(load).toHaveBeenCalledOnce();
    await expect(loaded).resolves.toBe('late');
  });
});
