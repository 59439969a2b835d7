import type { NetworkSecurityGroup, Plan, Subnet } from '../../../core/index.ts';
import { computeText, type ComputeText } from './computeText.ts';

/** A subnet the plan puts compute into, with what the diagram says about it. */
export interface SubnetSection {
  readonly id: string;
  readonly subnet: Subnet;
  readonly title: string;
  readonly role: string;
  readonly compute: ComputeText;
  /** Rules the plan adds to the subnet's NSG. */
  readonly plannedRules: number;
}

/** "NSG nsg-training" card text, or the absence of one. */
export function nsgCard(nsg: NetworkSecurityGroup | undefined, planned: number) {
  if (!nsg) {
    return {
      title: 'No network security group',
      lines: ['nothing filters the traffic'],
      description: 'The subnet has no network security group, so nothing filters its traffic.',
    };
  }
  const total = nsg.securityRules.length + planned;
  const added = planned > 0 ? ` (${planned} added by this plan)` : '';
  const state = nsg.mode === 'new' ? 'new' : 'existing';
  return {
    title: `NSG ${nsg.name}`,
    lines: [`${state} · ${total} rule${total === 1 ? '' : 's'}${added}`],
    description: `Network security group ${nsg.name} (${state}) on the subnet, with ${total} rule${total === 1 ? '' : 's'}${added}.`,
  };
}

/** The compute subnet, or Databricks' host and container subnets. */
export function subnetSections(plan: Plan, plannedRules: number): SubnetSection[] {
  const network = plan.network;
  const compute = computeText(plan);
  if (network?.databricks) {
    const { publicSubnet, privateSubnet } = network.databricks;
    return [
      {
        id: 'subnet-host',
        subnet: publicSubnet,
        title: 'Host subnet',
        role: 'host side',
        compute,
        plannedRules: 0,
      },
      {
        id: 'subnet-container',
        subnet: privateSubnet,
        title: 'Container subnet',
        role: 'container side',
        compute,
        plannedRules: 0,
      },
    ];
  }
  if (!network?.subnet) return [];
  return [{ id: 'subnet', subnet: network.subnet, title: 'Subnet', role: '', compute, plannedRules }];
}
