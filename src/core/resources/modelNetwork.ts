import type { Network, Plan, SecurityRule, Subnet } from '../model/index.ts';
import { plannedRoutes, plannedSecurityRules } from '../flows/index.ts';
import type { ServiceTagsFile } from '../servicetags/index.ts';
import { networkName } from './names.ts';

/** Which plan subnet a subnet model is (`other` = a new VNet's other subnets). */
export type SubnetRole = 'compute' | 'databricksPublic' | 'databricksPrivate' | 'other';

/**
 * A subnet the deployment creates, updates or only references. ARM replaces a subnet's whole property
 * set on deploy (REQUIREMENTS.md §11), so an `update` carries every property the plan knows.
 */
export interface SubnetModel {
  readonly role: SubnetRole;
  readonly name: string;
  readonly action: 'create' | 'update' | 'reference';
  readonly addressPrefix: string;
  readonly delegations: readonly string[];
  readonly defaultOutboundAccess: boolean;
  readonly nsgName?: string;
  readonly routeTableName?: string;
  /** Name of the NAT gateway this deployment creates and associates. */
  readonly natGatewayName?: string;
  /** The existing subnet has a NAT gateway the plan doesn't name: its id must be supplied on update. */
  readonly keepsExistingNatGateway: boolean;
  /** No-public-IP compute: disable private endpoint and private link service network policies (Microsoft's sample). */
  readonly disableNetworkPolicies: boolean;
}

/** An NSG on the plan's subnets. */
export interface NsgModel {
  readonly name: string;
  readonly mode: 'new' | 'existing';
  /** The rules to add: the planner's output, exactly what the flow simulator evaluated. */
  readonly rules: readonly SecurityRule[];
}

/** One route the deployment adds. */
export interface RouteModel {
  readonly name: string;
  readonly addressPrefix: string;
  readonly nextHopType: 'VirtualAppliance' | 'Internet';
  readonly nextHopIpAddress?: string;
}

/**
 * The NAT gateway the deployment creates: Standard SKU, its idle timeout, and one Standard static public
 * IP address, or a public IP prefix instead when the plan asks for one.
 * @see https://learn.microsoft.com/azure/nat-gateway/nat-gateway-resource
 */
export interface NatGatewayModel {
  readonly name: string;
  /** The public IP address's name (used when there is no prefix). */
  readonly publicIpName: string;
  readonly idleTimeoutMinutes: number;
  readonly publicIpPrefix?: { readonly name: string; readonly length: number };
}

/** Azure's default TCP idle timeout of a NAT gateway, in minutes. */
export const NAT_IDLE_TIMEOUT_DEFAULT = 4;

function natGatewayModel(plan: Plan, vnetName: string): NatGatewayModel {
  const { natIdleTimeoutMinutes, natPublicIpPrefixLength } = plan.tunneling;
  return {
    name: networkName('nat-', vnetName),
    publicIpName: networkName('pip-nat-', vnetName),
    idleTimeoutMinutes: natIdleTimeoutMinutes ?? NAT_IDLE_TIMEOUT_DEFAULT,
    ...(natPublicIpPrefixLength === undefined
      ? {}
      : { publicIpPrefix: { name: networkName('ippre-nat-', vnetName), length: natPublicIpPrefixLength } }),
  };
}

/** The route table of forced tunnelling: new, or the subnet's existing one. */
export interface RouteTableModel {
  readonly name: string;
  readonly mode: 'new' | 'existing';
  /** Routes to add (an existing table keeps its routes; routes for a prefix it already has are skipped). */
  readonly routes: readonly RouteModel[];
}

/**
 * The customer network part of the deployment model.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
export interface NetworkModel {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly vnet: {
    readonly name: string;
    readonly mode: 'new' | 'existing';
    readonly region: string;
    readonly addressSpace: readonly string[];
    readonly dnsServers: readonly string[];
  };
  /** The plan's subnets (compute, or Databricks host then container), then for a new VNet its other subnets. */
  readonly subnets: readonly SubnetModel[];
  readonly nsgs: readonly NsgModel[];
  readonly natGateway?: NatGatewayModel;
  readonly routeTable?: RouteTableModel;
}

function planSubnets(network: Network): { role: SubnetRole; subnet: Subnet }[] {
  if (network.databricks) {
    return [
      { role: 'databricksPublic', subnet: network.databricks.publicSubnet },
      { role: 'databricksPrivate', subnet: network.databricks.privateSubnet },
    ];
  }
  return network.subnet ? [{ role: 'compute', subnet: network.subnet }] : [];
}

/** The route table of the plan's subnets: the planner's routes, in a new table or added to the existing one. */
function buildRouteTable(
  plan: Plan,
  subnets: readonly Subnet[],
  serviceTags: ServiceTagsFile | undefined,
): RouteTableModel | undefined {
  const first = subnets[0];
  if (!first) return undefined;
  const routes: RouteModel[] = plannedRoutes(plan, first, serviceTags).map((route) => ({
    name: route.name,
    addressPrefix: route.properties.addressPrefix,
    nextHopType: route.properties.nextHopType === 'VirtualAppliance' ? 'VirtualAppliance' : 'Internet',
    ...(route.properties.nextHopIpAddress === undefined
      ? {}
      : { nextHopIpAddress: route.properties.nextHopIpAddress }),
  }));
  if (routes.length === 0) return undefined;
  const existing = subnets.find((subnet) => subnet.routeTable)?.routeTable;
  return existing
    ? { name: existing.name, mode: 'existing', routes }
    : { name: networkName('rt-', first.name), mode: 'new', routes };
}

