import type { Finding, Plan, ServiceTagsInput } from '../../core/index.ts';
import type { CheckPlan } from './engine.ts';
import type { WizardStepId } from '../wizard/steps.ts';
import { knownFindings } from './defaultFindings.ts';
import { findingsByStep } from './findingSteps.ts';
import { indexByPath } from './groupFindings.ts';

/** The findings of one committed plan, indexed the ways the screen needs them. */
export interface FindingsSnapshot {
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
    checking: findings === undefined,
    findings: checked,
    byPath: indexByPath(checked),
    byStep: findingsByStep(checked, plan),
  };
}

const sameFinding = (a: Finding, b: Finding) =>
  a.ruleId === b.ruleId &&
  a.severity === b.severity &&
  a.path === b.path &&
  a.message === b.message &&
  a.docUrl === b.docUrl;

const sameList = (a: readonly Finding[], b: readonly Finding[]) =>
  a.length === b.length && a.every((finding, i) => sameFinding(finding, b[i]!));

/**
 * True when two snapshots say the same: the same findings, in the same order, on the same steps. Most
 * keystrokes change no finding; keeping the previous snapshot then spares every reader a re-render.
 */
export function sameFindings(a: FindingsSnapshot, b: FindingsSnapshot): boolean {
  if (a === b) return true;
  if (a.checking !== b.checking || !sameList(a.findings, b.findings) || a.byStep.size !== b.byStep.size) {
    return false;
  }
  for (const [step, list] of a.byStep) {
    const other = b.byStep.get(step);
    if (!other || !sameList(list, other)) return false;
  }
  return true;
}
