import { describe, expect, it } from 'vitest';
import type { Plan } from '../../core/index.ts';
import { createDefaultPlan } from '../state/defaultPlan.ts';
import { createPlanStore } from '../state/planStore.ts';
import { validatePlan } from '../state/planValidator.ts';
import { loadPlan } from './loadPlan.ts';

const message = { title: 'Opened the shared plan', detail: 'From the link.' };
const renamed = (plan: Plan, name: string): Plan => ({ ...plan, workspace: { ...plan.workspace, name } });

describe('loadPlan', () => {
  it('replaces the untouched example plan without offering undo', () => {
    const store = createPlanStore(createDefaultPlan(), validatePlan);
    const shared = renamed(createDefaultPlan(), 'shared-ml');
    expect(loadPlan(store, shared, message)).toEqual({ kind: 'loaded', ...message, revision: 1 });
    expect(store.getState().plan.workspace.name).toBe('shared-ml');
  });

  it("keeps the person's own draft for undo", () => {
    const draft = renamed(createDefaultPlan(), 'my-draft');
    const store = createPlanStore(draft, validatePlan);
    const notice = loadPlan(store, renamed(draft, 'shared-ml'), message);
    expect(notice).toEqual({ kind: 'loaded', ...message, previous: draft, revision: 1 });
  });

  it('offers no undo when the link carries the plan already shown', () => {
    const draft = renamed(createDefaultPlan(), 'my-draft');
    const store = createPlanStore(draft, validatePlan);
    expect(loadPlan(store, structuredClone(draft), message)).not.toHaveProperty('previous');
  });

  it('leaves the draft alone and lists the problems of a plan the store refuses', () => {
    const draft = renamed(createDefaultPlan(), 'my-draft');
    const store = createPlanStore(draft, validatePlan);
    const notice = loadPlan(store, renamed(draft, '-'), message);
    expect(notice).toMatchObject({ kind: 'rejected', errors: [{ path: 'workspace.name' }] });
    expect(store.getState()).toEqual({ plan: draft, revision: 0 });
  });
});
