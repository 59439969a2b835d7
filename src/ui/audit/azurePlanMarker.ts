import type { PlanState } from '../state/planStore.ts';

/**
 * Which plan revision was filled from resources read with the signed-in account. The plan store bumps the
 * revision whenever the plan is replaced (import, a new plan, examples), so the mark ends there by itself.
 * Autosave and share links consult it so that nothing read from Azure lands in localStorage or a URL.
 */
let markedRevision: number | undefined;

/**
 * Marks the plan that replaces the one in `state` as holding data read from Azure. Called before
 * `store.replace`, so store listeners (autosave) already see the mark when the new plan arrives; a replace
 * that fails leaves the revision, and so the mark doesn't apply to anything.
 */
export function markNextPlanFromAzure(state: PlanState): void {
  markedRevision = state.revision + 1;
}

/** True while the plan in the store still holds data read from Azure. */
export function planHoldsAzureData(state: PlanState): boolean {
  return markedRevision === state.revision;
}
