import {
  databricksSubnetsSchema,
  subnetSchema,
  vnetSchema,
  type Compute,
  type Isolation,
  type Network,
  type Plan,
  type Subnet,
  type Workspace,
} from '../../core/index.ts';

const DATABRICKS_DELEGATION = 'Microsoft.Databricks/workspaces';

/** A new compute subnet, used when a plan gains a customer VNet or leaves Azure Databricks. */
export function defaultComputeSubnet(): Subnet {
  return subnetSchema.parse({ mode: 'new', name: 'training', addressPrefix: '10.0.1.0/24' });
}

/** The two delegated subnets Azure Databricks VNet injection needs (host and container). */
export function defaultDatabricksSubnets(): NonNullable<Network['databricks']> {
  const delegated = (name: string, addressPrefix: string) => ({
    mode: 'new',
    name,
    addressPrefix,
    delegations: [DATABRICKS_DELEGATION],
  });
  return databricksSubnetsSchema.parse({
    publicSubnet: delegated('databricks-public', '10.0.2.0/24'),
    privateSubnet: delegated('databricks-private', '10.0.3.0/24'),
  });
}

/** A new VNet in the workspace's resource group and region, with the subnets `kind` needs. */
export function defaultNetwork(workspace: Workspace, kind: Compute['kind']): Network {
  const vnet = vnetSchema.parse({
    mode: 'new',
    resourceGroup: workspace.resourceGroup,
    name: 'ml-vnet',
    region: workspace.region,
    addressSpace: ['10.0.0.0/16'],
  });
  return kind === 'databricks'
    ? { vnet, databricks: defaultDatabricksSubnets() }
    : { vnet, subnet: defaultComputeSubnet() };
}

/** Gives `network` the subnets `kind` uses: `databricks` for Azure Databricks, `subnet` for the rest. */
export function networkForKind(network: Network, kind: Compute['kind']): Network {
  const { subnet, databricks, ...rest } = network;
  return kind === 'databricks'
    ? { ...rest, databricks: databricks ?? defaultDatabricksSubnets() }
    : { ...rest, subnet: subnet ?? defaultComputeSubnet() };
}

/**
 * Switches isolation and keeps the plan valid: a customer VNet plan gets back `previousNetwork` (or a default
 * network) when it has none and loses `managedNetworkMode`; a managed VNet plan gets a mode and loses
 * `network` (compute can't join a customer VNet then).
 */
export function withIsolation(plan: Plan, isolation: Isolation, previousNetwork?: Network): Plan {
  const { network, ...rest } = plan;
  if (isolation === 'managedVnet') {
    const managedNetworkMode = plan.workspace.managedNetworkMode ?? 'allowOnlyApprovedOutbound';
    return { ...rest, workspace: { ...plan.workspace, isolation, managedNetworkMode } };
  }
  const { managedNetworkMode: _managedOnly, ...workspace } = plan.workspace;
  const next = { ...workspace, isolation };
  const kind = plan.compute.kind;
  const restored = previousNetwork ? networkForKind(previousNetwork, kind) : defaultNetwork(next, kind);
  return { ...rest, workspace: next, network: network ?? restored };
}

/** Stores the workspace section, then applies what its isolation implies for the rest of the plan. */
export function withWorkspace(plan: Plan, workspace: Workspace, previousNetwork?: Network): Plan {
  return withIsolation({ ...plan, workspace }, workspace.isolation, previousNetwork);
}

/** Stores the compute section and gives the network the subnets its kind needs. */
export function withCompute(plan: Plan, compute: Compute): Plan {
  return plan.network
    ? { ...plan, compute, network: networkForKind(plan.network, compute.kind) }
    : { ...plan, compute };
}
