import { API_VERSIONS } from '../generators/apiVersions.ts';
import {
  computeVnetId,
  resolvePrivateConnectivity,
  workspaceResourceId,
  type Plan,
  type PrivateConnectivity,
  type PrivateDnsZonePlan,
  uniqueNames,
} from '../model/index.ts';
import { idRef, paramRef, type AzureResource, type Value, type ValueObject } from './types.ts';

/**
 * The workspace private endpoint the compute uses, its private DNS zone group, the zones the bundle
 * creates, their links to the compute VNet, the peering to a hub and the endpoints of the workspace's
 * own resources, as resources of the deployment (REQUIREMENTS.md §12 `workspace-pe-in-compute-vnet`).
 * Shaped as the quickstart `machine-learning-end-to-end-secure` and the AVM workspace module do it.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link
 * @see https://learn.microsoft.com/azure/private-link/private-endpoint-dns
 */

const NET = API_VERSIONS.network;
/** Microsoft.Network/privateDnsZones and their links (a separate API of the Network provider). */
export const PRIVATE_DNS_API = '2020-06-01';

const T = {
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  vnet: 'Microsoft.Network/virtualNetworks',
  peering: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
  endpoint: 'Microsoft.Network/privateEndpoints',
  zoneGroup: 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
  zone: 'Microsoft.Network/privateDnsZones',
  link: 'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
  workspace: 'Microsoft.MachineLearningServices/workspaces',
} as const;

/** Keys of the private-connectivity resources. */
export const PRIVATE_CONNECTIVITY_KEYS = {
  endpointSubnet: 'subnet:privateEndpoints',
  endpoint: (name: string) => `privateEndpoint:${name}`,
  zoneGroup: (name: string) => `privateEndpoint:${name}/dns`,
  zone: (name: string) => `privateDnsZone:${name}`,
  link: (name: string) => `privateDnsZone:${name}/link`,
  peering: 'vnetPeering:hub',
} as const;

/** Something the plan asks for that lives in another resource group than the deployment's two. */
export interface OutOfScopeStep {
  /** What to create, for people. */
  readonly what: string;
  /** The resource group (id) it belongs in. */
  readonly resourceGroupId: string;
}

/** The private-connectivity resources, and the steps a person does where the deployment can't reach. */
export interface PrivateConnectivityResources {
  readonly connectivity: PrivateConnectivity;
  readonly resources: readonly AzureResource[];
  readonly outOfScope: readonly OutOfScopeStep[];
}

const vnetName = paramRef('vnetName');
const location = paramRef('location');
const vnetRef = idRef('network', T.vnet, vnetName);
const base = { scope: 'network', dependsOn: [] } as const;

/** `/subscriptions/s/resourceGroups/rg` of a resource id, as written. */
const groupIdOf = (id: string): string => id.split('/').slice(0, 5).join('/');
/** {@link groupIdOf}, lower case, for comparing (Azure resource ids are case-insensitive). */
const groupOf = (id: string): string => groupIdOf(id).toLowerCase();

/** What the private-connectivity resources need of the plan. */
export interface PrivateLinkModel {
  readonly connectivity: PrivateConnectivity;
  /** The workspace's full resource id (the endpoint's target), as the plan names it. */
  readonly workspaceId: string;
  readonly workspaceName: string;
  /** The compute VNet's name as the plan writes it (for link names). */
  readonly vnetName: string;
  /** `/subscriptions/…/resourceGroups/…` of the compute VNet, lower case. */
  readonly vnetGroupId: string;
}

/** The model of the plan's private connectivity, or undefined when the compute uses no workspace endpoint. */
export function privateLinkModel(plan: Plan): PrivateLinkModel | undefined {
  const connectivity = resolvePrivateConnectivity(plan);
  const vnet = plan.network?.vnet;
  const vnetId = computeVnetId(plan);
  if (connectivity.placement === 'none' || !vnet || vnetId === undefined) return undefined;
  return {
    connectivity,
    workspaceId: workspaceResourceId(plan.workspace),
    workspaceName: plan.workspace.name,
    vnetName: vnet.name,
    vnetGroupId: groupOf(vnetId),
  };
}

