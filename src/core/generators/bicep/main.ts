import { API_VERSIONS } from '../apiVersions.ts';
import { commentBlock, headerLines } from '../header.ts';
import { isoSeconds, type ComputeModel, type DeploymentModel } from '../../resources/model.ts';
import { networkHasChanges } from '../../resources/modelNetwork.ts';
import { deploymentParams } from '../../resources/params.ts';
import type { GeneratedFile } from '../types.ts';
import { bicepString } from './escape.ts';
import { networkBicep } from './network.ts';
import { printParam, printResource, printValue, raw, type BicepValue } from './print.ts';

const ML = API_VERSIONS.machineLearning;
type Body = { [key: string]: BicepValue | undefined };

function computeProperties(compute: ComputeModel, subnet: BicepValue | undefined): Body | undefined {
  switch (compute.kind) {
    case 'computeCluster':
      return {
        computeType: 'AmlCompute',
        properties: {
          vmSize: raw('vmSize'),
          vmPriority: compute.priority,
          scaleSettings: {
            minNodeCount: compute.minNodes,
            maxNodeCount: compute.maxNodes,
            nodeIdleTimeBeforeScaleDown: isoSeconds(compute.idleSeconds),
          },
          subnet: subnet ? { id: subnet } : undefined,
          enableNodePublicIp: compute.publicIp,
          remoteLoginPortPublicAccess: compute.ssh ? 'Enabled' : 'Disabled',
          userAccountCredentials: compute.ssh
            ? { adminUserName: raw('adminUsername'), adminUserSshPublicKey: raw('adminPublicKey') }
            : undefined,
        },
      };
    case 'computeInstance':
      return {
        computeType: 'ComputeInstance',
        properties: {
          vmSize: raw('vmSize'),
          subnet: subnet ? { id: subnet } : undefined,
          enableNodePublicIp: compute.publicIp,
          sshSettings: compute.ssh
            ? { sshPublicAccess: 'Enabled', adminPublicKey: raw('adminPublicKey') }
            : { sshPublicAccess: 'Disabled' },
        },
      };
    case 'virtualMachine':
    case 'hdinsight':
      return {
        computeType: compute.kind === 'virtualMachine' ? 'VirtualMachine' : 'HDInsight',
        resourceId: compute.resourceId,
        properties: {
          sshPort: compute.sshPort,
          administratorAccount: { username: raw('adminUsername'), privateKeyData: raw('adminPrivateKey') },
        },
      };
    default:
      return undefined;
  }
}

function workspaceDeclaration(
  model: DeploymentModel,
  subnet: BicepValue | undefined,
  after: BicepValue[],
): { text: string; deployed: boolean } {
  const { compute, workspace } = model;
  const serverless =
    compute.kind === 'serverless' && subnet
      ? { serverlessComputeCustomSubnet: subnet, serverlessComputeNoPublicIP: !compute.publicIp }
      : undefined;
  const mode = workspace.managedNetworkMode;
  if (!serverless && !mode) {
    const text = printResource(
      'workspace',
      `Microsoft.MachineLearningServices/workspaces@${ML}`,
      { name: raw('workspaceName') },
      true,
    );
    return { text, deployed: false };
  }
  const text = printResource('workspace', `Microsoft.MachineLearningServices/workspaces@${ML}`, {
    name: raw('workspaceName'),
    location: workspace.region,
    identity: { type: 'SystemAssigned' },
    properties: {
      storageAccount: raw('storageAccountId'),
      keyVault: raw('keyVaultId'),
      applicationInsights: raw('applicationInsightsId'),
      serverlessComputeSettings: serverless,
      managedNetwork: mode
        ? {
            isolationMode:
              mode === 'allowOnlyApprovedOutbound' ? 'AllowOnlyApprovedOutbound' : 'AllowInternetOutbound',
          }
        : undefined,
    },
    dependsOn: after.length > 0 ? after : undefined,
  });
  return { text, deployed: true };
}

function databricksDeclarations(model: DeploymentModel, after: BicepValue[]): string[] {
  const compute = model.compute;
  if (compute.kind !== 'databricks') return [];
  const databricks = printResource(
    'databricks',
    `Microsoft.Databricks/workspaces@${API_VERSIONS.databricks}`,
    {
      name: compute.workspaceName,
      location: raw('location'),
      sku: { name: 'premium' },
      properties: {
        managedResourceGroupId: raw(
          `subscriptionResourceId('Microsoft.Resources/resourceGroups', ${bicepString(`${compute.workspaceName}-managed`)})`,
        ),
        parameters: {
          customVirtualNetworkId: { value: raw('vnet.id') },
          customPublicSubnetName: { value: raw('publicSubnetName') },
          customPrivateSubnetName: { value: raw('privateSubnetName') },
          enableNoPublicIp: { value: !compute.publicIp },
        },
      },
      dependsOn: after.length > 0 ? after : undefined,
    },
  );
  const attach = `// Attaches the workspace once a Databricks access token is supplied (create it in the Databricks workspace first).
resource compute 'Microsoft.MachineLearningServices/workspaces/computes@${ML}' = if (!empty(databricksAccessToken)) ${printValue(
    {
      parent: raw('workspace'),
      name: raw('computeName'),
      location: raw('location'),
      properties: {
        computeType: 'Databricks',
        resourceId: raw('databricks.id'),
        properties: {
          databricksAccessToken: raw('databricksAccessToken'),
          workspaceUrl: raw('databricks.properties.workspaceUrl'),
        },
      },
    },
  )}\n`;
  return [databricks, attach];
}

