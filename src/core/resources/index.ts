/**
 * The Azure resources a bundle deploys, built once from the plan: every printer (ARM, Bicep,
 * Terraform, the CLI script, YAML, Python, README) reads this, so every format makes the same change.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
import type { Plan } from '../model/index.ts';
import type { ServiceTagsInput } from '../rules/index.ts';
import { buildModel, type DeploymentModel } from './model.ts';
import { networkResources } from './network.ts';
import { deploymentParams, type ParamSpec } from './params.ts';
import type { AzureResource } from './types.ts';
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

/** The resources of a model (for printers that already hold one). */
export function resourcesOf(model: DeploymentModel): DeploymentResources {
  const network = model.network ? networkResources(model.network) : [];
  const networkKeys = network.filter(isDeployed).map((resource) => resource.key);
  return {
    model,
    parameters: deploymentParams(model),
    resources: [...network, ...workspaceResources(model, networkKeys)],
  };
}

/**
 * The resources a schema-valid plan without error findings deploys; a Service Tags file gives the
 * IP-prefix routes when the plan uses them.
 */
export function buildResources(plan: Plan, serviceTags?: ServiceTagsInput): DeploymentResources {
  return resourcesOf(buildModel(plan, serviceTags));
}