/**
 * Whether the link from `zone` to the compute VNet belongs in a resource group outside the deployment (an
 * existing zone elsewhere, such as a hub's DNS group): then it is an out-of-scope step, not a resource.
 */
export function zoneLinkOutOfScope(model: PrivateLinkModel, zone: PrivateDnsZonePlan): boolean {
  return zone.existingId !== undefined && groupOf(zone.existingId) !== model.vnetGroupId;
}

/** A new endpoint subnet's properties: network policies off, as they are by default for private endpoints. */
export function endpointSubnetProperties(addressPrefix: string): ValueObject {
  return {
    addressPrefix,
    defaultOutboundAccess: false,
    privateEndpointNetworkPolicies: 'Disabled',
    privateLinkServiceNetworkPolicies: 'Enabled',
  };
}

/**
 * The endpoint subnet. In a VNet the bundle creates, it is one of the VNet's own subnets (so a later
 * deployment of the VNet doesn't try to delete it): referenced here, and the caller adds it to the VNet.
 */
function endpointSubnet(
  pc: PrivateConnectivity,
  afterVnet: readonly string[],
  inNewVnet: boolean,
): AzureResource[] {
  const subnet = pc.endpointSubnet;
  if (!subnet) return [];
  const common = { ...base, key: PRIVATE_CONNECTIVITY_KEYS.endpointSubnet, type: T.subnet, apiVersion: NET };
  if (subnet.mode === 'existing' || inNewVnet) {
    const what = inNewVnet ? 'Subnet' : 'Existing subnet';
    return [
      {
        ...common,
        action: 'reference',
        name: [vnetName, subnet.name],
        properties: {},
        summary: `${what} ${subnet.name} for private endpoints`,
      },
    ];
  }
  return [
    {
      ...common,
      action: 'create',
      name: [vnetName, subnet.name],
      // After the VNet's other subnet changes: ARM updates one subnet of a VNet at a time.
      dependsOn: afterVnet,
      properties: endpointSubnetProperties(subnet.addressPrefix),
      summary: `New subnet ${subnet.name} (${subnet.addressPrefix}) for private endpoints`,
    },
  ];
}

const zoneId = (zone: PrivateConnectivity['zones'][number]): Value =>
  zone.existingId ?? idRef('network', T.zone, zone.name);

function endpoint(
  after: readonly string[],
  pc: PrivateConnectivity,
  groupId: string,
  name: string,
  target: Value,
  zones: PrivateConnectivity['zones'],
): AzureResource[] {
  const subnetName = pc.endpointSubnet?.name ?? '';
  const created = zones.filter((z) => z.create).map((z) => PRIVATE_CONNECTIVITY_KEYS.zone(z.name));
  const pe: AzureResource = {
    ...base,
    key: PRIVATE_CONNECTIVITY_KEYS.endpoint(name),
    type: T.endpoint,
    apiVersion: NET,
    action: 'create',
    name: [name],
    location,
    dependsOn: after,
    properties: {
      subnet: { id: idRef('network', T.subnet, vnetName, subnetName) },
      privateLinkServiceConnections: [
        { name, properties: { privateLinkServiceId: target, groupIds: [groupId] } },
      ],
    },
    summary: `New private endpoint ${name} (${groupId}) in subnet ${subnetName}`,
  };
  const group: AzureResource = {
    ...base,
    key: PRIVATE_CONNECTIVITY_KEYS.zoneGroup(name),
    type: T.zoneGroup,
    apiVersion: NET,
    action: 'create',
    name: [name, 'default'],
    dependsOn: [pe.key, ...created],
    properties: {
      privateDnsZoneConfigs: zones.map((z) => ({
        name: z.name.replace(/\./g, '-'),
        properties: { privateDnsZoneId: zoneId(z) },
      })),
    },
    summary: `DNS records of ${name} in ${zones.map((z) => z.name).join(' and ')}`,
  };
  return [pe, group];
}

