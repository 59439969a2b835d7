import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializePlan } from '../../core/index.ts';
import { startAutosave } from './autosave.ts';
import { createDefaultPlan } from './defaultPlan.ts';
import { createPlanStore } from './planStore.ts';
import { validatePlan } from './planValidator.ts';
import { STORAGE_KEY } from './persistence.ts';

const rename = (name: string) => (plan: ReturnType<typeof createDefaultPlan>) => ({
  ...plan,
  workspace: { ...plan.workspace, name },
});

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('startAutosave', () => {
  it('writes nothing until the plan changes, then the change on the next task', () => {
    const setItem = vi.fn();
    const store = createPlanStore(createDefaultPlan(), validatePlan);
    startAutosave(store, { setItem });
    expect(setItem).not.toHaveBeenCalled();
    store.update(rename('saved-ml'));
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(setItem).toHaveBeenCalledExactlyOnceWith(STORAGE_KEY, serializePlan(store.getState().plan));
  });

  it('writes a burst of changes (typing) at most once a second, and always the last one', () => {
    const setItem = vi.fn();
    const store = createPlanStore(createDefaultPlan(), validatePlan);
    startAutosave(store, { setItem });
    // Eight keys, one every 150 ms from 0 to 1,050 ms: saved at 0 ms (the first key), at 1,000 ms (the keys
    // up to 900 ms) and at 2,000 ms (the last key).
    for (let key = 0; key < 8; key += 1) {
      store.update(rename(`typed-ml-${'x'.repeat(key)}`));
      vi.advanceTimersByTime(150);
    }
    expect(setItem).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(setItem).toHaveBeenCalledTimes(3);
    expect(setItem).toHaveBeenLastCalledWith(STORAGE_KEY, serializePlan(store.getState().plan));
  });

  it('saves a waiting change at once when flushed, and not again after', () => {
    const setItem = vi.fn();
    const store = createPlanStore(createDefaultPlan(), validatePlan);
    const autosave = startAutosave(store, { setItem });
    store.update(rename('first-ml'));
    vi.advanceTimersByTime(0);
    store.update(rename('flushed-ml'));
    autosave.flush();
    expect(setItem).toHaveBeenCalledTimes(2);
    expect(setItem).toHaveBeenLastCalledWith(STORAGE_KEY, serializePlan(store.getState().plan));
    vi.advanceTimersByTime(5000);
    autosave.flush();
    expect(setItem).toHaveBeenCalledTimes(2);
  });

  it('reports when the browser refuses, and when it accepts again', () => {
    let full = true;
    const store = createPlanStore(createDefaultPlan(), validatePlan);
    const autosave = startAutosave(store, {
      setItem: () => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
      },
    });
    const listener = vi.fn(() => autosave.failed());
    autosave.subscribe(listener);
    store.update(rename('first-ml'));
    autosave.flush();
    expect(autosave.failed()).toBe(true);
    expect(autosave.lastSaved()).toBeUndefined();
    store.update(rename('second-ml'));
    autosave.flush();
    full = false;
    store.update(rename('third-ml'));
    autosave.flush();
    expect(autosave.failed()).toBe(false);
    expect(listener.mock.results.map((result) => result.value)).toEqual([true, true, false]);
  });

  it('tells when the plan was last saved, and that a restored plan is saved already', () => {
    let clock = 1_000;
    const store = createPlanStore(createDefaultPlan(), validatePlan);
    const autosave = startAutosave(store, { setItem: vi.fn() }, { restored: true, now: () => clock });
    expect(autosave.lastSaved()).toBe('earlier');
    store.update(rename('first-ml'));
    autosave.flush();
    expect(autosave.lastSaved()).toBe(1_000);
    clock = 61_000;
    store.update(rename('second-ml'));
    autosave.flush();
    expect(autosave.lastSaved()).toBe(61_000);
    expect(startAutosave(store, { setItem: vi.fn() }).lastSaved()).toBeUndefined();
  });

  it('stops saving when stopped', () => {
    const setItem = vi.fn();
    const store = createPlanStore(createDefaultPlan(), validatePlan);
    startAutosave(store, { setItem }).stop();
    store.update(rename('unsaved-ml'));
    vi.advanceTimersByTime(5000);
    expect(setItem).not.toHaveBeenCalled();
  });
});

describe('startAutosave with details read from Azure', () => {
  it('never writes a withheld plan, says so, and saves again once the plan is replaced', () => {
    const setItem = vi.fn();
    const store = createPlanStore(createDefaultPlan(), validatePlan);
    let fromAzureRevision = -1;
    const autosave = startAutosave(
      store,
      { setItem },
      { withhold: (state) => state.revision === fromAzureRevision },
    );
    fromAzureRevision = 1;
    store.replace(rename('from-azure-ml')(store.getState().plan));
    store.update(rename('edited-azure-ml'));
    vi.advanceTimersByTime(5000);
    expect(setItem).not.toHaveBeenCalled();
    expect(autosave.withheld()).toBe(true);
    store.replace(createDefaultPlan());
    vi.advanceTimersByTime(5000);
    expect(autosave.withheld()).toBe(false);
    expect(setItem).toHaveBeenCalledTimes(1);
  });
});
