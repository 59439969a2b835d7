import { CATALOG_REVIEWED } from '../../catalog/docs.ts';
import { API_VERSIONS } from '../apiVersions.ts';
import { headerLines } from '../header.ts';
import type { DeploymentModel } from '../../resources/model.ts';
import { networkHasChanges } from '../../resources/modelNetwork.ts';
import { deploymentParams } from '../../resources/params.ts';
import type { GeneratedFile } from '../types.ts';
import { NETWORK_DEPLOYMENT, workspaceResources } from './compute.ts';
import { expr, param } from './escape.ts';
import { networkResources } from './network.ts';
import {
  armParameter,
  literalJson,
  PARAMETERS_SCHEMA,
  printJson,
  TEMPLATE_SCHEMA,
  type ArmParameter,
  type ArmResource,
  type ArmTemplate,
  type Json,
} from './template.ts';

/**
 * The network resources as a nested deployment into the VNet's subscription and resource group.
 * ARM deploys into one resource group per deployment; the compute belongs to the workspace's group
 * and the network often to a platform team's, so the network is always its own (inner-scoped)
 * deployment: the same template works whether or not the two groups are the same.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/templates/deploy-to-resource-group#deploy-to-multiple-resource-groups
 */
function networkDeployment(model: DeploymentModel): ArmResource | undefined {
  const network = model.network;
  if (!network || !networkHasChanges(network)) return undefined;
  const specs = deploymentParams(model).filter((spec) => spec.network);
  const innerParameters: Record<string, ArmParameter> = {};
  const passed: Record<string, { value: string }> = {};
  for (const spec of specs) {
    innerParameters[spec.name] = armParameter(spec, false);
    passed[spec.name] = { value: expr(param(spec.name)) };
  }
  const inner: ArmTemplate = {
    $schema: TEMPLATE_SCHEMA,
    contentVersion: '1.0.0.0',
    parameters: innerParameters,
    resources: networkResources(network),
  };
  return {
    type: 'Microsoft.Resources/deployments',
    apiVersion: API_VERSIONS.deployments,
    name: NETWORK_DEPLOYMENT,
    subscriptionId: expr(param('vnetSubscriptionId')),
    resourceGroup: expr(param('vnetResourceGroup')),
    properties: {
      mode: 'Incremental',
      expressionEvaluationOptions: { scope: 'inner' },
      parameters: passed,
      template: inner as unknown as Json,
    },
  };
}

/** The ARM template of a deployment model (deployed to the workspace's resource group). */
export function armTemplate(model: DeploymentModel): ArmTemplate {
  const network = networkDeployment(model);
  const parameters: Record<string, ArmParameter> = {};
  for (const spec of deploymentParams(model)) parameters[spec.name] = armParameter(spec, true);
  return {
    $schema: TEMPLATE_SCHEMA,
    contentVersion: '1.0.0.0',
    metadata: {
      generator: 'AML Network Wizard',
      description: headerLines(model, 'ARM template').join(' '),
      requirementsReviewed: CATALOG_REVIEWED,
    },
    parameters,
    resources: [...(network ? [network] : []), ...workspaceResources(model, network !== undefined)],
  };
}

/** The parameters file: every parameter the plan has a value for; secrets are passed at deploy time. */
export function armParameters(model: DeploymentModel): object {
  const parameters: Record<string, { value: unknown }> = {};
  for (const spec of deploymentParams(model)) {
    if (spec.value !== undefined && spec.type !== 'secureString')
      parameters[spec.name] = { value: literalJson(spec.value) };
  }
  return { $schema: PARAMETERS_SCHEMA, contentVersion: '1.0.0.0', parameters };
}

/** `azuredeploy.json` and `azuredeploy.parameters.json`. */
export function armFiles(model: DeploymentModel): GeneratedFile[] {
  return [
    { name: 'azuredeploy.json', language: 'json', content: printJson(armTemplate(model)) },
    { name: 'azuredeploy.parameters.json', language: 'json', content: printJson(armParameters(model)) },
  ];
}
