import { API_VERSIONS } from '../apiVersions.ts';
import type { ComputeModel, DeploymentModel } from '../../resources/model.ts';
import { isoSeconds } from '../../resources/model.ts';
import { armExpressionString as lit, armLiteral, expr, param } from './escape.ts';
import type { ArmResource, Json, JsonObject } from './template.ts';

const ML = API_VERSIONS.machineLearning;

/** Name of the nested deployment that holds the network resources. */
export const NETWORK_DEPLOYMENT = 'aml-network';

/** Id of the nested network deployment, in the network's subscription and resource group. */
export const networkDeploymentId = expr(
  `resourceId(${param('vnetSubscriptionId')}, ${param('vnetResourceGroup')}, 'Microsoft.Resources/deployments', ${lit(NETWORK_DEPLOYMENT)})`,
);

/** Id of a subnet of the plan's VNet, which may be in another resource group or subscription. */
export const subnetIdExpression = (subnetParam: string): string =>
  expr(
    `resourceId(${param('vnetSubscriptionId')}, ${param('vnetResourceGroup')}, 'Microsoft.Network/virtualNetworks/subnets', ${param('vnetName')}, ${param(subnetParam)})`,
  );

const computeName = expr(`format('{0}/{1}', ${param('workspaceName')}, ${param('computeName')})`);

function clusterProperties(compute: Extract<ComputeModel, { kind: 'computeCluster' }>, subnet?: string) {
  return {
    computeType: 'AmlCompute',
    properties: {
      vmSize: expr(param('vmSize')),
      vmPriority: compute.priority,
      scaleSettings: {
        minNodeCount: compute.minNodes,
        maxNodeCount: compute.maxNodes,
        nodeIdleTimeBeforeScaleDown: isoSeconds(compute.idleSeconds),
      },
      ...(subnet ? { subnet: { id: subnet } } : {}),
      enableNodePublicIp: compute.publicIp,
      remoteLoginPortPublicAccess: compute.ssh ? 'Enabled' : 'Disabled',
      ...(compute.ssh
        ? {
            userAccountCredentials: {
              adminUserName: expr(param('adminUsername')),
              adminUserSshPublicKey: expr(param('adminPublicKey')),
            },
          }
        : {}),
    },
  };
}

function instanceProperties(compute: Extract<ComputeModel, { kind: 'computeInstance' }>, subnet?: string) {
  return {
    computeType: 'ComputeInstance',
    properties: {
      vmSize: expr(param('vmSize')),
      ...(subnet ? { subnet: { id: subnet } } : {}),
      enableNodePublicIp: compute.publicIp,
      sshSettings: compute.ssh
        ? { sshPublicAccess: 'Enabled', adminPublicKey: expr(param('adminPublicKey')) }
        : { sshPublicAccess: 'Disabled' },
    },
  };
}

function attachProperties(compute: Extract<ComputeModel, { kind: 'virtualMachine' | 'hdinsight' }>) {
  return {
    computeType: compute.kind === 'virtualMachine' ? 'VirtualMachine' : 'HDInsight',
    resourceId: armLiteral(compute.resourceId),
    properties: {
      sshPort: compute.sshPort,
      administratorAccount: {
        username: expr(param('adminUsername')),
        privateKeyData: expr(param('adminPrivateKey')),
      },
    },
  };
}

function computeResource(properties: JsonObject, dependsOn: string[], condition?: string): ArmResource {
  return {
    type: 'Microsoft.MachineLearningServices/workspaces/computes',
    apiVersion: ML,
    name: computeName,
    ...(condition ? { condition } : {}),
    location: expr(param('location')),
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
    properties,
  };
}