/** The NSGs on the plan's subnets (a shared one once); the compute subnet's gets the planner's rules. */
function buildNsgs(plan: Plan, subnets: readonly { role: SubnetRole; subnet: Subnet }[]): NsgModel[] {
  const byName = new Map<string, NsgModel>();
  for (const { role, subnet } of subnets) {
    const nsg = subnet.networkSecurityGroup;
    if (!nsg || byName.has(nsg.name.toLowerCase())) continue;
    const rules = role === 'compute' ? plannedSecurityRules(plan) : [];
    byName.set(nsg.name.toLowerCase(), { name: nsg.name, mode: nsg.mode, rules });
  }
  return [...byName.values()];
}

interface Additions {
  readonly routeTable?: RouteTableModel;
  readonly natGatewayName?: string;
}

function subnetModel(role: SubnetRole, subnet: Subnet, add: Additions, npip: boolean): SubnetModel {
  const nsgName = subnet.networkSecurityGroup?.name;
  const routeTableName = subnet.routeTable?.name ?? add.routeTable?.name;
  const natGatewayName = subnet.natGateway ? undefined : add.natGatewayName;
  const changes =
    subnet.networkSecurityGroup?.mode === 'new' ||
    (add.routeTable?.mode === 'new' && !subnet.routeTable) ||
    natGatewayName !== undefined;
  const action = subnet.mode === 'new' ? 'create' : changes ? 'update' : 'reference';
  return {
    role,
    name: subnet.name,
    action,
    addressPrefix: subnet.addressPrefix,
    delegations: subnet.delegations,
    defaultOutboundAccess: subnet.defaultOutboundAccess,
    ...(nsgName === undefined ? {} : { nsgName }),
    ...(routeTableName === undefined ? {} : { routeTableName }),
    ...(natGatewayName === undefined ? {} : { natGatewayName }),
    keepsExistingNatGateway: subnet.mode === 'existing' && subnet.natGateway,
    disableNetworkPolicies: npip && role === 'compute',
  };
}

function otherSubnet(name: string, addressPrefix: string): SubnetModel {
  return {
    role: 'other',
    name,
    action: 'create',
    addressPrefix,
    delegations: [],
    defaultOutboundAccess: false,
    keepsExistingNatGateway: false,
    disableNetworkPolicies: false,
  };
}

function computeHasNoPublicIp(plan: Plan): boolean {
  const compute = plan.compute;
  return 'publicIp' in compute && !compute.publicIp;
}

/**
 * The network part of the deployment model (customer virtual network only); with IP-prefix route
 * targets, the Service Tags file gives the bypass routes.
 */
export function buildNetwork(plan: Plan, serviceTags?: ServiceTagsFile): NetworkModel | undefined {
  const network = plan.network;
  if (!network) return undefined;
  const { vnet } = network;
  const subnets = planSubnets(network);
  const nsgs = buildNsgs(plan, subnets);
  const routeTable = buildRouteTable(
    plan,
    subnets.map((s) => s.subnet),
    serviceTags,
  );
  const needsNat = plan.tunneling.mode === 'natGateway' && subnets.some((s) => !s.subnet.natGateway);
  const natGateway = needsNat ? natGatewayModel(plan, vnet.name) : undefined;
  const models = subnets.map(({ role, subnet }) => {
    const additions: Additions = {
      ...(routeTable ? { routeTable } : {}),
      ...(natGateway ? { natGatewayName: natGateway.name } : {}),
    };
    return subnetModel(role, subnet, additions, computeHasNoPublicIp(plan));
  });
  const others =
    vnet.mode === 'new' ? vnet.otherSubnets.map((s) => otherSubnet(s.name, s.addressPrefix)) : [];
  return {
    subscriptionId: vnet.subscriptionId ?? plan.workspace.subscriptionId,
    resourceGroup: vnet.resourceGroup,
    vnet: {
      name: vnet.name,
      mode: vnet.mode,
      region: vnet.region,
      addressSpace: vnet.addressSpace,
      dnsServers: vnet.dnsServers,
    },
    subnets: [...models, ...others],
    nsgs,
    ...(natGateway ? { natGateway } : {}),
    ...(routeTable ? { routeTable } : {}),
  };
}

/** Whether any network resource has to be deployed (otherwise the network is only referenced). */
export function networkHasChanges(network: NetworkModel): boolean {
  return (
    network.vnet.mode === 'new' ||
    network.subnets.some((subnet) => subnet.action !== 'reference') ||
    network.nsgs.some((nsg) => nsg.mode === 'new' || nsg.rules.length > 0) ||
    network.natGateway !== undefined ||
    (network.routeTable !== undefined && network.routeTable.routes.length > 0)
  );
}
