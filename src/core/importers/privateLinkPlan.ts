import {
  computeVnetId,
  privateEndpointPlacement,
  zoneNameOfId,
  type ExistingDnsZone,
  type Plan,
  type PrivateLink,
} from '../model/index.ts';
import { parseArmId, sameArmId } from './normalize.ts';
import {
  privateDnsLinkFromArm,
  privateDnsZoneFromArm,
  privateEndpointFromArm,
  type PastedEndpoint,
  type PastedLink,
} from './privateLink.ts';
import { imported, rejected, type ImportResult } from './result.ts';

/** The pasted private-link documents: at most one endpoint, any number of zones and links. */
export interface PastedPrivateLink {
  readonly endpoint?: unknown;
  readonly zones: readonly unknown[];
  readonly links: readonly unknown[];
}

interface Read {
  readonly endpoint?: PastedEndpoint;
  readonly zoneIds: readonly string[];
  readonly links: readonly PastedLink[];
}

/** Reads every document, stopping at the first that isn't what its kind promised. */
function readAll(pasted: PastedPrivateLink): ImportResult<Read> {
  const endpoint = pasted.endpoint === undefined ? undefined : privateEndpointFromArm(pasted.endpoint);
  if (endpoint && !endpoint.ok) return endpoint;
  const zoneIds: string[] = [];
  for (const zone of pasted.zones) {
    const read = privateDnsZoneFromArm(zone);
    if (!read.ok) return read;
    zoneIds.push(read.value);
  }
  const links: PastedLink[] = [];
  for (const link of pasted.links) {
    const read = privateDnsLinkFromArm(link);
    if (!read.ok) return read;
    links.push(read.value);
  }
  return imported(endpoint ? { endpoint: endpoint.value, zoneIds, links } : { zoneIds, links });
}

/** The plan's zones plus the pasted ones, each marked linked when a pasted link joins it to the compute VNet. */
function mergedZones(current: readonly ExistingDnsZone[], read: Read, vnetId: string): ExistingDnsZone[] {
  const byName = new Map<string, ExistingDnsZone>();
  for (const zone of current) byName.set(zoneNameOfId(zone.id), zone);
  const ids = [...read.zoneIds, ...read.links.map((link) => link.zoneId)];
  for (const id of ids)
    if (!byName.has(zoneNameOfId(id))) byName.set(zoneNameOfId(id), { id, linked: false });
  for (const link of read.links.filter((l) => sameArmId(l.vnetId, vnetId))) {
    const name = zoneNameOfId(link.zoneId);
    const zone = byName.get(name);
    if (zone) byName.set(name, { ...zone, linked: true });
  }
  return [...byName.values()];
}

function notesOf(plan: Plan, read: Read, vnetId: string, link: PrivateLink): string[] {
  const notes = read.links
    .filter((l) => !sameArmId(l.vnetId, vnetId))
    .map(
      (l) =>
        `The link of ${zoneNameOfId(l.zoneId)} to VNet "${parseArmId(l.vnetId).name ?? l.vnetId}" is not to the compute VNet, so it doesn't count here.`,
    );
  const workspace = read.endpoint?.workspaceId && parseArmId(read.endpoint.workspaceId).name;
  if (workspace && workspace.toLowerCase() !== plan.workspace.name.toLowerCase()) {
    notes.push(
      `The endpoint connects to workspace "${workspace}", not "${plan.workspace.name}"; check that you pasted the right one.`,
    );
  }
  if (link.placement === 'hubVnet' && link.peering === undefined) {
    notes.push(
      "The endpoint is in another VNet. Pasted output doesn't show VNet peerings, so the plan assumes the compute VNet is peered with it; check with `az network vnet peering list`.",
    );
  }
  return notes;
}

/** Placement and hub of the new `privateLink`: from the endpoint when pasted, else as the plan has them. */
function placementOf(
  plan: Plan,
  read: Read,
  vnetId: string,
): Pick<PrivateLink, 'placement' | 'hubVnetId' | 'peering'> | undefined {
  const current = plan.workspace.privateLink;
  if (read.endpoint) {
    if (sameArmId(read.endpoint.vnetId, vnetId)) return { placement: 'computeVnet' };
    const peering = current?.placement === 'hubVnet' ? current.peering : undefined;
    return { placement: 'hubVnet', hubVnetId: read.endpoint.vnetId, ...(peering ? { peering } : {}) };
  }
  const placement = privateEndpointPlacement(plan);
  if (placement === 'none') return undefined;
  const { hubVnetId, peering } = current ?? {};
  return { placement, ...(hubVnetId ? { hubVnetId } : {}), ...(peering ? { peering } : {}) };
}

/**
 * Fills `workspace.privateLink` from pasted `az network private-endpoint show`, `az network private-dns zone
 * show|list` and `az network private-dns link vnet show|list` output: where the workspace endpoint is (the
 * compute VNet or a hub), which zones exist (by id, never recreated) and which are linked to the compute VNet.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link
 */
export function withPastedPrivateLink(plan: Plan, pasted: PastedPrivateLink): ImportResult<Plan> {
  if (pasted.endpoint === undefined && pasted.zones.length === 0 && pasted.links.length === 0)
    return imported(plan);
  const vnetId = computeVnetId(plan);
  if (plan.workspace.isolation !== 'customerVnet' || !vnetId) {
    return rejected(
      'A private endpoint and its DNS zones are audited against the compute VNet; paste the output of `az network vnet show` too.',
    );
  }
  const read = readAll(pasted);
  if (!read.ok) return read;
  const placed = placementOf(plan, read.value, vnetId);
  if (!placed) {
    return rejected(
      'The plan has no workspace private endpoint for these zones and links; paste the endpoint too (`az network private-endpoint show -g <rg> -n <name> -o json`).',
    );
  }
  const current = plan.workspace.privateLink;
  const keepSubnet =
    current?.endpointSubnet && (placed.placement === 'create' || current.resourceEndpoints.length > 0);
  const link: PrivateLink = {
    ...placed,
    ...(keepSubnet ? { endpointSubnet: current.endpointSubnet } : {}),
    ...(read.value.endpoint
      ? { endpointId: read.value.endpoint.id }
      : current?.endpointId
        ? { endpointId: current.endpointId }
        : {}),
    dnsZones: mergedZones(current?.dnsZones ?? [], read.value, vnetId),
    resourceEndpoints: current?.resourceEndpoints ?? [],
  };
  const next = { ...plan, workspace: { ...plan.workspace, privateEndpoint: true, privateLink: link } };
  return imported(next, notesOf(plan, read.value, vnetId, link));
}
