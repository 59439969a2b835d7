import { describe, expect, it, vi } from 'vitest';
import { createDefaultPlan } from './defaultPlan.ts';
import { createPlanStore } from './planStore.ts';

describe('createPlanStore', () => {
  it('starts from a valid plan and refuses an invalid one', () => {
    expect(createPlanStore(createDefaultPlan()).getState()).toMatchObject({ revision: 0 });
    const broken = { ...createDefaultPlan(), network: undefined };
    expect(() => createPlanStore(broken)).toThrow(/plan schema/);
  });

  it('stores a valid edit and tells subscribers', () => {
    const store = createPlanStore(createDefaultPlan());
    const listener = vi.fn();
    store.subscribe(listener);
    const result = store.update((plan) => ({
      ...plan,
      workspace: { ...plan.workspace, name: 'research-ml' },
    }));
    expect(result).toEqual({ ok: true });
    expect(store.getState().plan.workspace.name).toBe('research-ml');
    expect(store.getState().revision).toBe(0);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps the plan and reports every problem when an edit would make it invalid', () => {
    const store = createPlanStore(createDefaultPlan());
    const before = store.getState();
    const listener = vi.fn();
    store.subscribe(listener);
    const result = store.update((plan) => ({
      ...plan,
      workspace: { ...plan.workspace, isolation: 'managedVnet' as const, name: 'x' },
    }));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([
      'workspace.name',
      'workspace.managedNetworkMode',
    ]);
    expect(store.getState()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps the objects of the parts an edit did not change', () => {
    const store = createPlanStore(createDefaultPlan());
    const before = store.getState().plan;
    store.update((plan) => ({ ...plan, workspace: { ...plan.workspace, name: 'research-ml' } }));
    const after = store.getState().plan;
    expect(after.workspace).not.toBe(before.workspace);
    expect(after.compute).toBe(before.compute);
    expect(after.network).toBe(before.network);
    expect(after.outbound).toBe(before.outbound);
  });

  it('does not notify for an edit that changes nothing', () => {
    const store = createPlanStore(createDefaultPlan());
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((plan) => ({ ...plan }));
    expect(listener).not.toHaveBeenCalled();
  });

  it('bumps the revision when the plan is replaced, and stops notifying after unsubscribe', () => {
    const store = createPlanStore(createDefaultPlan());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.replace(createDefaultPlan());
    expect(store.getState().revision).toBe(1);
    unsubscribe();
    store.replace(createDefaultPlan());
    expect(store.getState().revision).toBe(2);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
