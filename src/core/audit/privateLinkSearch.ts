/**
 * Finding what a plan's private connectivity needs among what exists, with one Resource Graph query each
 * across every subscription the person can read: the private DNS zones of the needed names with their
 * virtual network links, and the workspace's existing private endpoints.
 * @see https://learn.microsoft.com/azure/governance/resource-graph/reference/supported-tables-resources
 * @see https://learn.microsoft.com/azure/private-link/private-endpoint-dns
 */
import { AUDIT_TYPES } from './query.ts';
import type { GraphRow } from './rows.ts';

/** A KQL string literal: single quotes, with backslash and quote escaped. */
const kqlString = (text: string): string => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/**
 * The query for the zones named `zoneNames` and their VNet links. A link's zone is the ninth segment of its
 * id (`/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/privateDnsZones/<zone>/virtualNetworkLinks/…`).
 */
export function privateDnsZoneQuery(zoneNames: readonly string[]): string {
  const names = zoneNames.map((name) => kqlString(name.toLowerCase())).join(', ');
  return [
    'resources',
    `| where type in~ (${kqlString(AUDIT_TYPES.privateDnsZone)}, ${kqlString(AUDIT_TYPES.privateDnsLink)})`,
    `| where tolower(tostring(split(id, '/')[8])) in (${names})`,
    '| project id, name, type, resourceGroup, subscriptionId, properties',
    '| order by id asc',
  ].join('\n');
}

/** A zone found in Azure, with whether the compute VNet resolves through it already. */
export interface FoundZone {
  readonly id: string;
  /** The zone's name, lower case. */
  readonly name: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  /** A virtual network link from this zone to the compute VNet exists. */
  readonly linkedToVnet: boolean;
}

const lower = (text: string): string => text.toLowerCase();

/** The id of the zone a link row belongs to (its id up to the zone's name). */
const zoneIdOfLink = (linkId: string): string => linkId.split('/').slice(0, 9).join('/');

function linkedVnet(row: GraphRow): string | undefined {
  const properties = row.properties as { virtualNetwork?: { id?: unknown } } | undefined;
  const id = properties?.virtualNetwork?.id;
  return typeof id === 'string' ? lower(id) : undefined;
}

/**
 * The zones among `rows` whose names are in `zoneNames`, each with whether a link to `vnetId` exists (ids
 * compare without case, as Azure's do), ordered by name, then id. Other rows are ignored.
 */
export function foundZones(
  rows: readonly GraphRow[],
  zoneNames: readonly string[],
  vnetId: string | undefined,
): FoundZone[] {
  const wanted = new Set(zoneNames.map(lower));
  const linked = new Set(
    rows
      .filter((row) => lower(row.type) === AUDIT_TYPES.privateDnsLink)
      .filter((row) => vnetId !== undefined && linkedVnet(row) === lower(vnetId))
      .map((row) => lower(zoneIdOfLink(row.id))),
  );
  return rows
    .filter((row) => lower(row.type) === AUDIT_TYPES.privateDnsZone)
    .map((row) => {
      const parts = row.id.split('/');
      return {
        id: row.id,
        name: lower(row.name ?? parts.at(-1) ?? ''),
        subscriptionId: row.subscriptionId ?? parts[2] ?? '',
        resourceGroup: row.resourceGroup ?? parts[4] ?? '',
        linkedToVnet: linked.has(lower(row.id)),
      };
    })
    .filter((zone) => wanted.has(zone.name))
    .sort((a, b) => a.name.localeCompare(b.name) || lower(a.id).localeCompare(lower(b.id)));
}

/**
 * The query for private endpoints whose properties name `workspaceId`: a text match, which the caller
 * narrows to endpoints with a connection to exactly that workspace ({@link foundEndpoints}).
 */
export function workspaceEndpointQuery(workspaceId: string): string {
  return [
    'resources',
    `| where type =~ ${kqlString(AUDIT_TYPES.privateEndpoint)}`,
    `| where tostring(properties) contains ${kqlString(workspaceId)}`,
    '| project id, name, type, resourceGroup, subscriptionId, properties',
    '| order by id asc',
  ].join('\n');
}

/** An existing private endpoint of the workspace, where it is and whether its connection is approved. */
export interface FoundEndpoint {
  readonly id: string;
  readonly name: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  /** The VNet of the endpoint's subnet. */
  readonly vnetId: string | undefined;
  /** The connection's state as Azure reports it: Approved, Pending, Rejected or Disconnected. */
  readonly status: string | undefined;
}

interface Connection {
  readonly properties?: {
    readonly privateLinkServiceId?: unknown;
    readonly groupIds?: unknown;
    readonly privateLinkServiceConnectionState?: { readonly status?: unknown };
  };
}

function connectionsOf(row: GraphRow): Connection[] {
  const properties = row.properties as
    { privateLinkServiceConnections?: unknown; manualPrivateLinkServiceConnections?: unknown } | undefined;
  return [properties?.privateLinkServiceConnections, properties?.manualPrivateLinkServiceConnections].flatMap(
    (list) => (Array.isArray(list) ? (list as Connection[]) : []),
  );
}

/** The VNet id of a subnet id (`…/virtualNetworks/<name>/subnets/<subnet>`). */
function vnetOfSubnet(row: GraphRow): string | undefined {
  const subnet = (row.properties as { subnet?: { id?: unknown } } | undefined)?.subnet?.id;
  if (typeof subnet !== 'string') return undefined;
  const at = subnet.toLowerCase().indexOf('/subnets/');
  return at > 0 ? subnet.slice(0, at) : undefined;
}

/**
 * The endpoints among `rows` with a connection to `workspaceId` (ids compare without case), each with its
 * VNet and connection state, ordered by id.
 */
export function foundEndpoints(rows: readonly GraphRow[], workspaceId: string): FoundEndpoint[] {
  const target = lower(workspaceId);
  return rows
    .filter((row) => lower(row.type) === AUDIT_TYPES.privateEndpoint)
    .flatMap((row): FoundEndpoint[] => {
      const connection = connectionsOf(row).find(
        (c) =>
          typeof c.properties?.privateLinkServiceId === 'string' &&
          lower(c.properties.privateLinkServiceId) === target,
      );
      if (!connection) return [];
      const status = connection.properties?.privateLinkServiceConnectionState?.status;
      const parts = row.id.split('/');
      return [
        {
          id: row.id,
          name: row.name ?? parts.at(-1) ?? '',
          subscriptionId: row.subscriptionId ?? parts[2] ?? '',
          resourceGroup: row.resourceGroup ?? parts[4] ?? '',
          vnetId: vnetOfSubnet(row),
          status: typeof status === 'string' ? status : undefined,
        },
      ];
    })
    .sort((a, b) => lower(a.id).localeCompare(lower(b.id)));
}
