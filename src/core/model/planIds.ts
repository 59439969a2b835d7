import type { Plan } from './plan.ts';

/*
 * Full resource ids of what a plan names, as Azure writes them. Their own module: the first page load
 * needs none of them.
 */
/** The compute VNet's resource id from the plan's network section (its own subscription, else the workspace's). */
export function computeVnetId(plan: Pick<Plan, 'workspace' | 'network'>): string | undefined {
  const vnet = plan.network?.vnet;
  if (!vnet) return undefined;
  const subscription = vnet.subscriptionId ?? plan.workspace.subscriptionId;
  return `/subscriptions/${subscription}/resourceGroups/${vnet.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${vnet.name}`;
}

/** The workspace's resource id as the plan names it: what its private endpoints connect to. */
export function workspaceResourceId(
  workspace: Pick<Plan['workspace'], 'subscriptionId' | 'resourceGroup' | 'name'>,
): string {
  return `/subscriptions/${workspace.subscriptionId}/resourceGroups/${workspace.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspace.name}`;
}
