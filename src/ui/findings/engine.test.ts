import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.resetModules();
  vi.doUnmock('./engineModule.ts');
});

/** A fresh copy of the engine module, with the engine's chunk replaced by a spy. */
async function freshEngine() {
  const checkPlan = vi.fn(() => []);
  const imported = vi.fn(() => ({ checkPlan }));
  vi.doMock('./engineModule.ts', imported);
  const engine = await import('./engine.ts');
  return { engine, checkPlan, imported };
}

describe('loadEngineOnFirstInteraction', () => {
  it('loads nothing until the first interaction, then the engine once, and stops listening', async () => {
    const { engine, checkPlan, imported } = await freshEngine();
    const page = new EventTarget();
    engine.loadEngineOnFirstInteraction(page);
    await Promise.resolve();
    expect(imported).not.toHaveBeenCalled();
    expect(engine.engineNow()).toBeUndefined();

    page.dispatchEvent(new Event('focusin'));
    await vi.waitFor(() => expect(engine.engineNow()).toBe(checkPlan));
    page.dispatchEvent(new Event('keydown'));
    page.dispatchEvent(new Event('pointerdown'));
    await engine.loadEngine();
    expect(imported).toHaveBeenCalledTimes(1);
  });

  it('can be called off before any interaction', async () => {
    const { engine, imported } = await freshEngine();
    const page = new EventTarget();
    const stop = engine.loadEngineOnFirstInteraction(page);
    stop();
    page.dispatchEvent(new Event('pointerdown'));
    await Promise.resolve();
    expect(imported).not.toHaveBeenCalled();
    expect(engine.engineNow()).toBeUndefined();
  });
});

describe('loadEngine', () => {
  it('reports a failed load, and loads on the next call', async () => {
    const checkPlan = vi.fn(() => []);
    vi.doMock('./engineModule.ts', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const engine = await import('./engine.ts');
    await expect(engine.loadEngine()).rejects.toThrow();
    expect(engine.engineFailed()).toBe(true);
    expect(engine.engineNow()).toBeUndefined();

    // The chunk is there again (the connection is back): the next load gets it.
    vi.resetModules();
    vi.doMock('./engineModule.ts', () => ({ checkPlan }));
    await expect(engine.loadEngine()).resolves.toBe(checkPlan);
    expect(engine.engineFailed()).toBe(false);
    expect(engine.engineNow()).toBe(checkPlan);
  });
});
