import {
  ATTACHED_INBOUND_FLOWS,
  TRAINING_INBOUND_FLOWS,
  TRAINING_OUTBOUND_FLOWS,
  regionalRemote,
  type FlowSpec,
} from '../catalog/flows.ts';
import type { Plan } from '../model/index.ts';
import {
  ATTACHED_KINDS,
  PUBLIC_IP_INBOUND_KINDS,
  TRAINING_KINDS,
  computeRegion,
  conditionHolds,
  hasComputeSubnet,
  sshOf,
} from './context.ts';
import type { Flow } from './types.ts';

/**
 * Where SSH may come from when the plan turns SSH on without a source: the virtual network only
 * (a jump box, Azure Bastion, or networks peered or connected by VPN). Opening SSH to the internet
 * must be an explicit choice (`sourceAddressPrefix: "Internet"`), which the rules then warn about.
 */
export const DEFAULT_SSH_SOURCE = 'VirtualNetwork';

/** The catalogue entries that apply to the plan's compute kind (before conditions). */
export function applicableSpecs(plan: Plan): FlowSpec[] {
  if (!hasComputeSubnet(plan)) return [];
  const kind = plan.compute.kind;
  if (TRAINING_KINDS.includes(kind)) {
    const inbound = PUBLIC_IP_INBOUND_KINDS.includes(kind) ? TRAINING_INBOUND_FLOWS : [];
    return [...inbound, ...TRAINING_OUTBOUND_FLOWS];
  }
  if (ATTACHED_KINDS.includes(kind)) {
    const attached = ATTACHED_INBOUND_FLOWS.filter(
      (spec) => kind === 'hdinsight' || spec.family !== 'hdinsightInbound',
    );
    const ssh = TRAINING_INBOUND_FLOWS.filter((spec) => spec.when === 'sshEnabled');
    return [...attached, ...ssh];
  }
  return [];
}

/** The catalogue entries the plan needs: applicable to its kind and whose condition holds. */
export function activeSpecs(plan: Plan): FlowSpec[] {
  return applicableSpecs(plan).filter((spec) => conditionHolds(plan, spec.when));
}

/** The remote end of a catalogue entry for this plan: regional tags resolved, the SSH source filled in. */
export function resolveRemote(plan: Plan, spec: FlowSpec): string {
  if (spec.remote === 'sshSource') return sshOf(plan)?.sourceAddressPrefix ?? DEFAULT_SSH_SOURCE;
  return regionalRemote(spec.remote, { workspace: plan.workspace.region, compute: computeRegion(plan) });
}

/** The destination ports of a catalogue entry for this plan (`ssh` = the plan's SSH port, 22 by default). */
export function resolvePorts(plan: Plan, spec: FlowSpec): number[] {
  return spec.ports.map((port) => (port === 'ssh' ? (sshOf(plan)?.port ?? 22) : port));
}

/**
 * The flows the plan's compute needs through its subnet, one per protocol and port, in catalogue
 * order: outbound service tags for clusters, instances and serverless (REQUIREMENTS.md §4), inbound
 * management traffic for public-IP compute and attached compute (§3), and the situational ones the
 * plan turns on. Empty for managed VNet and Databricks (no compute subnet in the plan).
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function requiredFlows(plan: Plan): Flow[] {
  return activeSpecs(plan).flatMap((spec) => {
    const remote = resolveRemote(plan, spec);
    return resolvePorts(plan, spec).map((port) => ({
      id: `${spec.id}-${port}`,
      specId: spec.id,
      direction: spec.direction,
      protocol: spec.protocol,
      port,
      remote,
      status: spec.status,
      why: spec.why,
      docUrl: spec.docUrl,
    }));
  });
}