function zonesAndLinks(
  model: PrivateLinkModel,
  afterVnet: readonly string[],
  out: OutOfScopeStep[],
): AzureResource[] {
  const pc = model.connectivity;
  const linkName = `${model.vnetName}-link`;
  return pc.zones.flatMap((zone): AzureResource[] => {
    const zoneKey = PRIVATE_CONNECTIVITY_KEYS.zone(zone.name);
    const created: AzureResource[] = zone.create
      ? [
          {
            ...base,
            key: zoneKey,
            type: T.zone,
            apiVersion: PRIVATE_DNS_API,
            action: 'create',
            name: [zone.name],
            location: 'global',
            properties: {},
            summary: `New private DNS zone ${zone.name}`,
          },
        ]
      : [];
    if (!zone.link) return created;
    if (zone.existingId && zoneLinkOutOfScope(model, zone)) {
      out.push({
        what: `a virtual network link ${linkName} from ${zone.name} to the compute VNet`,
        resourceGroupId: groupIdOf(zone.existingId),
      });
      return created;
    }
    const link: AzureResource = {
      ...base,
      key: PRIVATE_CONNECTIVITY_KEYS.link(zone.name),
      type: T.link,
      apiVersion: PRIVATE_DNS_API,
      action: 'create',
      name: [zone.name, linkName],
      location: 'global',
      // The link names the VNet by id, which ARM doesn't count as a dependency.
      dependsOn: [...(zone.create ? [zoneKey] : []), ...afterVnet],
      properties: { registrationEnabled: false, virtualNetwork: { id: vnetRef } },
      summary: `Link from ${zone.name} to the compute VNet`,
    };
    return [...created, link];
  });
}

function peering(
  pc: PrivateConnectivity,
  afterVnet: readonly string[],
  out: OutOfScopeStep[],
): AzureResource[] {
  if (!pc.peering?.create) return [];
  const hub = pc.peering.hubVnetId;
  const hubName = hub.split('/').at(-1) ?? 'hub';
  out.push({ what: `the peering from ${hubName} back to the compute VNet`, resourceGroupId: groupIdOf(hub) });
  return [
    {
      ...base,
      key: PRIVATE_CONNECTIVITY_KEYS.peering,
      type: T.peering,
      apiVersion: NET,
      action: 'create',
      name: [vnetName, `to-${hubName}`],
      dependsOn: afterVnet,
      properties: {
        remoteVirtualNetwork: { id: hub },
        allowVirtualNetworkAccess: true,
        allowForwardedTraffic: true,
        allowGatewayTransit: false,
        useRemoteGateways: false,
      },
      summary: `Peering from the compute VNet to ${hubName}`,
    },
  ];
}

/**
 * The resources that give the compute a private path to the workspace, from `resolvePrivateConnectivity`.
 * Existing zones are referred to by id and never recreated; a link or peering that belongs in a resource
 * group outside the deployment (a hub's) is returned as an out-of-scope step instead.
 * `afterVnet` are the keys the endpoint subnet waits for (the VNet and the subnets the bundle changes).
 */
export function privateConnectivityResources(
  model: PrivateLinkModel,
  afterVnet: readonly string[] = [],
  inNewVnet = false,
): PrivateConnectivityResources {
  const pc = model.connectivity;
  const subnet = endpointSubnet(pc, afterVnet, inNewVnet);
  const after = subnet[0]?.action === 'create' ? [subnet[0].key] : afterVnet;
  const out: OutOfScopeStep[] = [];
  const workspaceZones = pc.zones.filter((z) => z.groupIds.includes('amlworkspace'));
  // Workspace `kv-vault` and key vault `kv` would both give `kv-vault-pe`: the first holder keeps the name,
  // so the workspace's endpoint keeps the name earlier bundles gave it.
  const name = uniqueNames();
  const own =
    pc.placement === 'create'
      ? endpoint(
          after,
          pc,
          'amlworkspace',
          name(`${model.workspaceName}-pe`),
          model.workspaceId,
          workspaceZones,
        )
      : [];
  const others = pc.resourceEndpoints.flatMap((e) =>
    endpoint(
      after,
      pc,
      e.groupId,
      name(`${e.resourceId.split('/').at(-1) ?? e.groupId}-${e.groupId}-pe`),
      e.resourceId,
      pc.zones.filter((z) => z.name === e.zone),
    ),
  );
  const resources = [
    ...subnet,
    ...zonesAndLinks(model, afterVnet, out),
    ...peering(pc, afterVnet, out),
    ...own,
    ...others,
  ];
  return { connectivity: pc, resources, outOfScope: out };
}
