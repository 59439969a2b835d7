/**
 * The Azure Resource Graph query of the tenant audit, and the resource types it returns. One query, so
 * `az graph query`, the REST API and the browser read the same rows.
 * @see https://learn.microsoft.com/azure/governance/resource-graph/concepts/query-language
 */

/** Lower-case ARM types the audit reads (Resource Graph returns types in lower case). */
export const AUDIT_TYPES = {
  workspace: 'microsoft.machinelearningservices/workspaces',
  compute: 'microsoft.machinelearningservices/workspaces/computes',
  vnet: 'microsoft.network/virtualnetworks',
  nsg: 'microsoft.network/networksecuritygroups',
  routeTable: 'microsoft.network/routetables',
  natGateway: 'microsoft.network/natgateways',
  privateEndpoint: 'microsoft.network/privateendpoints',
  privateDnsZone: 'microsoft.network/privatednszones',
  privateDnsLink: 'microsoft.network/privatednszones/virtualnetworklinks',
} as const;

export type AuditRowKind = keyof typeof AUDIT_TYPES;

/**
 * Every row the audit needs, as full ARM resources, ordered by id so pages are stable. Run it with
 * `az graph query -q "<query>" --first 1000 -o json` (add `--skip-token` for the next pages), or POST it
 * to `Microsoft.ResourceGraph/resources`.
 * @see https://learn.microsoft.com/azure/governance/resource-graph/first-query-azurecli
 */
export const RESOURCE_GRAPH_QUERY = [
  'resources',
  `| where type in~ (${Object.values(AUDIT_TYPES)
    .map((type) => `'${type}'`)
    .join(', ')})`,
  '| project id, name, type, location, resourceGroup, subscriptionId, tenantId, sku, identity, tags, properties',
  '| order by id asc',
].join('\n');

/** The `az graph query` command line that prints one page of the export, quoted for a POSIX shell. */
export function printQueryCommand(): string {
  const quoted = `'${RESOURCE_GRAPH_QUERY.replace(/\n/g, ' ').replaceAll("'", `'\\''`)}'`;
  return `az graph query -q ${quoted} --first 1000 -o json > page-1.json`;
}
