import { isRef, type AzureResource, type ResourceScope, type Value } from './types.ts';

function collect(value: Value | undefined, into: Set<string>, scope: ResourceScope): void {
  if (value === undefined || typeof value !== 'object') return;
  if (isRef(value)) {
    if (value.ref === 'param') into.add(value.name);
    if (value.ref === 'id') {
      // An id in the network's group, printed from the workspace's, names that group by parameters.
      if (value.scope === 'network' && scope !== 'network')
        into.add('vnetSubscriptionId').add('vnetResourceGroup');
      value.names.forEach((part) => collect(part, into, scope));
    }
    return;
  }
  const items = Array.isArray(value) ? (value as readonly Value[]) : Object.values(value);
  for (const item of items) collect(item, into, scope);
}

/**
 * Names of the parameters some resources use (their names, bodies and conditions), so a nested
 * template or module declares exactly those.
 */
export function parametersUsed(resources: readonly AzureResource[]): Set<string> {
  const used = new Set<string>();
  for (const resource of resources) {
    const values = [
      resource.name as Value,
      resource.location,
      resource.sku,
      resource.identity,
      resource.properties,
    ];
    for (const value of values) collect(value, used, resource.scope);
    for (const clause of resource.condition ?? []) used.add(clause.name);
  }
  return used;
}
