import { rowKind, type GraphRow } from './rows.ts';
import type { AuditRowKind } from './query.ts';

/**
 * Every audited row of an export, indexed by lower-case id (ARM ids are case-insensitive and Resource
 * Graph lowers some segments), computes kept in the export's order.
 */
export interface Inventory {
  readonly computes: GraphRow[];
  readonly byKind: Readonly<Record<Exclude<AuditRowKind, 'compute'>, Map<string, GraphRow>>>;
  /** Where each compute came from (the export file), for report locations. */
  readonly sourceOf: Map<GraphRow, string>;
}

export function createInventory(): Inventory {
  return {
    computes: [],
    byKind: {
      workspace: new Map(),
      vnet: new Map(),
      nsg: new Map(),
      routeTable: new Map(),
      natGateway: new Map(),
      privateEndpoint: new Map(),
      privateDnsZone: new Map(),
      privateDnsLink: new Map(),
    },
    sourceOf: new Map(),
  };
}

/** Adds a page's rows; a row seen on two pages counts once (the later copy wins). Returns rows of other types. */
export function addRows(inventory: Inventory, rows: readonly GraphRow[], source: string): number {
  let other = 0;
  for (const row of rows) {
    const kind = rowKind(row);
    if (kind === undefined) other += 1;
    else if (kind === 'compute') {
      inventory.computes.push(row);
      inventory.sourceOf.set(row, source);
    } else inventory.byKind[kind].set(row.id.toLowerCase(), row);
  }
  return other;
}

/** A row of `kind` by its id, any case. */
export const findRow = (inventory: Inventory, kind: Exclude<AuditRowKind, 'compute'>, id: string) =>
  inventory.byKind[kind].get(id.toLowerCase());

/** The parent workspace id of a compute id (`…/workspaces/w/computes/c` → `…/workspaces/w`). */
export const workspaceIdOf = (computeId: string) => computeId.replace(/\/computes\/[^/]+$/i, '');

/** The VNet id and subnet name of a subnet id. */
export function splitSubnetId(subnetId: string): { vnetId: string; subnet: string } | undefined {
  const match = /^(.*\/virtualnetworks\/[^/]+)\/subnets\/([^/]+)$/i.exec(subnetId);
  return match ? { vnetId: match[1]!, subnet: match[2]! } : undefined;
}
