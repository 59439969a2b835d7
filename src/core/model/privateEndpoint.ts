import {
  ENDPOINT_SUBNET_DEFAULT,
  PRIVATE_LINK_GROUP_IDS,
  cloudForRegion,
  resourceZone,
  workspaceZones,
  type PrivateLinkGroupId,
  type ResourceGroupId,
} from '../catalog/dns.ts';
import type { AzureCloud } from '../catalog/regions.ts';
import { findFreePrefix } from '../net/allocate.ts';
import { planSubnets, subnetCidr, validAddressSpaces } from '../net/plan.ts';
import type { Network } from './network.ts';
import { privateEndpointPlacement } from './placement.ts';
import type { Plan } from './plan.ts';
import type { EndpointSubnet, PrivateLink } from './privateLink.ts';

export { defaultPlacement, privateEndpointPlacement } from './placement.ts';

/** One private DNS zone the compute VNet needs, and what the bundle does about it. */
export interface PrivateDnsZonePlan {
  readonly name: string;
  /** Set when the zone exists already (any subscription): the bundle links it, never recreates it. */
  readonly existingId?: string;
  /** The bundle creates the zone (and links it). */
  readonly create: boolean;
  /** The bundle adds a virtual network link from this zone to the compute VNet. */
  readonly link: boolean;
  /**
   * After deployment the compute VNet resolves this zone's names (a link exists or the bundle adds one).
   * False for an existing zone whose id and link the plan doesn't know: names won't resolve privately.
   */
  readonly linkedAfterDeploy: boolean;
  /** The private endpoint sub-resources whose names live in this zone. */
  readonly groupIds: readonly PrivateLinkGroupId[];
}

/** What the plan says about private connectivity, with every default applied. */
export interface PrivateConnectivity {
  /** Where the workspace private endpoint the compute uses is ('none' = no private endpoint). */
  readonly placement: 'none' | 'computeVnet' | 'hubVnet' | 'create';
  /** For 'create': the endpoint subnet in the compute VNet (absent when no free space was found). */
  readonly endpointSubnet?: {
    readonly name: string;
    readonly addressPrefix: string;
    readonly mode: 'new' | 'existing';
  };
  /** The workspace's private DNS zones for the plan's cloud; existingId set = exists already (link only). */
  readonly zones: readonly PrivateDnsZonePlan[];
  /** Whether each zone must be linked to the compute VNet by the bundle (false when the links exist). */
  readonly linkZonesToComputeVnet: boolean;
  /** Peering between the compute VNet and the hub holding the endpoint (absent: no peering). */
  readonly peering?: { readonly hubVnetId: string; readonly create: boolean };
  /** Private endpoints for the workspace's own resources, each with its zone. */
  readonly resourceEndpoints: readonly {
    readonly groupId: 'blob' | 'file' | 'vault' | 'registry';
    readonly resourceId: string;
    readonly zone: string;
  }[];
  /** The cloud of the workspace's region, which decides the zone names. */
  readonly cloud: AzureCloud;
  /** For 'hubVnet': the hub VNet, also when it isn't peered. */
  readonly hubVnetId?: string;
  /** The existing endpoint's resource id, when the plan knows it. */
  readonly endpointId?: string;
  /** True when `endpointSubnet` was chosen by default rather than written in the plan. */
  readonly endpointSubnetDefaulted: boolean;
}

type Placement = PrivateConnectivity['placement'];

type PlanFacts = Pick<Plan, 'workspace' | 'compute' | 'network'>;

/**
 * The endpoint subnet when the plan names none: an existing subnet called "private-endpoints", else a
 * new /27 (then /28, /29) in the first free space of the VNet.
 */
export function defaultEndpointSubnet(network: Network): EndpointSubnet | undefined {
  const { name, lengths } = ENDPOINT_SUBNET_DEFAULT;
  const existing = network.vnet.otherSubnets.find((s) => s.name.toLowerCase() === name);
  if (existing) return { mode: 'existing', name: existing.name, addressPrefix: existing.addressPrefix };
  const taken = planSubnets(network).flatMap((subnet) => subnetCidr(subnet) ?? []);
  const spaces = validAddressSpaces(network);
  for (const length of lengths) {
    const free = findFreePrefix(spaces, taken, length);
    if (free) return { mode: 'new', name, addressPrefix: free.text };
  }
  return undefined;
}

/** The last segment of a resource id, lower case: a private DNS zone's name. */
export const zoneNameOfId = (id: string): string => (id.split('/').at(-1) ?? '').toLowerCase();

