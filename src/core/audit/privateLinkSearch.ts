/**
 * Finding the private DNS zones a plan needs among those that exist: one Resource Graph query for the zones
 * of those names and their virtual network links, across every subscription the person can read.
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
