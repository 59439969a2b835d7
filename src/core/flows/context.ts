import type { FlowCondition } from '../catalog/flows.ts';
import type { ComputeKind, NetworkSecurityGroup, Plan } from '../model/index.ts';
import { computeRegion } from '../net/plan.ts';

/** Kinds that run AML-managed nodes in the subnet: cluster, instance, serverless. */
export const TRAINING_KINDS: readonly ComputeKind[] = ['computeCluster', 'computeInstance', 'serverless'];
/** Kinds with inbound management traffic from AML when they have public IPs. */
export const PUBLIC_IP_INBOUND_KINDS: readonly ComputeKind[] = ['computeCluster', 'computeInstance'];
/** Attached compute reached by AML over SSH. */
export const ATTACHED_KINDS: readonly ComputeKind[] = ['virtualMachine', 'hdinsight'];

/** Path of the compute subnet's NSG rules in a plan. */
export const NSG_RULES_PATH = 'network.subnet.networkSecurityGroup.securityRules';

export { computeRegion } from '../net/plan.ts';

/** True when the compute runs in another region than its workspace (a cross-region cluster). */
export function isCrossRegion(plan: Plan): boolean {
  return computeRegion(plan).toLowerCase() !== plan.workspace.region.toLowerCase();
}

/**
 * True when a compute instance mounts the workspace's file share over SMB through the internet tags:
 * storage not secured in the VNet (REQUIREMENTS.md §12, ci-file-share-445).
 */
export function instanceMountsFileShare(plan: Plan): boolean {
  return plan.compute.kind === 'computeInstance' && !plan.workspace.storageInVnet;
}

/** True when the plan puts compute into a customer VNet subnet the flows go through. */
export function hasComputeSubnet(plan: Plan): boolean {
  return plan.workspace.isolation === 'customerVnet' && plan.network?.subnet !== undefined;
}

/** The NSG on the compute subnet, if the plan has one. */
export function subnetNsg(plan: Plan): NetworkSecurityGroup | undefined {
  return plan.workspace.isolation === 'customerVnet' ? plan.network?.subnet?.networkSecurityGroup : undefined;
}

/** SSH settings of kinds that have them. */
export function sshOf(
  plan: Plan,
): { enabled: boolean; port: number; sourceAddressPrefix?: string } | undefined {
  const { compute } = plan;
  return 'ssh' in compute ? compute.ssh : undefined;
}

/** True when the compute has public IPs (cluster, instance, serverless, Databricks). */
export function hasPublicIp(plan: Plan): boolean {
  const { compute } = plan;
  return 'publicIp' in compute && compute.publicIp;
}

/** Answers a catalogue condition for a plan. */
export function conditionHolds(plan: Plan, when: FlowCondition): boolean {
  switch (when) {
    case 'always':
      return true;
    case 'publicIp':
      return hasPublicIp(plan);
    case 'microsoftImages':
      return plan.outbound.microsoftImages;
    case 'privateEndpoint':
      return plan.workspace.privateEndpoint;
    case 'azureMonitor':
      return plan.outbound.azureMonitor && !plan.outbound.azureMonitorPrivateLink;
    case 'storageFileShares':
      return plan.outbound.storageFileShares || instanceMountsFileShare(plan);
    case 'publicContainerRegistry':
      return plan.outbound.publicContainerRegistry && !plan.outbound.containerRegistryPrivateEndpoint;
    case 'hbi':
      return plan.workspace.hbi;
    case 'sshEnabled':
      return sshOf(plan)?.enabled === true;
    case 'crossRegion':
      return isCrossRegion(plan);
  }
}
