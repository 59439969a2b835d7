import { checkPlan, type Plan } from '../../core/index.ts';
import { stepForPath, stepIndex } from '../findings/findingSteps.ts';

/** Where a broken plan's first error is: the earliest wizard step with one, and that error's field. */
export interface ErrorPlace {
  readonly step: number;
  readonly path: string;
}

/** The first error of a plan in wizard order, or undefined when it has none. */
export function firstError(plan: Plan): ErrorPlace | undefined {
  let first: ErrorPlace | undefined;
  for (const finding of checkPlan(plan)) {
    if (finding.severity !== 'error') continue;
    const step = stepIndex(stepForPath(finding.path, plan));
    if (first === undefined || step < first.step) first = { step, path: finding.path };
  }
  return first;
}
