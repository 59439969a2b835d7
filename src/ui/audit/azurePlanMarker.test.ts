import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../state/defaultPlan.ts';
import { createPlanStore } from '../state/planStore.ts';
import { validatePlan } from '../state/planValidator.ts';
import { markNextPlanFromAzure, planHoldsAzureData } from './azurePlanMarker.ts';

describe('plan filled from Azure', () => {
  it('is marked from the replacement on, already when store listeners run, until the next replacement', () => {
    const store = createPlanStore(createDefaultPlan(), validatePlan);
    const seen: boolean[] = [];
    store.subscribe(() => seen.push(planHoldsAzureData(store.getState())));
    expect(planHoldsAzureData(store.getState())).toBe(false);
    markNextPlanFromAzure(store.getState());
    store.replace(createDefaultPlan());
    store.update((plan) => ({ ...plan, workspace: { ...plan.workspace, name: 'edited-ws' } }));
    store.replace(createDefaultPlan());
    expect(seen).toEqual([true, true, false]);
  });
});
