import { checkPlan, type Plan } from '../../core/index.ts';
import { firstErrorPlace, type ErrorPlace } from '../findings/findingSteps.ts';

export type { ErrorPlace };

/** The first error of a plan in wizard order, or undefined when it has none. */
export function firstError(plan: Plan): ErrorPlace | undefined {
  return firstErrorPlace(checkPlan(plan), plan);
}
