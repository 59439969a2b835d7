import type { Plan } from '../model/index.ts';
import { NSG_RULES_PATH } from './context.ts';
import { simulateFlows } from './simulate.ts';
import type { DecidingRule, Flow, FlowVerdict } from './types.ts';

/** Flows of one catalogue entry that the same rule blocks (or leaves undecided). */
export interface BlockedGroup {
  readonly flows: readonly Flow[];
  readonly result: 'denied' | 'unknown';
  readonly rule?: DecidingRule;
  readonly note?: string;
}

const groupKey = (v: FlowVerdict) =>
  `${v.flow.specId}|${v.result}|${v.rule?.name ?? ''}|${v.rule?.priority ?? ''}`;

/**
 * The plan's required flows that its NSG denies or can't decide, grouped by catalogue entry and
 * deciding rule so one rule blocking three ports is one finding, in catalogue order.
 */
export function blockedFlows(plan: Plan, include: (flow: Flow) => boolean): BlockedGroup[] {
  const groups = new Map<string, { flows: Flow[]; verdict: FlowVerdict }>();
  for (const verdict of simulateFlows(plan).flows) {
    if (verdict.result === 'allowed' || !include(verdict.flow)) continue;
    const key = groupKey(verdict);
    const group = groups.get(key);
    if (group) group.flows.push(verdict.flow);
    else groups.set(key, { flows: [verdict.flow], verdict });
  }
  return [...groups.values()].map(({ flows, verdict }) => ({
    flows,
    result: verdict.result === 'denied' ? 'denied' : 'unknown',
    ...(verdict.rule ? { rule: verdict.rule } : {}),
    ...(verdict.note === undefined ? {} : { note: verdict.note }),
  }));
}

/** Where to fix a blocked flow: the deciding rule in the plan, else the NSG's rule list. */
export function blockedPath(group: BlockedGroup): string {
  return group.rule?.path ?? NSG_RULES_PATH;
}

/** "outbound TCP 443, 8787 to AzureMachineLearning" (all flows share protocol, direction and remote). */
export function describeFlows(flows: readonly Flow[]): string {
  const first = flows[0];
  if (!first) return '';
  const ports = flows.map((flow) => flow.port).join(', ');
  const direction = first.direction === 'Outbound' ? 'outbound' : 'inbound';
  const preposition = first.direction === 'Outbound' ? 'to' : 'from';
  return `${direction} ${first.protocol.toUpperCase()} ${ports} ${preposition} ${first.remote}`;
}

/** "rule "DenyAll" (priority 100)", naming Azure's default rules as such. */
export function describeRule(rule: DecidingRule): string {
  const kind =
    rule.origin === 'default'
      ? "Azure's default rule"
      : rule.origin === 'planned'
        ? 'the planned rule'
        : 'rule';
  return `${kind} "${rule.name}" (priority ${rule.priority})`;
}

/**
 * One sentence on what blocks a group and how to fix it, for findings. `required` names what the
 * flow is for (from the catalogue).
 */
export function blockedMessage(group: BlockedGroup): string {
  const what = describeFlows(group.flows);
  const why = group.flows[0]?.why ?? '';
  if (group.result === 'unknown') {
    return `It is not known whether the NSG allows ${what}: ${group.note ?? ''} ${why} Check that rule, or supply a Service Tags file.`;
  }
  const rule = group.rule;
  const by = rule ? ` by ${describeRule(rule)}` : '';
  const fix =
    rule?.origin === 'existing'
      ? `The rules this plan adds take the lowest free priorities from 100 up, so they can't come before it: give it a higher priority number, or narrow it so it doesn't match this traffic.`
      : `Add an Allow rule for this traffic with a lower priority number than the rule that denies it.`;
  return `The NSG denies ${what}${by}. ${why} ${fix}`;
}
