import {
  AZURE_DNS_IP,
  ENDPOINT_ADDRESSES,
  RESOURCE_ENDPOINT_TARGETS,
  cloudForRegion,
  sameZoneIn,
  zoneOwner,
} from '../catalog/dns.ts';
import { DOCS } from '../catalog/docs.ts';
import { CLOUD_DISPLAY_NAMES } from '../catalog/regions.ts';
import {
  resolvePrivateConnectivity,
  zoneNameOfId,
  type Plan,
  type PrivateConnectivity,
} from '../model/index.ts';
import {
  capacityVerdict,
  contains,
  firstOverlaps,
  joinedNetwork,
  parseCidr,
  planSubnets,
  subnetSizeProblem,
  validAddressSpaces,
} from '../net/index.ts';
import type { FindingDraft, Rule } from './types.ts';

/**
 * REQUIREMENTS.md §12 `workspace-pe-in-compute-vnet` and `dns-zones-per-cloud`: the workspace private
 * endpoint the compute uses, its private DNS zones and links, the hub peering, custom DNS and the
 * endpoint subnet. Every check reads the plan through `resolvePrivateConnectivity`.
 */

const LINK = 'workspace.privateLink';
const KINDS = ['computeCluster', 'computeInstance', 'serverless'] as const;
const and = (items: readonly string[]) => items.join(' and ');

/** The resolved connectivity when the compute uses a workspace private endpoint in a customer VNet. */
function used(plan: Plan): PrivateConnectivity | undefined {
  if (!joinedNetwork(plan)) return undefined;
  const pc = resolvePrivateConnectivity(plan);
  return pc.placement === 'none' ? undefined : pc;
}

function newVnetCantHold(plan: Plan, pc: PrivateConnectivity): FindingDraft[] {
  if (pc.placement !== 'computeVnet' || plan.network?.vnet.mode !== 'new') return [];
  return [
    {
      path: `${LINK}.placement`,
      message: `The plan creates the VNet "${plan.network.vnet.name}", so no workspace private endpoint can be in it yet. Set privateLink.placement to "create" (the bundle creates the endpoint, its zones ${and(pc.zones.map((z) => z.name))} and their links), or to "hubVnet" when the endpoint is in a peered hub.`,
    },
  ];
}

function instanceInHub(plan: Plan, pc: PrivateConnectivity): FindingDraft[] {
  if (pc.placement !== 'hubVnet' || plan.compute.kind !== 'computeInstance') return [];
  return [
    {
      path: `${LINK}.placement`,
      message:
        'A compute instance must be in the same VNet as the workspace private endpoint it uses; an endpoint in a peered hub is not enough. Set privateLink.placement to "create" so the bundle adds an endpoint to the compute VNet, or put the instance in the hub VNet.',
    },
  ];
}

function hubWithoutPath(pc: PrivateConnectivity): FindingDraft[] {
  if (pc.placement !== 'hubVnet') return [];
  const drafts: FindingDraft[] = [];
  if (!pc.peering) {
    drafts.push({
      path: `${LINK}.peering`,
      message:
        'The workspace private endpoint is in the hub VNet, but the compute VNet is not peered with it, so the compute cannot reach the endpoint. Set privateLink.peering to "create" (the bundle peers the two VNets) or "existing" once a peering is in place.',
    });
  }
  const unlinked = pc.zones.filter((zone) => !zone.linkedAfterDeploy).map((zone) => zone.name);
  if (unlinked.length > 0) {
    drafts.push({
      path: `${LINK}.dnsZones`,
      message: `${unlinked.length === 1 ? 'The zone' : 'The zones'} ${and(unlinked)} must be linked to the compute VNet, or the workspace names resolve to public addresses. Add each zone's resource id to privateLink.dnsZones (the bundle links it; "linked": true if the link exists already).`,
    });
  }
  return drafts;
}

function noEndpointSubnet(pc: PrivateConnectivity): FindingDraft[] {
  const needed = pc.placement === 'create' || pc.resourceEndpoints.length > 0;
  if (!needed || pc.endpointSubnet) return [];
  return [
    {
      path: `${LINK}.endpointSubnet`,
      message:
        'The bundle must create private endpoints, but the VNet has no free space for an endpoint subnet (a /29 at least). Add an address space to the VNet, or name a subnet in privateLink.endpointSubnet.',
    },
  ];
}

