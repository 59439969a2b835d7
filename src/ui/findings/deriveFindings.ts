import { checkPlan, type Finding, type Plan } from '../../core/index.ts';
import type { WizardStepId } from '../wizard/steps.ts';
import { findingsByStep } from './findingSteps.ts';
import { indexByPath } from './groupFindings.ts';

/** The findings of one committed plan, indexed the ways the screen needs them. */
export interface FindingsSnapshot {
  readonly plan: Plan;
  /** In the engine's order: severity, then path. */
  readonly findings: readonly Finding[];
  readonly byPath: ReadonlyMap<string, readonly Finding[]>;
  readonly byStep: ReadonlyMap<WizardStepId, readonly Finding[]>;
}

/** Checks a schema-valid plan (about a millisecond) and indexes the result. */
export function deriveFindings(plan: Plan): FindingsSnapshot {
  const findings = checkPlan(plan);
  return { plan, findings, byPath: indexByPath(findings), byStep: findingsByStep(findings, plan) };
}
