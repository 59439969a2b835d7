import { serializePlan, type Plan } from '../../core/index.ts';
import { createDefaultPlan } from '../state/defaultPlan.ts';
import type { PlanStore } from '../state/planStore.ts';
import type { PlanLoadMessage, PlanLoadNotice } from './planLoad.ts';

// Apart from planLoad.ts, whose context the first screen needs: this reads the starting plan with the plan
// schema, which loads after the first screen.

/**
 * Replaces the plan with `plan` and describes it. The replaced draft is kept for undo unless it was the
 * untouched example plan or the same plan: then there is nothing of the person's to lose.
 */
export function loadPlan(store: PlanStore, plan: Plan, message: PlanLoadMessage): PlanLoadNotice {
  const previous = store.getState().plan;
  const result = store.replace(plan);
  if (!result.ok) {
    return { kind: 'rejected', ...message, errors: result.errors };
  }
  const replacedText = serializePlan(previous);
  const ownWork =
    replacedText !== serializePlan(store.getState().plan) &&
    replacedText !== serializePlan(createDefaultPlan());
  const revision = store.getState().revision;
  return ownWork
    ? { kind: 'loaded', ...message, previous, revision }
    : { kind: 'loaded', ...message, revision };
}
