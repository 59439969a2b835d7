import { parsePlan, type ParseResult, type SchemaError } from '../../core/index.ts';

/** What only the person can say about a new plan: which workspace it is for, and where. */
export interface PlanIdentity {
  readonly name: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly region: string;
}

/**
 * A new plan for the person's own workspace, on the recommended setup: a compute cluster without public IPs
 * in a new virtual network named after the workspace, in the workspace's resource group and region, with a
 * private endpoint to the workspace that the bundle creates (so both private DNS zones come with it), and
 * outbound traffic restricted to the required service tags, leaving through a NAT gateway. Nothing in it
 * names a resource the person hasn't named: everything else is created by the bundle.
 *
 * The result is read with the plan schema: an identity Azure would refuse comes back as problems at
 * `workspace.name`, `workspace.subscriptionId`, `workspace.resourceGroup` and `workspace.region` (the names
 * derived from them follow looser rules, so they pass whenever those do).
 */
export function newPlan({ name, subscriptionId, resourceGroup, region }: PlanIdentity): ParseResult {
  return parsePlan({
    version: 1,
    workspace: {
      name,
      subscriptionId,
      resourceGroup,
      region,
      isolation: 'customerVnet',
      privateEndpoint: true,
      privateLink: {
        placement: 'create',
        endpointSubnet: { mode: 'new', name: 'private-endpoints', addressPrefix: '10.0.2.0/27' },
      },
      storageInVnet: false,
    },
    compute: {
      kind: 'computeCluster',
      name: 'cpu-cluster',
      vmSize: 'Standard_DS3_v2',
      priority: 'dedicated',
      minNodes: 0,
      maxNodes: 4,
      idleSecondsBeforeScaleDown: 120,
      publicIp: false,
    },
    network: {
      vnet: {
        mode: 'new',
        resourceGroup,
        name: `${name}-vnet`,
        region,
        addressSpace: ['10.0.0.0/16'],
      },
      subnet: {
        mode: 'new',
        name: 'training',
        addressPrefix: '10.0.1.0/24',
        networkSecurityGroup: { mode: 'new', name: 'nsg-training' },
      },
    },
    outbound: { restrict: true, microsoftImages: true },
    tunneling: { mode: 'natGateway' },
  });
}

/** The identity fields, by the plan path their problems come back at. */
export const IDENTITY_PATHS: Readonly<Record<keyof PlanIdentity, string>> = {
  name: 'workspace.name',
  subscriptionId: 'workspace.subscriptionId',
  resourceGroup: 'workspace.resourceGroup',
  region: 'workspace.region',
};

/** The first problem of each identity field (a field with none is absent). */
export function identityProblems(
  errors: readonly SchemaError[],
): Partial<Record<keyof PlanIdentity, string>> {
  const problems: Partial<Record<keyof PlanIdentity, string>> = {};
  for (const key of Object.keys(IDENTITY_PATHS) as (keyof PlanIdentity)[]) {
    const error = errors.find((candidate) => candidate.path === IDENTITY_PATHS[key]);
    if (error) problems[key] = error.message;
  }
  return problems;
}