/** The Databricks workspace with VNet injection, then its attachment (once a token is supplied). */
function databricksResources(model: DeploymentModel, dependsOn: string[]): ArmResource[] {
  const compute = model.compute;
  if (compute.kind !== 'databricks') return [];
  const name = lit(compute.workspaceName);
  const vnetId = `resourceId(${param('vnetSubscriptionId')}, ${param('vnetResourceGroup')}, 'Microsoft.Network/virtualNetworks', ${param('vnetName')})`;
  const workspace: ArmResource = {
    type: 'Microsoft.Databricks/workspaces',
    apiVersion: API_VERSIONS.databricks,
    name: armLiteral(compute.workspaceName),
    location: expr(param('location')),
    sku: { name: 'premium' },
    dependsOn,
    properties: {
      managedResourceGroupId: expr(
        `subscriptionResourceId('Microsoft.Resources/resourceGroups', format('{0}-managed', ${name}))`,
      ),
      parameters: {
        customVirtualNetworkId: { value: expr(vnetId) },
        customPublicSubnetName: { value: expr(param('publicSubnetName')) },
        customPrivateSubnetName: { value: expr(param('privateSubnetName')) },
        enableNoPublicIp: { value: !compute.publicIp },
      },
    },
  };
  const dbxId = expr(`resourceId('Microsoft.Databricks/workspaces', ${name})`);
  const attach = computeResource(
    {
      computeType: 'Databricks',
      resourceId: dbxId,
      properties: {
        databricksAccessToken: expr(param('databricksAccessToken')),
        workspaceUrl: expr(`reference(${dbxId.slice(1, -1)}, ${lit(API_VERSIONS.databricks)}).workspaceUrl`),
      },
    },
    [dbxId],
    expr(`not(empty(${param('databricksAccessToken')}))`),
  );
  return [workspace, attach];
}

/**
 * The workspace restated with its network settings (serverless compute subnet, managed network).
 * ARM replaces the workspace's properties, so the ids of its associated resources are parameters.
 */
function workspaceResource(model: DeploymentModel, dependsOn: string[]): ArmResource[] {
  const { compute, workspace } = model;
  const settings: Record<string, Json> = {};
  if (compute.kind === 'serverless') {
    settings.serverlessComputeSettings = {
      serverlessComputeCustomSubnet: subnetIdExpression('subnetName'),
      serverlessComputeNoPublicIP: !compute.publicIp,
    };
  }
  if (workspace.managedNetworkMode) {
    const mode =
      workspace.managedNetworkMode === 'allowOnlyApprovedOutbound'
        ? 'AllowOnlyApprovedOutbound'
        : 'AllowInternetOutbound';
    settings.managedNetwork = { isolationMode: mode };
  }
  if (Object.keys(settings).length === 0) return [];
  return [
    {
      type: 'Microsoft.MachineLearningServices/workspaces',
      apiVersion: ML,
      name: expr(param('workspaceName')),
      location: armLiteral(workspace.region),
      identity: { type: 'SystemAssigned' },
      ...(dependsOn.length > 0 ? { dependsOn } : {}),
      properties: {
        storageAccount: expr(param('storageAccountId')),
        keyVault: expr(param('keyVaultId')),
        applicationInsights: expr(param('applicationInsightsId')),
        ...settings,
      },
    },
  ];
}

/** The workspace-scope resources: compute, attach, Databricks workspace, workspace settings. */
export function workspaceResources(model: DeploymentModel, networkDeployed: boolean): ArmResource[] {
  const compute = model.compute;
  const afterNetwork = networkDeployed ? [networkDeploymentId] : [];
  const subnet =
    model.network && compute.kind !== 'databricks' ? subnetIdExpression('subnetName') : undefined;
  const workspace = workspaceResource(model, afterNetwork);
  const afterWorkspace =
    workspace.length > 0
      ? [expr(`resourceId('Microsoft.MachineLearningServices/workspaces', ${param('workspaceName')})`)]
      : afterNetwork;
  switch (compute.kind) {
    case 'computeCluster':
      return [...workspace, computeResource(clusterProperties(compute, subnet), afterWorkspace)];
    case 'computeInstance':
      return [...workspace, computeResource(instanceProperties(compute, subnet), afterWorkspace)];
    case 'serverless':
      return workspace;
    case 'databricks':
      return databricksResources(model, afterNetwork);
    case 'virtualMachine':
    case 'hdinsight':
      return [computeResource(attachProperties(compute), afterNetwork)];
  }
}
