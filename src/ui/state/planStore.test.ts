import { describe, expect, it, vi } from 'vitest';
import { createDefaultPlan } from './defaultPlan.ts';
import type { Plan } from '../../core/index.ts';
import { CHECKS_FAILED, CHECKS_LOADING, createPlanStore } from './planStore.ts';
import { startingPlan } from './startingPlan.ts';
import { validatePlan } from './planValidator.ts';

describe('createPlanStore', () => {
  it('starts from a valid plan and refuses an invalid one', () => {
    expect(createPlanStore(createDefaultPlan(), validatePlan).getState()).toMatchObject({ revision: 0 });
    const broken = { ...createDefaultPlan(), network: undefined };
    expect(() => createPlanStore(broken, validatePlan)).toThrow(/plan schema/);
  });

  it('stores a valid edit and tells subscribers', () => {
    const store = createPlanStore(createDefaultPlan(), validatePlan);
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
    const store = createPlanStore(createDefaultPlan(), validatePlan);
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
    const store = createPlanStore(createDefaultPlan(), validatePlan);
    const before = store.getState().plan;
    store.update((plan) => ({ ...plan, workspace: { ...plan.workspace, name: 'research-ml' } }));
    const after = store.getState().plan;
    expect(after.workspace).not.toBe(before.workspace);
    expect(after.compute).toBe(before.compute);
    expect(after.network).toBe(before.network);
    expect(after.outbound).toBe(before.outbound);
  });

  it('does not notify for an edit that changes nothing', () => {
    const store = createPlanStore(createDefaultPlan(), validatePlan);
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((plan) => ({ ...plan }));
    expect(listener).not.toHaveBeenCalled();
  });

  it('bumps the revision when the plan is replaced, and stops notifying after unsubscribe', () => {
    const store = createPlanStore(createDefaultPlan(), validatePlan);
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

describe('createPlanStore with checks still loading', () => {
  const rename = (plan: Plan): Plan => ({ ...plan, workspace: { ...plan.workspace, name: 'research-ml' } });

  it('refuses edits until its validator arrives, then checks them with it', async () => {
    let arrive: (validate: typeof validatePlan) => void = () => undefined;
    const arriving = new Promise<typeof validatePlan>((resolve) => (arrive = resolve));
    const store = createPlanStore(createDefaultPlan(), { load: () => arriving });
    store.loadChecks();
    expect(store.isReady()).toBe(false);
    expect(store.update(rename)).toEqual({ ok: false, errors: [CHECKS_LOADING] });
    expect(store.replace(createDefaultPlan())).toEqual({ ok: false, errors: [CHECKS_LOADING] });
    expect(store.getState()).toMatchObject({ revision: 0, plan: { workspace: { name: 'contoso-ml' } } });

    arrive(validatePlan);
    await store.ready;
    expect(store.isReady()).toBe(true);
    expect(store.update(rename)).toEqual({ ok: true });
    expect(store.getState().plan.workspace.name).toBe('research-ml');
    const broken = store.update((plan) => ({ ...plan, workspace: { ...plan.workspace, name: 'x' } }));
    expect(broken.ok ? [] : broken.errors.map((error) => error.path)).toEqual(['workspace.name']);
  });

  it('says so when its validator could not be loaded', async () => {
    const store = createPlanStore(createDefaultPlan(), { load: () => Promise.reject(new Error('offline')) });
    await store.checksLoaded();
    expect(store.isReady()).toBe(false);
    expect(store.update(rename)).toEqual({ ok: false, errors: [CHECKS_FAILED] });
    expect(await store.retryChecks()).toBe(false);
  });

  it('loads its checks itself when first needed: asked, or when someone waits for them', async () => {
    // Waiting on `ready` alone asks for nothing.
    const idle = createPlanStore(createDefaultPlan(), { load: () => Promise.reject(new Error('not asked')) });
    let settled = false;
    void idle.ready.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);

    const load = vi.fn(() => Promise.resolve(validatePlan));
    const asked = createPlanStore(createDefaultPlan(), { load });
    expect(asked.isReady()).toBe(false);
    asked.loadChecks();
    asked.loadChecks();
    await asked.ready;
    expect(asked.isReady()).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);

    const waitedFor = createPlanStore(createDefaultPlan(), { load });
    await waitedFor.checksLoaded();
    expect(waitedFor.isReady()).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads its checks again on retry, as often as it takes', async () => {
    let online = false;
    const reload = vi.fn(() =>
      online ? Promise.resolve(validatePlan) : Promise.reject(new Error('offline')),
    );
    const store = createPlanStore(createDefaultPlan(), { load: reload });
    expect(reload).not.toHaveBeenCalled();
    // The first edit asks for the checks, and is refused while they load.
    expect(store.update(rename)).toEqual({ ok: false, errors: [CHECKS_LOADING] });
    await store.ready;
    expect(await store.retryChecks()).toBe(false);
    expect(store.update(rename)).toEqual({ ok: false, errors: [CHECKS_FAILED] });

    online = true;
    expect(await store.retryChecks()).toBe(true);
    expect(store.isReady()).toBe(true);
    expect(store.update(rename)).toEqual({ ok: true });
    expect(store.getState().plan.workspace.name).toBe('research-ml');
    // Once there, the checks aren't fetched again.
    expect(await store.retryChecks()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(3);
  });
});

describe('startingPlan', () => {
  it('is the default plan as the build parsed it, without parsing it again', async () => {
    const plan = await startingPlan();
    expect(plan).toEqual(createDefaultPlan());
    expect(validatePlan(plan)).toEqual({ ok: true, plan: createDefaultPlan() });
  });
});
