import { DENY_INTERNET_RULE, NSG_LIMITS, type FlowSpec } from '../catalog/flows.ts';
import type { Plan, SecurityRule } from '../model/index.ts';
import { ATTACHED_KINDS, TRAINING_KINDS, subnetNsg } from './context.ts';
import { PriorityAllocator } from './priorities.ts';
import { activeSpecs, resolvePorts, resolveRemote } from './required.ts';
import { sameRule } from './ruleShape.ts';

type RuleBody = Omit<SecurityRule['properties'], 'priority'>;

/** The rule body (all but priority) for one catalogue entry. */
function ruleBody(plan: Plan, spec: FlowSpec): RuleBody {
  const remote = resolveRemote(plan, spec);
  const ports = resolvePorts(plan, spec).map(String);
  const portFields =
    ports.length === 1 ? { destinationPortRange: ports[0] } : { destinationPortRanges: ports };
  const ends =
    spec.direction === 'Outbound'
      ? { sourceAddressPrefix: 'VirtualNetwork', destinationAddressPrefix: remote }
      : { sourceAddressPrefix: remote, destinationAddressPrefix: 'VirtualNetwork' };
  return {
    direction: spec.direction,
    access: 'Allow',
    protocol: spec.ruleProtocol ?? spec.protocol,
    sourceAddressPrefix: ends.sourceAddressPrefix,
    sourcePortRange: '*',
    destinationAddressPrefix: ends.destinationAddressPrefix,
    ...portFields,
    description: spec.why,
  };
}

const denyInternetBody: RuleBody = {
  direction: 'Outbound',
  access: 'Deny',
  protocol: '*',
  sourceAddressPrefix: 'VirtualNetwork',
  sourcePortRange: '*',
  destinationAddressPrefix: 'Internet',
  destinationPortRange: '*',
  description: DENY_INTERNET_RULE.why,
};

/** Which catalogue entries become rules: attached compute gets rules only on an NSG the plan creates. */
function specsToWrite(plan: Plan, nsgIsNew: boolean): FlowSpec[] {
  const kind = plan.compute.kind;
  if (ATTACHED_KINDS.includes(kind)) return nsgIsNew ? activeSpecs(plan) : [];
  if (!TRAINING_KINDS.includes(kind)) return [];
  return activeSpecs(plan).filter((spec) => spec.direction === 'Inbound' || plan.outbound.restrict);
}

/**
 * The NSG security rules the plan adds to the compute subnet's NSG, in ARM's shape, so generators
 * emit exactly what the flow simulator evaluated:
 * - clusters, instances and serverless with restricted outbound: one Allow per service tag and
 *   protocol of REQUIREMENTS.md §4 (one tag per rule side: ARM rejects tags in the plural prefix
 *   arrays), then `DenyInternetOutbound` at 4096;
 * - public-IP clusters and instances: TCP 44224 inbound from `AzureMachineLearning`;
 * - SSH, when turned on, from `ssh.sourceAddressPrefix` (default `VirtualNetwork`, see `DEFAULT_SSH_SOURCE`);
 * - attached VM / HDInsight, only on an NSG the plan creates: SSH from `AzureMachineLearning`, and
 *   HDInsight 443 from `HDInsight`.
 * Never the legacy Batch 29876–29877 rules. Priorities start at 100 in steps of 10 and skip the
 * priorities and names of rules already on the NSG; a rule already present with the same name and
 * content is not added again. Empty when the subnet has no NSG in the plan.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 * @see https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
 */
export function plannedSecurityRules(plan: Plan): SecurityRule[] {
  let planned = memo.get(plan);
  if (!planned) {
    planned = planRules(plan);
    memo.set(plan, planned);
  }
  // Copies, so a caller that edits the result can't change what the next caller gets.
  return planned.map(({ name, properties }) => {
    const ports = properties.destinationPortRanges;
    return { name, properties: { ...properties, ...(ports ? { destinationPortRanges: [...ports] } : {}) } };
  });
}

const memo = new WeakMap<Plan, readonly SecurityRule[]>();

function planRules(plan: Plan): SecurityRule[] {
  const nsg = subnetNsg(plan);
  if (!nsg || !plan.network?.subnet) return [];
  const existing = nsg.securityRules;
  const byName = new Map<string, SecurityRule>();
  for (const rule of existing) byName.set(rule.name.toLowerCase(), rule);
  const present = (name: string, body: RuleBody) => {
    const rule = byName.get(name.toLowerCase());
    return rule !== undefined && sameRule(rule, name, body);
  };
  const allocator = new PriorityAllocator(existing, byName);
  const planned: SecurityRule[] = [];
  const specs = specsToWrite(plan, nsg.mode === 'new');
  for (const spec of specs) {
    const body = ruleBody(plan, spec);
    if (present(spec.ruleName, body)) continue;
    const priority = allocator.next(spec.direction);
    planned.push({ name: allocator.name(spec.ruleName), properties: { priority, ...body } });
  }
  const restricted = TRAINING_KINDS.includes(plan.compute.kind) && plan.outbound.restrict;
  if (restricted && !present(DENY_INTERNET_RULE.name, denyInternetBody)) {
    const priority = allocator.atOrBelow(
      'Outbound',
      Math.min(DENY_INTERNET_RULE.priority, NSG_LIMITS.maxPriority),
    );
    planned.push({
      name: allocator.name(DENY_INTERNET_RULE.name),
      properties: { priority, ...denyInternetBody },
    });
  }
  return planned;
}
