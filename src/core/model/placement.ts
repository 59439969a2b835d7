import type { Plan } from './plan.ts';
import type { PrivateConnectivity } from './privateEndpoint.ts';

// Where a plan's workspace private endpoint goes, apart from the rest of privateEndpoint.ts: the first step
// shows it, and this needs none of the address arithmetic.

type Placement = PrivateConnectivity['placement'];

type PlanFacts = Pick<Plan, 'workspace' | 'compute' | 'network'>;

/** Compute kinds that reach the workspace through its private endpoint when they have no public IP. */
const NPIP_KINDS: readonly string[] = ['computeCluster', 'computeInstance', 'serverless'];

/**
 * The placement of a plan without `workspace.privateLink`. A VNet the plan creates can't already hold an
 * endpoint, so `privateEndpoint: true` there means the bundle creates one; compute without public IPs
 * in a new VNet gets one in any case, since it can't reach the workspace otherwise.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
export function defaultPlacement(plan: PlanFacts): Placement {
  const { workspace, compute, network } = plan;
  if (workspace.isolation !== 'customerVnet' || !network) return 'none';
  const newVnet = network.vnet.mode === 'new';
  if (workspace.privateEndpoint) return newVnet ? 'create' : 'computeVnet';
  const noPublicIp = NPIP_KINDS.includes(compute.kind) && 'publicIp' in compute && !compute.publicIp;
  return newVnet && noPublicIp ? 'create' : 'none';
}

/** The placement the plan resolves to: its `privateLink`, else the default. */
export function privateEndpointPlacement(plan: PlanFacts): Placement {
  if (plan.workspace.isolation !== 'customerVnet' || !plan.network) return 'none';
  return plan.workspace.privateLink?.placement ?? defaultPlacement(plan);
}
