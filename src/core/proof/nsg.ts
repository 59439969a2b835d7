import { describeRule, evaluateNsg, type Flow } from '../flows/index.ts';
import { hasPublicIp } from '../net/index.ts';
import type { Plan } from '../model/index.ts';
import { RULES_PATH, type DeployedSubnet } from './deployed.ts';
import type { Step } from './types.ts';

const where = (rule: { name: string; priority: number }) => `${rule.name} (${rule.priority})`;

/**
 * The compute subnet's NSG: existing rules, those the bundle adds and Azure's defaults, by priority
 * (REQUIREMENTS.md §10). An undecidable match stays unknown, never "allowed".
 * @see https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
 */
export function subnetNsgStep(subnet: DeployedSubnet, flow: Flow): Step {
  const nsg = subnet.nsg;
  if (!nsg) return { ok: true, hops: [`subnet ${subnet.name}: no NSG`] };
  const decision =
    nsg.decisions?.get(flow.id) ?? evaluateNsg(nsg.rules, flow, { subnetPrefix: subnet.addressPrefix });
  const rule = decision.rule;
  const hop = rule ? `NSG ${nsg.name}: ${where(rule)}` : `NSG ${nsg.name}`;
  if (decision.result === 'allowed') return { ok: true, hops: [hop] };
  const resource = rule ? `NSG ${nsg.name}, ${describeRule(rule)}` : `NSG ${nsg.name}`;
  const deciding = { resource, planPath: rule?.path ?? RULES_PATH };
  if (decision.result === 'unknown') {
    return { ok: false, verdict: 'unknown', hops: [hop], reason: decision.note ?? '', deciding };
  }
  return {
    ok: false,
    verdict: 'blocked',
    hops: [hop],
    reason: `NSG ${nsg.name} denies it: ${describeRule(rule!)} comes first.`,
    deciding,
  };
}

/**
 * The NSG Azure itself puts on the network interfaces of compute with public IPs: it lets in TCP 44224
 * from AzureMachineLearning (and SSH when turned on) and leaves outbound to its default rules.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
export function azureNsgStep(plan: Plan, flow: Flow): Step {
  if (!hasPublicIp(plan) || flow.direction !== 'Inbound') return { ok: true, hops: [] };
  const hop = 'NSG Azure adds for public-IP compute';
  if (flow.specId === 'in-aml-44224' || flow.specId === 'in-ssh') {
    return { ok: true, hops: [`${hop}: allows ${flow.protocol.toUpperCase()} ${flow.port}`] };
  }
  return {
    ok: false,
    verdict: 'unknown',
    hops: [hop],
    reason: `The NSG Azure adds to compute with public IPs is not known to allow inbound ${flow.protocol.toUpperCase()} ${flow.port}.`,
    deciding: { resource: hop },
  };
}
