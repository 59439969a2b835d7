import type { Finding, Plan, Severity } from '../../core/index.ts';
import { wizardSteps, type WizardStepId } from '../wizard/steps.ts';

/** True when `path` is `prefix` itself or lies inside it (whole segments only). */
export function isWithin(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}

const NSG_RULES = 'network.subnet.networkSecurityGroup.securityRules';

/** Inbound or outbound, from the direction of the compute subnet's security rule the path points into. */
function securityRuleStep(path: string, plan: Plan): WizardStepId {
  const index = path.slice(NSG_RULES.length + 1).split('.')[0] ?? '';
  const rules = plan.network?.subnet?.networkSecurityGroup?.securityRules ?? [];
  // The rule list as a whole (no index) is edited with the inbound rules.
  const rule = /^\d+$/.test(index) ? rules[Number(index)] : undefined;
  return rule?.properties.direction === 'Outbound' ? 'outbound' : 'inbound';
}

/** Ordered: the first prefix that contains a path decides its step. */
const STEP_PREFIXES: readonly (readonly [string, WizardStepId | 'securityRule'])[] = [
  ['workspace', 'workspace'],
  ['compute.publicIp', 'inbound'],
  ['compute.ssh', 'inbound'],
  ['compute', 'compute'],
  ['network.vnet', 'vnet'],
  [NSG_RULES, 'securityRule'],
  ['network.subnet.routeTable', 'tunneling'],
  ['tunneling', 'tunneling'],
  ['network.subnet', 'subnet'],
  ['network.databricks', 'subnet'],
  ['outbound', 'outbound'],
];

/**
 * The wizard step where the field a finding names is edited. Security rules of the compute subnet belong to
 * the inbound or outbound step by their direction; a path no step edits belongs to the review.
 */
export function stepForPath(path: string, plan: Plan): WizardStepId {
  for (const [prefix, step] of STEP_PREFIXES) {
    if (!isWithin(path, prefix)) continue;
    return step === 'securityRule' ? securityRuleStep(path, plan) : step;
  }
  return 'review';
}

/** Index of a step id in the wizard's order. */
export function stepIndex(step: WizardStepId): number {
  return wizardSteps.findIndex((candidate) => candidate.id === step);
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

export const NO_FINDINGS: SeverityCounts = { error: 0, warning: 0, info: 0 };

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The findings of each step (every step present, in wizard order, each list in the engine's order). */
export function findingsByStep(
  findings: readonly Finding[],
  plan: Plan,
): ReadonlyMap<WizardStepId, readonly Finding[]> {
  const byStep = new Map<WizardStepId, Finding[]>(wizardSteps.map((step) => [step.id, []]));
  for (const finding of findings) byStep.get(stepForPath(finding.path, plan))?.push(finding);
  return byStep;
}

/** Where a plan's first error is: the earliest wizard step with one, and that error's field. */
export interface ErrorPlace {
  readonly step: number;
  readonly path: string;
}

/** The first of `findings`' errors in wizard order, or undefined when there is none. */
export function firstErrorPlace(findings: readonly Finding[], plan: Plan): ErrorPlace | undefined {
  let first: ErrorPlace | undefined;
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    const step = stepIndex(stepForPath(finding.path, plan));
    if (first === undefined || step < first.step) first = { step, path: finding.path };
  }
  return first;
}
