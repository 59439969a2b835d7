import type { Finding, Plan, ServiceTagsInput } from '../../core/index.ts';
import type { CheckPlan } from './engine.ts';
import type { WizardStepId } from '../wizard/steps.ts';
import { knownFindings } from './defaultFindings.ts';
import { findingsByStep } from './findingSteps.ts';
import { indexByPath } from './groupFindings.ts';

/** The findings of one committed plan, indexed the ways the screen needs them. */
export interface FindingsSnapshot {
  readonly plan: Plan;
  /**
   * The plan hasn't been checked yet: the requirements engine is still loading. `findings` is empty
   * meanwhile, which must not be read as "no findings".
   */
  readonly checking: boolean;
  /** In the engine's order: severity, then path. */
  readonly findings: readonly Finding[];
  readonly byPath: ReadonlyMap<string, readonly Finding[]>;
  readonly byStep: ReadonlyMap<WizardStepId, readonly Finding[]>;
}

/**
 * Checks a schema-valid plan (about a millisecond) and indexes the result. Before the engine has loaded
 * (`check` undefined) only the plan a new visitor starts from has findings, computed at build time; any
 * other plan is `checking`.
 */
export function deriveFindings(
  plan: Plan,
  check: CheckPlan | undefined,
  serviceTags?: ServiceTagsInput,
): FindingsSnapshot {
  const findings = check ? check(plan, serviceTags ? { serviceTags } : {}) : knownFindings(plan, serviceTags);
  const checked = findings ?? [];
  return {
    plan,
    checking: findings === undefined,
    findings: checked,
    byPath: indexByPath(checked),
    byStep: findingsByStep(checked, plan),
  };
}
