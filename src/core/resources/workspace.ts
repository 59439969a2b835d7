import { computeKindTraits } from '../catalog/computeKinds.ts';
import { API_VERSIONS } from '../generators/apiVersions.ts';
import { isoSeconds, type ComputeModel, type DeploymentModel } from './model.ts';
import { computeSubnetId, vnetId } from './network.ts';
import { DEPLOY_COMPUTE_PARAM } from './params.ts';
import { paramRef, type AzureResource, type ConditionClause, type ValueObject } from './types.ts';

const ML = API_VERSIONS.machineLearning;
const WORKSPACES = 'Microsoft.MachineLearningServices/workspaces';
const COMPUTES = 'Microsoft.MachineLearningServices/workspaces/computes';
const p = paramRef;

/** Keys of the workspace-scope resources. */
export const WORKSPACE_KEYS = {
  workspace: 'workspace',
  compute: 'compute',
  databricks: 'databricks',
} as const;

type Compute<K extends ComputeModel['kind']> = Extract<ComputeModel, { kind: K }>;

function clusterProperties(compute: Compute<'computeCluster'>, subnet: boolean): ValueObject {
  return {
    vmSize: p('vmSize'),
    vmPriority: compute.priority,
    scaleSettings: {
      minNodeCount: compute.minNodes,
      maxNodeCount: compute.maxNodes,
      nodeIdleTimeBeforeScaleDown: isoSeconds(compute.idleSeconds),
    },
    subnet: subnet ? { id: computeSubnetId() } : undefined,
    enableNodePublicIp: compute.publicIp,
    remoteLoginPortPublicAccess: compute.ssh ? 'Enabled' : 'Disabled',
    userAccountCredentials: compute.ssh
      ? { adminUserName: p('adminUsername'), adminUserSshPublicKey: p('adminPublicKey') }
      : undefined,
  };
}

function instanceProperties(compute: Compute<'computeInstance'>, subnet: boolean): ValueObject {
  return {
    vmSize: p('vmSize'),
    subnet: subnet ? { id: computeSubnetId() } : undefined,
    enableNodePublicIp: compute.publicIp,
    sshSettings: compute.ssh
      ? { sshPublicAccess: 'Enabled', adminPublicKey: p('adminPublicKey') }
      : { sshPublicAccess: 'Disabled' },
  };
}

/** `properties` of the `workspaces/computes` resource of a kind that has one. */
function computeBody(model: DeploymentModel): ValueObject | undefined {
  const compute = model.compute;
  const subnet = model.network !== undefined;
  switch (compute.kind) {
    case 'computeCluster':
      return { computeType: 'AmlCompute', properties: clusterProperties(compute, subnet) };
    case 'computeInstance':
      return { computeType: 'ComputeInstance', properties: instanceProperties(compute, subnet) };
    case 'virtualMachine':
    case 'hdinsight':
      return {
        computeType: computeKindTraits(compute.kind).armComputeType,
        resourceId: compute.resourceId,
        properties: {
          sshPort: compute.sshPort,
          administratorAccount: { username: p('adminUsername'), privateKeyData: p('adminPrivateKey') },
        },
      };
    case 'databricks':
      return {
        computeType: 'Databricks',
        resourceId: {
          ref: 'id',
          scope: 'workspace',
          type: 'Microsoft.Databricks/workspaces',
          names: [compute.workspaceName],
        },
        properties: {
          databricksAccessToken: p('databricksAccessToken'),
          workspaceUrl: { ref: 'property', key: WORKSPACE_KEYS.databricks, property: 'workspaceUrl' },
        },
      };
    case 'serverless':
      return undefined;
  }
}

/**
 * The workspace settings the plan changes, and nothing else: serverless compute's subnet, or the
 * managed network (provisioned at once, so compute created after it finds it ready). Every format
 * keeps the workspace's other properties as they are (REQUIREMENTS.md §12 `workspace-put-resets`).
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-managed-network#manually-provision-a-managed-vnet
 */