const workspacePeInComputeVnet: Rule = {
  id: 'workspace-pe-in-compute-vnet',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  kinds: KINDS,
  title: 'The compute reaches the workspace private endpoint, with both private DNS zones linked.',
  check(plan) {
    const pc = used(plan);
    if (!pc) return [];
    return [
      ...newVnetCantHold(plan, pc),
      ...instanceInHub(plan, pc),
      ...hubWithoutPath(pc),
      ...noEndpointSubnet(pc),
    ];
  },
};

const dnsZonesPerCloud: Rule = {
  id: 'dns-zones-per-cloud',
  severity: 'error',
  docUrl: DOCS.privateEndpointDns,
  title: "Private DNS zones are named for the workspace's cloud.",
  check(plan) {
    const link = plan.workspace.privateLink;
    if (!link) return [];
    const cloud = cloudForRegion(plan.workspace.region);
    return link.dnsZones.flatMap((zone, index): FindingDraft[] => {
      const name = zoneNameOfId(zone.id);
      const owner = zoneOwner(name);
      const path = `${LINK}.dnsZones.${index}.id`;
      if (!owner) {
        return [
          {
            path,
            severity: 'warning',
            message: `${name} is not a private DNS zone of the workspace, its storage, key vault or registry, so the plan doesn't use it. Check the zone's name, or remove it.`,
          },
        ];
      }
      if (owner.cloud === cloud) return [];
      const right = sameZoneIn(name, cloud);
      const instead = right ? ` Use the zone ${right} instead.` : '';
      return [
        {
          path,
          message: `${name} is a zone of ${CLOUD_DISPLAY_NAMES[owner.cloud]}, but the workspace is in ${plan.workspace.region} (${CLOUD_DISPLAY_NAMES[cloud]}); names there never resolve through it.${instead}`,
        },
      ];
    });
  },
};

/** `Namespace/type` of a resource id (`/subscriptions/…/providers/Namespace/type/name`), or undefined. */
function resourceTypeOf(id: string): string | undefined {
  const match = /\/providers\/([^/]+)\/([^/]+)\/[^/]+$/i.exec(id.trim());
  return match ? `${match[1] ?? ''}/${match[2] ?? ''}` : undefined;
}

const resourceEndpointTarget: Rule = {
  id: 'resource-endpoint-target',
  severity: 'error',
  docUrl: DOCS.privateLinkResources,
  title: "An endpoint for the workspace's storage, key vault or registry points at a resource of that kind.",
  check(plan) {
    const link = plan.workspace.privateLink;
    if (!link || plan.workspace.isolation !== 'customerVnet') return [];
    return link.resourceEndpoints.flatMap((endpoint, index): FindingDraft[] => {
      const target = RESOURCE_ENDPOINT_TARGETS[endpoint.groupId];
      const type = resourceTypeOf(endpoint.resourceId);
      // An id of no single resource is the schema's to refuse (anyResourceIdSchema).
      if (type === undefined || type.toLowerCase() === target.type.toLowerCase()) return [];
      return [
        {
          path: `${LINK}.resourceEndpoints.${index}.resourceId`,
          message: `A "${endpoint.groupId}" endpoint connects to ${target.words} (${target.type}), but this id is a ${type} id, so Azure would refuse the endpoint. Enter the id of ${target.words}, or choose the kind that matches the resource.`,
        },
      ];
    });
  },
};

const peDnsForwarding: Rule = {
  id: 'pe-dns-forwarding',
  severity: 'warning',
  docUrl: DOCS.workspaceCustomDns,
  kinds: KINDS,
  title: 'Custom DNS servers forward the private-link zones to Azure DNS.',
  check(plan) {
    const pc = used(plan);
    const servers = plan.network?.vnet.dnsServers ?? [];
    const custom = servers.filter((server) => server.trim() !== AZURE_DNS_IP);
    if (!pc || custom.length === 0) return [];
    const zones = pc.zones.map((zone) => zone.name.replace(/^privatelink\./, ''));
    return [
      {
        path: 'network.vnet.dnsServers',
        message: `The compute VNet uses custom DNS servers (${custom.join(', ')}). For the workspace private endpoint to be used, they must forward ${and(zones)} to Azure DNS ${AZURE_DNS_IP} (conditional forwarders), from a server inside a VNet linked to the private DNS zones; otherwise those names resolve to public addresses. Configure the forwarders, or clear dnsServers to use Azure-provided DNS.`,
      },
    ];
  },
};