function networkDeclarations(model: DeploymentModel): {
  text: string[];
  after: BicepValue[];
  subnet?: BicepValue;
} {
  const network = model.network;
  if (!network) return { text: [], after: [] };
  const specs = deploymentParams(model).filter((spec) => spec.network);
  const deployed = networkHasChanges(network);
  const module = deployed
    ? [
        `module network 'network.bicep' = ${printValue({
          name: 'aml-network',
          scope: raw('resourceGroup(vnetSubscriptionId, vnetResourceGroup)'),
          params: Object.fromEntries(specs.map((spec) => [spec.name, raw(spec.name)])),
        })}\n`,
      ]
    : [];
  const vnet = printResource(
    'vnet',
    `Microsoft.Network/virtualNetworks@${API_VERSIONS.network}`,
    {
      name: raw('vnetName'),
      scope: raw('resourceGroup(vnetSubscriptionId, vnetResourceGroup)'),
    },
    true,
  );
  const usesSubnet = model.compute.kind !== 'databricks';
  const subnet = usesSubnet
    ? [
        printResource(
          'computeSubnet',
          `Microsoft.Network/virtualNetworks/subnets@${API_VERSIONS.network}`,
          { parent: raw('vnet'), name: raw('subnetName') },
          true,
        ),
      ]
    : [];
  return {
    text: [...module, vnet, ...subnet],
    after: deployed ? [raw('network')] : [],
    ...(usesSubnet ? { subnet: raw('computeSubnet.id') } : {}),
  };
}

/** `main.bicep`, deployed to the workspace's resource group, and `network.bicep` when the network changes. */
export function bicepFiles(model: DeploymentModel): GeneratedFile[] {
  const network = networkDeclarations(model);
  const workspace = workspaceDeclaration(model, network.subnet, network.after);
  const after = workspace.deployed ? [] : network.after;
  const properties = computeProperties(model.compute, network.subnet);
  const compute = properties
    ? [
        printResource('compute', `Microsoft.MachineLearningServices/workspaces/computes@${ML}`, {
          parent: raw('workspace'),
          name: raw('computeName'),
          location: raw('location'),
          properties,
          dependsOn: after.length > 0 ? after : undefined,
        }),
      ]
    : [];
  const main = [
    `${commentBlock(headerLines(model, 'Bicep template'), '//')}\n`,
    `metadata description = ${bicepString('Azure Machine Learning training compute in a virtual network (AML Network Wizard).')}\n`,
    ...deploymentParams(model).map((spec) => printParam(spec, true)),
    ...network.text,
    workspace.text,
    ...databricksDeclarations(model, network.after),
    ...compute,
  ].join('\n');
  const files: GeneratedFile[] = [
    { name: 'main.bicep', language: 'bicep', content: main },
    { name: 'main.bicepparam', language: 'bicep', content: bicepParamFile(model) },
  ];
  if (model.network && networkHasChanges(model.network)) {
    files.push({ name: 'network.bicep', language: 'bicep', content: networkBicep(model, model.network) });
  }
  return files;
}

/** `main.bicepparam`: the plan's values; secrets are read from environment variables at deploy time. */
function bicepParamFile(model: DeploymentModel): string {
  const lines = [commentBlock(headerLines(model, 'Bicep parameters'), '//'), '', "using 'main.bicep'", ''];
  for (const spec of deploymentParams(model)) {
    if (spec.type === 'secureString') {
      lines.push(`param ${spec.name} = readEnvironmentVariable(${bicepString(envName(spec.name))}, '')`);
    } else if (spec.value !== undefined) {
      lines.push(`param ${spec.name} = ${printValue(spec.value as BicepValue)}`);
    } else {
      lines.push(`param ${spec.name} = readEnvironmentVariable(${bicepString(envName(spec.name))})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Environment variable a parameter without a value in the plan is read from (`adminPublicKey` → `ADMIN_PUBLIC_KEY`). */
export function envName(paramName: string): string {
  return paramName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
