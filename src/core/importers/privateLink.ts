import * as z from 'zod/mini';
import { pasteUnedited, wrongKindMessage, type ImportableKind } from './detect.ts';
import { armObject, armReference } from './normalize.ts';
import { describeIssues, imported, rejected, REPORT_INPUT, unreadable, type ImportResult } from './result.ts';

/** A private endpoint in either shape: `az network private-endpoint show` or the ARM REST body. */
const armPrivateEndpointInput = armObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  subnet: armReference,
  privateLinkServiceConnections: z._default(
    z.array(
      armObject({
        privateLinkServiceId: z.optional(z.string()),
        groupIds: z._default(z.array(z.string()), []),
      }),
    ),
    [],
  ),
  manualPrivateLinkServiceConnections: z._default(
    z.array(
      armObject({
        privateLinkServiceId: z.optional(z.string()),
        groupIds: z._default(z.array(z.string()), []),
      }),
    ),
    [],
  ),
});

const armPrivateDnsZoneInput = armObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
});

const armPrivateDnsLinkInput = armObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  virtualNetwork: armReference,
});

/** A workspace private endpoint as the audit reads it. */
export interface PastedEndpoint {
  readonly id: string;
  readonly name: string;
  /** The VNet the endpoint's subnet is in. */
  readonly vnetId: string;
  /** The workspace it connects to, when it is a workspace endpoint. */
  readonly workspaceId?: string;
}

/** A virtual network link of a private DNS zone. */
export interface PastedLink {
  readonly zoneId: string;
  readonly vnetId: string;
}

/** The part of an id before `/{segment}/`: a subnet's VNet, a link's zone. */
const parentId = (id: string, segment: string): string => {
  const index = id.toLowerCase().indexOf(`/${segment.toLowerCase()}/`);
  return index < 0 ? id : id.slice(0, index);
};

function readAs<T>(
  json: unknown,
  kind: ImportableKind,
  what: string,
  schema: z.ZodMiniType<T>,
): ImportResult<T> {
  const wrongKind = wrongKindMessage(json, kind);
  if (wrongKind !== undefined) return rejected(wrongKind);
  const parsed = schema.safeParse(json, REPORT_INPUT);
  return parsed.success
    ? imported(parsed.data)
    : rejected(describeIssues(unreadable(what), parsed.error, pasteUnedited(kind)));
}

/**
 * A workspace private endpoint (group id `amlworkspace`) from `az network private-endpoint show -o json` or
 * an ARM REST body. An endpoint of another service is rejected with what to paste instead.
 * @see https://learn.microsoft.com/cli/azure/network/private-endpoint#az-network-private-endpoint-show
 */
export function privateEndpointFromArm(json: unknown): ImportResult<PastedEndpoint> {
  const read = readAs(json, 'privateEndpoint', 'private endpoint', armPrivateEndpointInput);
  if (!read.ok) return read;
  const { id, name, subnet } = read.value;
  const connections = [
    ...read.value.privateLinkServiceConnections,
    ...read.value.manualPrivateLinkServiceConnections,
  ];
  const workspace = connections.find((c) => c.groupIds.some((g) => g.toLowerCase() === 'amlworkspace'));
  if (!workspace) {
    const groups = connections.flatMap((c) => c.groupIds).join(', ') || 'none';
    return rejected(
      `The private endpoint "${name}" connects to ${groups}, not to an Azure Machine Learning workspace (group id amlworkspace); paste the workspace's endpoint.`,
    );
  }
  const vnetId = parentId(subnet.id, 'subnets');
  const workspaceId = workspace.privateLinkServiceId;
  return imported({ id, name, vnetId, ...(workspaceId === undefined ? {} : { workspaceId }) });
}

/**
 * A private DNS zone's id from `az network private-dns zone show -o json` (or `list`, item by item).
 * @see https://learn.microsoft.com/cli/azure/network/private-dns/zone#az-network-private-dns-zone-show
 */
export function privateDnsZoneFromArm(json: unknown): ImportResult<string> {
  const read = readAs(json, 'privateDnsZone', 'private DNS zone', armPrivateDnsZoneInput);
  return read.ok ? imported(read.value.id) : read;
}

/**
 * A zone's virtual network link from `az network private-dns link vnet show -o json` (or `list`, item by item).
 * @see https://learn.microsoft.com/cli/azure/network/private-dns/link/vnet#az-network-private-dns-link-vnet-show
 */
export function privateDnsLinkFromArm(json: unknown): ImportResult<PastedLink> {
  const read = readAs(json, 'privateDnsLink', 'private DNS zone link', armPrivateDnsLinkInput);
  if (!read.ok) return read;
  return imported({
    zoneId: parentId(read.value.id, 'virtualNetworkLinks'),
    vnetId: read.value.virtualNetwork.id,
  });
}
