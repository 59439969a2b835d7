import {
  tunnelingFromSubnet,
  type EgressEvidence,
  type Plan,
  type Subnet,
  type Vnet,
  type Workspace,
} from '../../core/index.ts';

export { tunnelingFromSubnet };
import type { ArmWorkspace } from '../arm/index.ts';

/** The plan's workspace fields that come from a deployed workspace. */
export type DiscoveredWorkspace = Pick<
  Workspace,
  | 'name'
  | 'subscriptionId'
  | 'resourceGroup'
  | 'region'
  | 'isolation'
  | 'managedNetworkMode'
  | 'privateEndpoint'
>;

export type Applied<T> = { ok: true; value: T } | { ok: false; message: string };

const MANAGED_MODES: Readonly<Record<string, Workspace['managedNetworkMode']>> = {
  allowinternetoutbound: 'allowInternetOutbound',
  allowonlyapprovedoutbound: 'allowOnlyApprovedOutbound',
};

/**
 * The workspace section from a deployed workspace: name, subscription, resource group, region, managed
 * network mode (`Disabled` or absent = compute in a customer VNet) and whether an approved private
 * endpoint connection exists.
 * @see https://learn.microsoft.com/rest/api/azureml/workspaces/get
 */
export function workspaceFromArm(
  workspace: ArmWorkspace,
  subscriptionId: string,
): Applied<DiscoveredWorkspace> {
  if (workspace.resourceGroup === undefined) {
    return {
      ok: false,
      message: `Azure returned workspace "${workspace.name}" without a resource group in its id; pick it again.`,
    };
  }
  const managed = MANAGED_MODES[(workspace.managedNetworkIsolationMode ?? '').toLowerCase()];
  const privateEndpoint = workspace.privateEndpointConnections.some(
    (connection) => (connection.status ?? '').toLowerCase() === 'approved',
  );
  return {
    ok: true,
    value: {
      name: workspace.name,
      subscriptionId,
      resourceGroup: workspace.resourceGroup,
      region: workspace.region,
      isolation: managed === undefined ? 'customerVnet' : 'managedVnet',
      ...(managed === undefined ? {} : { managedNetworkMode: managed }),
      privateEndpoint,
    },
  };
}

/** `plan` with the workspace section from Azure; a managed network drops the plan's customer network. */
export function planWithWorkspace(plan: Plan, workspace: DiscoveredWorkspace): Plan {
  const { managedNetworkMode: _old, ...kept } = plan.workspace;
  const next: Plan = { ...plan, workspace: { ...kept, ...workspace } };
  if (workspace.isolation === 'managedVnet') {
    const { network: _network, ...withoutNetwork } = next;
    return withoutNetwork;
  }
  return next;
}

/**
 * `plan` with the existing VNet and compute subnet (NSG rules and route table included) and the egress
 * they imply; a route table that couldn't be read (`egress.routes` `unread`) leaves a planned firewall as is.
 * Azure Databricks uses two subnets, which this picker doesn't set.
 */
export function planWithNetwork(
  plan: Plan,
  vnet: Vnet,
  subnet: Subnet,
  egress?: EgressEvidence,
): Applied<Plan> {
  if (plan.compute.kind === 'databricks') {
    return {
      ok: false,
      message:
        'Azure Databricks needs a host and a container subnet, which this picker doesn’t fill. Choose another compute kind, or paste both subnets in "Audit pasted JSON".',
    };
  }
  return {
    ok: true,
    value: {
      ...plan,
      network: { vnet, subnet },
      tunneling: tunnelingFromSubnet(subnet, plan.tunneling, egress),
    },
  };
}
