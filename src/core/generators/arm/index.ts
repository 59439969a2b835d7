import { CATALOG_REVIEWED } from '../../catalog/docs.ts';
import {
  isDeployed,
  parametersUsed,
  resourcesOf,
  type AzureResource,
  type DeploymentModel,
  type DeploymentResources,
  type ParamSpec,
} from '../../resources/index.ts';
import { headerLines } from '../header.ts';
import type { GeneratedFile } from '../types.ts';
import { expr, param } from './escape.ts';
import {
  armResource,
  armValue,
  currentStateExpr,
  DEPLOYMENTS_API,
  NETWORK_DEPLOYMENT,
  updateDeploymentName,
  updateNames,
  type ArmContext,
} from './resources.ts';
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
  type JsonObject,
} from './template.ts';

/**
 * A nested deployment with its own template: parameters it uses are passed through, and the current
 * state of each resource it updates is read here, above it (a template can't read what it deploys).
 * @see https://learn.microsoft.com/azure/azure-resource-manager/templates/linked-templates#expression-evaluation-scope-in-nested-templates
 */
function nestedDeployment(
  set: DeploymentResources,
  name: string,
  resources: readonly ArmResource[],
  deployed: readonly AzureResource[],
  outer: ArmContext,
  variables: JsonObject,
): {
  parameters: Record<string, ArmParameter>;
  passed: Record<string, { value: Json }>;
  template: ArmTemplate;
  name: string;
} {
  const used = parametersUsed(deployed);
  const specs = set.parameters.filter((spec: ParamSpec) => used.has(spec.name));
  const parameters: Record<string, ArmParameter> = {};
  const passed: Record<string, { value: Json }> = {};
  for (const spec of specs) {
    parameters[spec.name] = armParameter(spec, false);
    passed[spec.name] = { value: expr(param(spec.name)) };
  }
  for (const resource of deployed.filter((r) => r.action === 'update')) {
    const { current } = updateNames(resource);
    parameters[current] = {
      type: 'object',
      metadata: {
        description:
          'The resource as it is now, read before the update so that only the changes are applied.',
      },
    };
    passed[current] = { value: currentStateExpr(resource, outer) };
  }
  const template: ArmTemplate = {
    $schema: TEMPLATE_SCHEMA,
    contentVersion: '1.0.0.0',
    parameters,
    ...(Object.keys(variables).length > 0 ? { variables } : {}),
    resources,
  };
  return { parameters, passed, template, name };
}

function changesVariables(deployed: readonly AzureResource[], ctx: ArmContext): JsonObject {
  const variables: Record<string, Json> = {};
  for (const resource of deployed.filter((r) => r.action === 'update')) {
    variables[updateNames(resource).changes] = armValue(resource.properties, ctx);
  }
  return variables;
}

function deploymentResource(
  nested: ReturnType<typeof nestedDeployment>,
  where: { subscriptionId?: string; resourceGroup?: string; dependsOn?: readonly string[] },
): ArmResource {
  return {
    type: 'Microsoft.Resources/deployments',
    apiVersion: DEPLOYMENTS_API,
    name: nested.name,
    ...where,
    properties: {
      mode: 'Incremental',
      expressionEvaluationOptions: { scope: 'inner' },
      parameters: nested.passed,
      template: nested.template as unknown as Json,
    },
  };
}

/**
 * The network resources as a nested deployment into the VNet's subscription and resource group.
 * ARM deploys into one resource group per deployment; the compute belongs to the workspace's group
 * and the network often to a platform team's, so the network is always its own (inner-scoped)
 * deployment: the same template works whether or not the two groups are the same.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/templates/deploy-to-resource-group#deploy-to-multiple-resource-groups
 */
function networkDeployment(set: DeploymentResources, byKey: ArmContext['byKey']): ArmResource | undefined {
  const deployed = set.resources.filter((r) => r.scope === 'network' && isDeployed(r));
  if (deployed.length === 0) return undefined;
  const inner: ArmContext = { scope: 'network', byKey, nested: true };
  const outer: ArmContext = { scope: 'workspace', byKey, nested: false };
  const resources = deployed.map((r) => armResource(r, inner));
  const nested = nestedDeployment(
    set,
    NETWORK_DEPLOYMENT,
    resources,
    deployed,
    outer,
    changesVariables(deployed, inner),
  );
  return deploymentResource(nested, {
    subscriptionId: expr(param('vnetSubscriptionId')),
    resourceGroup: expr(param('vnetResourceGroup')),
  });
}

/**
 * An existing workspace-group resource updated in place: a nested deployment puts it back with its
 * current location, identity, SKU, kind and tags, and its current properties merged with the
 * changes, so create-only settings (encryption, hbiWorkspace, registry) and public network access
 * stay as they are (REQUIREMENTS.md §12 `workspace-put-resets`).
 */
function updateDeployment(
  set: DeploymentResources,
  resource: AzureResource,
  byKey: ArmContext['byKey'],
): ArmResource {
  const ctx: ArmContext = { scope: 'workspace', byKey, nested: true };
  const top: ArmContext = { scope: 'workspace', byKey, nested: false };
  const current = param(updateNames(resource).current);
  const body = armResource({ ...resource, dependsOn: [] }, ctx);
  const inner: ArmResource = {
    ...body,
    location: expr(`${current}.location`),
    identity: expr(`${current}.identity`),
    sku: expr(`${current}.sku`),
    kind: expr(`${current}.kind`),
    tags: expr(`if(contains(${current}, 'tags'), ${current}.tags, createObject())`),
  };
  const nested = nestedDeployment(
    set,
    updateDeploymentName(resource),
    [inner],
    [resource],
    top,
    changesVariables([resource], ctx),
  );
  const deps = armResource(resource, top).dependsOn;
  return deploymentResource(nested, deps ? { dependsOn: deps } : {});
}

/** The ARM template of a deployment model (deployed to the workspace's resource group). */
export function armTemplate(model: DeploymentModel): ArmTemplate {
  const set = resourcesOf(model);
  const byKey = new Map(set.resources.map((r) => [r.key, r] as const));
  const top: ArmContext = { scope: 'workspace', byKey, nested: false };
  const network = networkDeployment(set, byKey);
  const workspace = set.resources
    .filter((r) => r.scope === 'workspace' && isDeployed(r))
    .map((r) => (r.action === 'update' ? updateDeployment(set, r, byKey) : armResource(r, top)));
  const parameters: Record<string, ArmParameter> = {};
  for (const spec of set.parameters) parameters[spec.name] = armParameter(spec, true);
  return {
    $schema: TEMPLATE_SCHEMA,
    contentVersion: '1.0.0.0',
    metadata: {
      generator: 'AML Network Wizard',
      description: headerLines(model, 'ARM template').join(' '),
      requirementsReviewed: CATALOG_REVIEWED,
    },
    parameters,
    resources: [...(network ? [network] : []), ...workspace],
  };
}

/** The parameters file: every parameter the plan has a value for; secrets are passed at deploy time. */
export function armParameters(model: DeploymentModel): object {
  const parameters: Record<string, { value: unknown }> = {};
  for (const spec of resourcesOf(model).parameters) {
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
