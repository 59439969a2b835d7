/**
 * What the diagram says about the plan's private connectivity, in words, read from the core's
 * `resolvePrivateConnectivity` and the resources the bundle deploys (nothing is worked out here).
 */
import { CLOUD_DISPLAY_NAMES } from '../../../core/index.ts';
import type { Plan, PrivateConnectivity, PrivateDnsZonePlan } from '../../../core/index.ts';
import {
  PRIVATE_CONNECTIVITY_KEYS,
  privateConnectivityResources,
  privateLinkModel,
  type PrivateConnectivityResources,
} from '../../../core/resources/index.ts';

/** The name and resource group in a resource id. */
export function idParts(id: string): { readonly name: string; readonly resourceGroup: string } {
  const parts = id.split('/');
  return { name: parts.at(-1) ?? id, resourceGroup: parts[4] ?? '' };
}

/** How a zone is linked to the compute VNet after deployment. */
export type ZoneLink =
  /** The bundle adds the link. */
  | 'bundle'
  /** The link exists already. */
  | 'existing'
  /** The link belongs in another resource group: a person adds it there. */
  | 'byHand'
  /** No link: the compute VNet doesn't resolve the zone's names privately. */
  | 'none';

export interface ZoneFacts {
  readonly name: string;
  /** "the workspace", "the key vault": what the zone holds names of. */
  readonly purpose: string;
  readonly created: boolean;
  /** Resource group of an existing zone, when the plan names it by id. */
  readonly resourceGroup?: string;
  readonly link: ZoneLink;
}

export interface HubFacts {
  readonly name: string;
  readonly resourceGroup: string;
  /** The peering with the compute VNet: created by the bundle, existing already, or none. */
  readonly peering: 'create' | 'existing' | 'none';
  /** For a peering the bundle creates: a person adds the hub's side in the hub's resource group. */
  readonly reverseByHand?: boolean;
}

export interface ConnectivityFacts {
  readonly placement: Exclude<PrivateConnectivity['placement'], 'none'>;
  readonly cloud: string;
  readonly vnetName: string;
  readonly endpointSubnet?: PrivateConnectivity['endpointSubnet'];
  /** Name of the existing workspace endpoint, when the plan knows it. */
  readonly endpointName?: string;
  readonly hub?: HubFacts;
  readonly zones: readonly ZoneFacts[];
  /** Endpoints the bundle creates for the workspace's own resources, as "key vault: kv-ml". */
  readonly resourceEndpoints: readonly string[];
}

const PURPOSE: Record<string, string> = {
  amlworkspace: 'the workspace',
  blob: 'storage (blob)',
  file: 'storage (file)',
  vault: 'the key vault',
  registry: 'the container registry',
};

const RESOURCE_WORD: Record<string, string> = {
  blob: 'blob',
  file: 'file',
  vault: 'key vault',
  registry: 'registry',
};

/** `/subscriptions/…/resourceGroups/…` of a resource id, lower case, for comparing. */
const groupIdOf = (id: string): string => id.split('/').slice(0, 5).join('/').toLowerCase();

function zoneFacts(zone: PrivateDnsZonePlan, deployed: ReadonlySet<string>): ZoneFacts {
  const link: ZoneLink = !zone.linkedAfterDeploy
    ? 'none'
    : deployed.has(PRIVATE_CONNECTIVITY_KEYS.link(zone.name))
      ? 'bundle'
      : zone.link
        ? 'byHand'
        : 'existing';
  return {
    name: zone.name,
    purpose: zone.groupIds.map((g) => PURPOSE[g] ?? g).join(' and '),
    created: zone.create,
    ...(zone.existingId ? { resourceGroup: idParts(zone.existingId).resourceGroup } : {}),
    link,
  };
}

function hubFacts(pc: PrivateConnectivity, resources: PrivateConnectivityResources): HubFacts | undefined {
  if (!pc.hubVnetId) return undefined;
  const hub = idParts(pc.hubVnetId);
  if (!pc.peering) return { ...hub, peering: 'none' };
  if (!resources.resources.some((r) => r.key === PRIVATE_CONNECTIVITY_KEYS.peering)) {
    return { ...hub, peering: 'existing' };
  }
  const group = groupIdOf(pc.hubVnetId);
  const reverse = resources.outOfScope.some((step) => step.resourceGroupId.toLowerCase() === group);
  return { ...hub, peering: 'create', reverseByHand: reverse };
}

/** The plan's private connectivity in the diagram's terms, or undefined when the compute uses no endpoint. */
export function connectivityFacts(plan: Plan): ConnectivityFacts | undefined {
  const model = privateLinkModel(plan);
  const placement = model?.connectivity.placement;
  if (!model || placement === undefined || placement === 'none') return undefined;
  const pc = model.connectivity;
  const resources = privateConnectivityResources(model, [], plan.network?.vnet.mode === 'new');
  const deployed = new Set(resources.resources.map((r) => r.key));
  const hub = hubFacts(pc, resources);
  return {
    placement,
    cloud: CLOUD_DISPLAY_NAMES[pc.cloud],
    vnetName: model.vnetName,
    ...(pc.endpointSubnet ? { endpointSubnet: pc.endpointSubnet } : {}),
    ...(pc.endpointId ? { endpointName: idParts(pc.endpointId).name } : {}),
    ...(hub ? { hub } : {}),
    zones: pc.zones.map((zone) => zoneFacts(zone, deployed)),
    resourceEndpoints: pc.resourceEndpoints.map(
      (e) => `${RESOURCE_WORD[e.groupId] ?? e.groupId}: ${idParts(e.resourceId).name}`,
    ),
  };
}

/** "created by this bundle", "existing, in resource group dns-rg" */
export function zoneState(zone: ZoneFacts): string {
  if (zone.created) return 'created by this bundle';
  return zone.resourceGroup ? `existing, in resource group ${zone.resourceGroup}` : 'existing';
}

/** How the zone is linked to the compute VNet, short for the card and in full for the text alternative. */
export function zoneLinkWords(zone: ZoneFacts, vnet: string): { short: string; long: string } {
  const where = zone.resourceGroup ? ` in resource group ${zone.resourceGroup}` : ' where the zone is';
  switch (zone.link) {
    case 'bundle':
      return {
        short: `linked to ${vnet} by this bundle`,
        long: `this bundle links it to ${vnet}`,
      };
    case 'existing':
      return { short: `linked to ${vnet} already`, long: `it is linked to ${vnet} already` };
    case 'byHand':
      return {
        short: `link to ${vnet}: add it${where}`,
        long: `its link to ${vnet} belongs${where}, outside this deployment, so add it there`,
      };
    case 'none':
      return {
        short: `not linked to ${vnet}`,
        long: `it is not linked to ${vnet}, so the compute doesn't resolve its names privately`,
      };
  }
}
