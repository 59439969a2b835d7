import type { DecidingRule, FlowResult, FlowVerdict, RuleOrigin, Simulation } from '../../../core/index.ts';

const ORIGIN_WORDS: Readonly<Record<RuleOrigin, string>> = {
  existing: 'in the NSG today',
  planned: 'added by this plan',
  default: 'Azure default rule',
};

/** Where a deciding rule comes from, in words. */
export function originWords(origin: RuleOrigin): string {
  return ORIGIN_WORDS[origin];
}

/** "DenyAllOutbound, priority 100, in the NSG today". */
export function ruleWords(rule: DecidingRule): string {
  return `${rule.name}, priority ${rule.priority}, ${originWords(rule.origin)}`;
}

/** A verdict as a symbol (never shown alone) and a word. */
export const VERDICT: Readonly<Record<FlowResult, { readonly symbol: string; readonly label: string }>> = {
  allowed: { symbol: '✓', label: 'Allowed' },
  denied: { symbol: '✕', label: 'Denied' },
  unknown: { symbol: '?', label: 'Unknown' },
};

/** "13 required flows: 10 allowed, 3 denied." (zero counts left out). */
export function verdictCounts(flows: readonly FlowVerdict[]): string {
  const count = (result: FlowResult) => flows.filter((flow) => flow.result === result).length;
  const parts = (['allowed', 'denied', 'unknown'] as const)
    .map((result) => ({ result, n: count(result) }))
    .filter(({ n }) => n > 0)
    .map(({ result, n }) => `${n} ${result === 'unknown' ? 'undecided' : result}`);
  const noun = flows.length === 1 ? 'required flow' : 'required flows';
  return `${flows.length} ${noun}: ${parts.join(', ')}.`;
}

/** Why a plan has no flows to check. */
export function noFlowsReason(plan: { workspace: { isolation: string }; compute: { kind: string } }): string {
  if (plan.workspace.isolation === 'managedVnet')
    return 'Microsoft runs the managed virtual network and its rules, so there are no network security group rules of yours to check.';
  if (plan.compute.kind === 'databricks')
    return 'Azure Databricks adds and manages the rules its subnets need (network intent policies), so there are no flows for you to open.';
  return 'This compute needs no network security group rules from you.';
}

/** The simulation's note on the subnet as a whole, when it has no NSG. */
export function nsgNote(simulation: Simulation): string | undefined {
  return simulation.hasNsg
    ? undefined
    : 'The subnet has no network security group, so nothing filters these flows.';
}