/** Zone names the compute VNet needs, with the sub-resources using each, in a stable order. */
function neededZones(region: string, link: PrivateLink | undefined): Map<string, PrivateLinkGroupId[]> {
  const needed = new Map<string, PrivateLinkGroupId[]>();
  const add = (zone: string, groupId: PrivateLinkGroupId) =>
    needed.set(zone, [...(needed.get(zone) ?? []), groupId]);
  workspaceZones(region).forEach((zone) => add(zone, 'amlworkspace'));
  const groups = new Set(link?.resourceEndpoints.map((e) => e.groupId));
  PRIVATE_LINK_GROUP_IDS.forEach((groupId) => {
    if (groupId !== 'amlworkspace' && groups.has(groupId)) add(resourceZone(groupId, region), groupId);
  });
  return needed;
}

function zonePlan(
  name: string,
  groupIds: PrivateLinkGroupId[],
  placement: Placement,
  link: PrivateLink | undefined,
): PrivateDnsZonePlan {
  const listed = link?.dnsZones.find((zone) => zoneNameOfId(zone.id) === name);
  if (listed) {
    return {
      name,
      existingId: listed.id,
      create: false,
      link: !listed.linked,
      linkedAfterDeploy: true,
      groupIds,
    };
  }
  // The bundle creates the endpoints of placement 'create' and every resource endpoint, with their zones.
  const bundleEndpoint = placement === 'create' || !groupIds.includes('amlworkspace');
  if (bundleEndpoint) return { name, create: true, link: true, linkedAfterDeploy: true, groupIds };
  // An endpoint in the compute VNet made with the portal's DNS integration has its zones linked there;
  // a hub's zones are linked to the hub, and the plan names no id to link them to the compute VNet.
  return { name, create: false, link: false, linkedAfterDeploy: placement === 'computeVnet', groupIds };
}

/** The subnet the bundle's endpoints go in: for placement 'create', and for any resource endpoint. */
function endpointSubnetOf(plan: PlanFacts, placement: Placement) {
  const creates = placement === 'create' || (plan.workspace.privateLink?.resourceEndpoints.length ?? 0) > 0;
  if (placement === 'none' || !creates || !plan.network) return { endpointSubnetDefaulted: false };
  const written = plan.workspace.privateLink?.endpointSubnet;
  const subnet = written ?? defaultEndpointSubnet(plan.network);
  const defaulted = written === undefined;
  return subnet
    ? {
        endpointSubnet: { name: subnet.name, addressPrefix: subnet.addressPrefix, mode: subnet.mode },
        endpointSubnetDefaulted: defaulted,
      }
    : { endpointSubnetDefaulted: defaulted };
}

function hubOf(link: PrivateLink | undefined, placement: Placement) {
  if (placement !== 'hubVnet' || !link?.hubVnetId) return {};
  const peering = link.peering ?? 'existing';
  return peering === 'none'
    ? { hubVnetId: link.hubVnetId }
    : { hubVnetId: link.hubVnetId, peering: { hubVnetId: link.hubVnetId, create: peering === 'create' } };
}

/**
 * Resolves where the workspace private endpoint is, which private DNS zones exist or are created and
 * linked, the hub peering and the endpoints of the workspace's own resources (REQUIREMENTS.md §12
 * `workspace-pe-in-compute-vnet`, `dns-zones-per-cloud`). Pure; the rules, the proof and the resource
 * model all read private connectivity through this one function.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 * @see https://learn.microsoft.com/azure/private-link/private-endpoint-dns
 */
export function resolvePrivateConnectivity(plan: Plan): PrivateConnectivity {
  const placement = privateEndpointPlacement(plan);
  const region = plan.workspace.region;
  const cloud = cloudForRegion(region);
  const link = plan.workspace.isolation === 'customerVnet' ? plan.workspace.privateLink : undefined;
  const base = { placement, cloud, ...endpointSubnetOf(plan, placement), ...hubOf(link, placement) };
  const withId = link?.endpointId === undefined ? base : { ...base, endpointId: link.endpointId };
  if (placement === 'none') {
    return { ...withId, zones: [], linkZonesToComputeVnet: false, resourceEndpoints: [] };
  }
  const zones = [...neededZones(region, link)].map(([name, groupIds]) =>
    zonePlan(name, groupIds, placement, link),
  );
  const resourceEndpoints = (link?.resourceEndpoints ?? []).map(({ groupId, resourceId }) => ({
    groupId,
    resourceId,
    zone: resourceZone(groupId as ResourceGroupId, region),
  }));
  return { ...withId, zones, linkZonesToComputeVnet: zones.some((z) => z.link), resourceEndpoints };
}
