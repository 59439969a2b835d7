import type { Plan } from '../../core/index.ts';
import type { PlanStore } from '../state/planStore.ts';

/** Replaces the plan (open step forms reload) or says why the result isn't a valid plan. */
export function applyPlan(store: PlanStore, plan: Plan): { ok: true } | { ok: false; message: string } {
  const result = store.replace(plan);
  if (result.ok) return result;
  const problems = result.errors
    .slice(0, 3)
    .map((error) => (error.path === '' ? error.message : `${error.path}: ${error.message}`))
    .join('; ');
  return {
    ok: false,
    message: `What was read can't be put into the plan as it is (${problems}). The plan was not changed; fix the plan’s other sections first, or start a new plan (New plan).`,
  };
}
