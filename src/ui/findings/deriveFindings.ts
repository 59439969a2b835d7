import type { Finding, Plan, ServiceTagsInput } from '../../core/index.ts';
import type { CheckPlan } from './engine.ts';
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

/**
 * Checks a schema-valid plan (about a millisecond) and indexes the result; while the engine is still
 * loading (`check` undefined) the plan has no findings yet.
 */
export function deriveFindings(
  plan: Plan,
  check: CheckPlan | undefined,
  serviceTags?: ServiceTagsInput,
): FindingsSnapshot {
  const findings = check ? check(plan, serviceTags ? { serviceTags } : {}) : [];
  return { plan, findings, byPath: indexByPath(findings), byStep: findingsByStep(findings, plan) };
}
