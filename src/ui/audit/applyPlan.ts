import { diffPlans, parsePlan, type Plan, type PlanChange, type SchemaError } from '../../core/index.ts';
import type { PlanStore } from '../state/planStore.ts';

/** Why what was read can't become the plan, with the first problems. */
function refusal(errors: readonly SchemaError[]): { ok: false; message: string } {
  const problems = errors
    .slice(0, 3)
    .map((error) => (error.path === '' ? error.message : `${error.path}: ${error.message}`))
    .join('; ');
  return {
    ok: false,
    message: `What was read can't be put into the plan as it is (${problems}). The plan was not changed; fix the plan’s other sections first, or start a new plan (New plan).`,
  };
}

/** A plan the audit would apply, as the store would hold it, and what differs from the plan now. */
export interface PlanReview {
  readonly plan: Plan;
  readonly changes: readonly PlanChange[];
}

/**
 * The candidate as the plan schema reads it (defaults filled, derived flags set), so the changes shown are
 * exactly what applying stores; or why it isn't a valid plan. Nothing in the store changes.
 */
export function reviewPlan(
  current: Plan,
  candidate: Plan,
): ({ ok: true } & PlanReview) | { ok: false; message: string } {
  const checked = parsePlan(candidate);
  if (!checked.ok) return refusal(checked.errors);
  return { ok: true, plan: checked.plan, changes: diffPlans(current, checked.plan) };
}

/** Replaces the plan (open step forms reload) or says why the result isn't a valid plan. */
export function applyPlan(store: PlanStore, plan: Plan): { ok: true } | { ok: false; message: string } {
  const result = store.replace(plan);
  return result.ok ? result : refusal(result.errors);
}