function workspaceChanges(model: DeploymentModel): ValueObject | undefined {
  const { compute, workspace } = model;
  const changes: Record<string, ValueObject | boolean> = {};
  if (compute.kind === 'serverless' && model.network) {
    changes.serverlessComputeSettings = {
      serverlessComputeCustomSubnet: computeSubnetId(),
      serverlessComputeNoPublicIP: !compute.publicIp,
    };
  }
  if (workspace.managedNetworkMode) {
    const mode =
      workspace.managedNetworkMode === 'allowOnlyApprovedOutbound'
        ? 'AllowOnlyApprovedOutbound'
        : 'AllowInternetOutbound';
    changes.managedNetwork = { isolationMode: mode };
    changes.provisionNetworkNow = true;
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}

function workspaceResource(model: DeploymentModel, networkKeys: readonly string[]): AzureResource {
  const changes = workspaceChanges(model);
  const name = [p('workspaceName')];
  const base = {
    key: WORKSPACE_KEYS.workspace,
    type: WORKSPACES,
    apiVersion: ML,
    scope: 'workspace',
    name,
  } as const;
  return changes
    ? {
        ...base,
        action: 'update',
        dependsOn: networkKeys,
        properties: changes,
        summary: `Workspace ${model.workspace.name}: ${Object.keys(changes).join(', ')} changed, every other setting kept`,
      }
    : {
        ...base,
        action: 'reference',
        dependsOn: [],
        properties: {},
        summary: `Existing workspace ${model.workspace.name}`,
      };
}

function databricksResource(compute: Compute<'databricks'>, networkKeys: readonly string[]): AzureResource {
  return {
    key: WORKSPACE_KEYS.databricks,
    type: 'Microsoft.Databricks/workspaces',
    apiVersion: API_VERSIONS.databricks,
    scope: 'workspace',
    action: 'create',
    name: [compute.workspaceName],
    location: p('location'),
    sku: { name: 'premium' },
    dependsOn: networkKeys,
    properties: {
      managedResourceGroupId: { ref: 'resourceGroupId', name: `${compute.workspaceName}-managed` },
      parameters: {
        customVirtualNetworkId: { value: vnetId() },
        customPublicSubnetName: { value: p('publicSubnetName') },
        customPrivateSubnetName: { value: p('privateSubnetName') },
        enableNoPublicIp: { value: !compute.publicIp },
      },
    },
    summary: `New Azure Databricks workspace ${compute.workspaceName} in the VNet`,
  };
}

function attachCondition(compute: ComputeModel): readonly ConditionClause[] | undefined {
  if (!computeKindTraits(compute.kind).attached) return undefined;
  const deploy: ConditionClause = { kind: 'paramTrue', name: DEPLOY_COMPUTE_PARAM };
  return compute.kind === 'databricks'
    ? [deploy, { kind: 'paramNotEmpty', name: 'databricksAccessToken' }]
    : [deploy];
}

/**
 * The workspace-scope resources: the workspace (updated or referenced), a Databricks workspace, and
 * the compute or attach, after every network change and after the workspace's settings change.
 * @see https://learn.microsoft.com/azure/templates/microsoft.machinelearningservices/workspaces/computes
 */
export function workspaceResources(model: DeploymentModel, networkKeys: readonly string[]): AzureResource[] {
  const compute = model.compute;
  const workspace = workspaceResource(model, networkKeys);
  const out: AzureResource[] = [workspace];
  const after = workspace.action === 'update' ? [...networkKeys, workspace.key] : [...networkKeys];
  if (compute.kind === 'databricks') {
    const databricks = databricksResource(compute, networkKeys);
    out.push(databricks);
    after.splice(0, after.length, databricks.key);
  }
  const body = computeBody(model);
  if (!body || !('name' in compute)) return out;
  const condition = attachCondition(compute);
  const traits = computeKindTraits(compute.kind);
  out.push({
    key: WORKSPACE_KEYS.compute,
    type: COMPUTES,
    apiVersion: ML,
    scope: 'workspace',
    action: 'create',
    name: [p('workspaceName'), p('computeName')],
    location: p('location'),
    dependsOn: after,
    ...(condition ? { condition } : {}),
    properties: body,
    summary: `${traits.attached ? 'Attach' : 'New'} ${traits.words} ${compute.name}`,
  });
  return out;
}