/** Addresses the bundle's endpoints take in the endpoint subnet. */
function endpointDemand(pc: PrivateConnectivity): number {
  const workspace = pc.placement === 'create' ? ENDPOINT_ADDRESSES.amlworkspace : 0;
  return pc.resourceEndpoints.reduce((sum, e) => sum + ENDPOINT_ADDRESSES[e.groupId], workspace);
}

const PREFIX = `${LINK}.endpointSubnet.addressPrefix`;

const endpointSubnetSize: Rule = {
  id: 'endpoint-subnet-size',
  severity: 'error',
  docUrl: DOCS.workspacePrivateLink,
  title: 'The private endpoint subnet is a valid prefix with room for every endpoint.',
  check(plan) {
    const pc = joinedNetwork(plan) && resolvePrivateConnectivity(plan);
    const subnet = pc && !pc.endpointSubnetDefaulted ? pc.endpointSubnet : undefined;
    if (!pc || !subnet) return [];
    const parsed = parseCidr(subnet.addressPrefix);
    if (!parsed.ok)
      return [{ path: PREFIX, message: `The endpoint subnet's prefix is not valid: ${parsed.message}` }];
    const { length } = parsed.cidr;
    if (subnetSizeProblem(length) === 'too-small') {
      return [
        { path: PREFIX, message: `A /${length} is smaller than Azure allows; the smallest subnet is a /29.` },
      ];
    }
    const demand = endpointDemand(pc);
    const verdict = capacityVerdict(length, 0, demand);
    if (verdict.status !== 'short') return [];
    const fits = verdict.fitsLength ? ` Use a /${verdict.fitsLength} or larger.` : '';
    return [
      {
        path: PREFIX,
        message: `The endpoint subnet ${subnet.addressPrefix} has ${verdict.usable} usable addresses (Azure keeps 5), but the endpoints need ${demand}.${fits}`,
      },
    ];
  },
};

const endpointSubnetOverlap: Rule = {
  id: 'endpoint-subnet-overlap',
  severity: 'error',
  docUrl: DOCS.workspacePrivateLink,
  title: "The private endpoint subnet lies in the VNet's address space and overlaps no other subnet.",
  check(plan) {
    const network = joinedNetwork(plan);
    const pc = network && resolvePrivateConnectivity(plan);
    const subnet = pc && !pc.endpointSubnetDefaulted ? pc.endpointSubnet : undefined;
    const parsed = subnet && parseCidr(subnet.addressPrefix);
    if (!network || !subnet || !parsed?.ok) return [];
    const spaces = validAddressSpaces(network);
    if (spaces.length > 0 && !spaces.some((space) => contains(space, parsed.cidr))) {
      const where = network.vnet.addressSpace.join(', ');
      return [
        {
          path: PREFIX,
          message: `The endpoint subnet ${subnet.addressPrefix} is outside the VNet's address space (${where}). Choose a prefix inside it.`,
        },
      ];
    }
    const others = planSubnets(network).filter((s) => s.name.toLowerCase() !== subnet.name.toLowerCase());
    const entries = [
      ...others.map((s) => ({ key: s.name, text: s.addressPrefix })),
      { key: subnet.name, text: subnet.addressPrefix },
    ];
    const clash = firstOverlaps(entries).find((pair) => pair.second.key === subnet.name);
    if (!clash) return [];
    return [
      {
        path: PREFIX,
        message: `The endpoint subnet ${subnet.addressPrefix} overlaps subnet "${clash.first.key}" (${clash.first.cidr.text}). Choose a free prefix in the VNet.`,
      },
    ];
  },
};

/**
 * §12 private connectivity rules. They supersede `custom-dns` where the compute uses a workspace
 * private endpoint (`pe-dns-forwarding` names the cloud's zones).
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 * @see https://learn.microsoft.com/azure/private-link/private-endpoint-dns
 */
export const privateConnectivityRules: readonly Rule[] = [
  workspacePeInComputeVnet,
  dnsZonesPerCloud,
  resourceEndpointTarget,
  peDnsForwarding,
  endpointSubnetSize,
  endpointSubnetOverlap,
];
