import type { Plan } from '../model/index.ts';
import { allRules } from './all.ts';
import { SEVERITIES, type CheckOptions, type Finding, type Rule } from './types.ts';

function runRule(rule: Rule, plan: Plan, options: CheckOptions): Finding[] {
  if (rule.kinds && !rule.kinds.includes(plan.compute.kind)) return [];
  return rule.check(plan, options).map((draft) => ({
    ruleId: rule.id,
    severity: draft.severity ?? rule.severity,
    path: draft.path,
    message: draft.message,
    docUrl: rule.docUrl,
  }));
}

const rank = (finding: Finding) => SEVERITIES.indexOf(finding.severity);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic order: severity, then path, then rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    rank(a) - rank(b) ||
    compareText(a.path, b.path) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/**
 * Checks a schema-valid plan against every documented requirement. Pure and deterministic; never
 * throws on a plan the schema accepts.
 */
export function checkPlan(
  plan: Plan,
  options: CheckOptions = {},
  rules: readonly Rule[] = allRules,
): Finding[] {
  return rules.flatMap((rule) => runRule(rule, plan, options)).sort(compareFindings);
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error');
