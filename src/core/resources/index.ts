/**
 * The Azure resources a bundle deploys, built once from the plan: every printer (ARM, Bicep,
 * Terraform, the CLI script, YAML, Python, README) reads this, so every format makes the same change.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
import type { Plan } from '../model/index.ts';
import type { ServiceTagsInput } from '../rules/index.ts';
import { buildModel, type DeploymentModel } from './model.ts';
import { NETWORK_KEYS, networkResources } from './network.ts';
import {
  endpointSubnetProperties,
  privateConnectivityResources,
  type PrivateLinkModel,
} from './privateConnectivity.ts';
import { deploymentParams, type ParamSpec } from './params.ts';
import type { AzureResource, Value } from './types.ts';
import { workspaceResources } from './workspace.ts';

export type * from './types.ts';
export { idOf, idRef, isRef, paramRef } from './types.ts';
export type * from './model.ts';
export { buildModel, isoSeconds, usesComputeSubnet } from './model.ts';
export { networkHasChanges, NAT_IDLE_TIMEOUT_DEFAULT } from './modelNetwork.ts';
export type { ParamSpec } from './params.ts';
export { deploymentParams, DEPLOY_COMPUTE_PARAM, subnetParamNames } from './params.ts';
export { NETWORK_KEYS, computeSubnetId, vnetId } from './network.ts';
export { WORKSPACE_KEYS } from './workspace.ts';
export { computeSettings, type ComputeSettings, type SubnetSetting } from './computeSettings.ts';
export {
  PRIVATE_CONNECTIVITY_KEYS,
  PRIVATE_DNS_API,
  privateConnectivityResources,
  privateLinkModel,
  zoneLinkOutOfScope,
  type OutOfScopeStep,
  type PrivateConnectivityResources,
  type PrivateLinkModel,
} from './privateConnectivity.ts';
export { parametersUsed } from './usage.ts';

/** What a bundle deploys: the parameters a user supplies and the resources, in dependency order. */
export interface DeploymentResources {
  /** The plan in the terms printers need (names, ids, prefixes, what is new). */
  readonly model: DeploymentModel;
  /** Parameters, in print order; resources refer to them with `ParamRef`. */
  readonly parameters: readonly ParamSpec[];
  /** Every resource, network first; `reference` resources are pointed at and never deployed. */
  readonly resources: readonly AzureResource[];
}

/** Whether a resource is deployed (created or updated) rather than only referenced. */
export const isDeployed = (resource: AzureResource): boolean => resource.action !== 'reference';

/** A new VNet with the endpoint subnet among its own subnets (see `privateConnectivityResources`). */
function withEndpointSubnet(network: readonly AzureResource[], link: PrivateLinkModel): AzureResource[] {
  const subnet = link.connectivity.endpointSubnet;
  if (!subnet || subnet.mode !== 'new') return [...network];
  return network.map((resource) => {
    const subnets = resource.properties.subnets;
    if (resource.key !== NETWORK_KEYS.vnet || !Array.isArray(subnets)) return resource;
    const added = { name: subnet.name, properties: endpointSubnetProperties(subnet.addressPrefix) };
    return { ...resource, properties: { ...resource.properties, subnets: [...(subnets as Value[]), added] } };
  });
}

/** The resources of a model (for printers that already hold one). */
export function resourcesOf(model: DeploymentModel): DeploymentResources {
  const parameters = deploymentParams(model);
  // Attached compute is found by its resource id: an unchanged network is not part of the deployment.
  const withNetwork = parameters.some((spec) => spec.name === 'vnetName');
  const built = model.network && withNetwork ? networkResources(model.network) : [];
  const networkKeys = built.filter(isDeployed).map((resource) => resource.key);
  const vnetParts = built.filter(
    (r) => isDeployed(r) && r.type.startsWith('Microsoft.Network/virtualNetworks'),
  );
  const newVnet = model.network?.vnet.mode === 'new';
  const privateLink = model.privateLink
    ? privateConnectivityResources(
        model.privateLink,
        vnetParts.map((r) => r.key),
        newVnet,
      ).resources
    : [];
  const network = newVnet && model.privateLink ? withEndpointSubnet(built, model.privateLink) : built;
  const beforeWorkspace = [...networkKeys, ...privateLink.filter(isDeployed).map((r) => r.key)];
  return {
    model,
    parameters,
    resources: [...network, ...privateLink, ...workspaceResources(model, beforeWorkspace)],
  };
}

/**
 * The resources a schema-valid plan without error findings deploys; a Service Tags file gives the
 * IP-prefix routes when the plan uses them.
 */
export function buildResources(plan: Plan, serviceTags?: ServiceTagsInput): DeploymentResources {
  return resourcesOf(buildModel(plan, serviceTags));
}
