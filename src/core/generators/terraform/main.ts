import { TOOL_VERSIONS } from '../apiVersions.ts';
import { commentBlock, headerLines } from '../header.ts';
import type { DeploymentModel } from '../../resources/model.ts';
import { networkHasChanges } from '../../resources/modelNetwork.ts';
import type { GeneratedFile } from '../types.ts';
import { computeBlocks, databricksBlocks, managedNetworkBlocks } from './compute.ts';
import { networkBlocks, subnetAddress } from './network.ts';
import { privateLinkBlocks } from './privateLink.ts';
import { block, printBlock, ref, type HclBlock, type HclEntry } from './print.ts';
import { variables } from './variables.ts';

function settings(model: DeploymentModel, withNetwork: boolean, usesAzapi: boolean): HclBlock[] {
  const providers: HclEntry[] = [
    ['azurerm', { source: 'hashicorp/azurerm', version: TOOL_VERSIONS.azurerm }],
  ];
  if (usesAzapi) providers.push(['azapi', { source: 'Azure/azapi', version: TOOL_VERSIONS.azapi }]);
  return [
    block(
      'terraform',
      [],
      [['required_version', TOOL_VERSIONS.terraform], block('required_providers', [], providers)],
    ),
    block(
      'provider',
      ['azurerm'],
      [block('features', [], []), ['subscription_id', model.workspace.subscriptionId]],
    ),
    ...(withNetwork
      ? [
          block(
            'provider',
            ['azurerm'],
            [
              ['alias', 'network'],
              block('features', [], []),
              ['subscription_id', ref('var.vnet_subscription_id')],
            ],
          ),
        ]
      : []),
    block(
      'data',
      ['azurerm_machine_learning_workspace', 'this'],
      [
        ['name', ref('var.workspace_name')],
        ['resource_group_name', ref('var.workspace_resource_group')],
      ],
    ),
  ];
}

/**
 * `main.tf` (Terraform, azurerm provider; azapi where azurerm has no argument): network resources,
 * then the compute with `subnet_resource_id` and `node_public_ip_enabled`.
 * @see https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/machine_learning_compute_cluster
 */
export function terraformFile(model: DeploymentModel): GeneratedFile {
  const network = model.network;
  const attached = model.compute.kind === 'virtualMachine' || model.compute.kind === 'hdinsight';
  const linkBlocks = network ? privateLinkBlocks(model, network) : [];
  // Attached compute is found by its resource id: an unchanged network is left out, unless the bundle
  // adds a private endpoint, zone, link or peering to it.
  const withNetwork =
    network !== undefined &&
    (!attached || networkHasChanges(network) || linkBlocks.some((b) => b.type === 'resource'));
  const subnet = network?.subnets.find((s) => s.role === 'compute');
  const subnetId = withNetwork && subnet && !attached ? ref(`${subnetAddress(subnet)}.id`) : undefined;
  // The compute waits for every network change (subnet, associations, NSG rules, routes, private
  // endpoints, zones and their links) to be in place, as it waits for ARM's network deployment.
  const netBlocks = withNetwork && network ? [...networkBlocks(network), ...linkBlocks] : [];
  const managed = managedNetworkBlocks(model);
  // Compute is created only after the switch to a managed network (managed-network-order).
  const after = [...netBlocks, ...managed]
    .filter((b) => b.type === 'resource')
    .map((b) => ref(`${b.labels[0]}.${b.labels[1]}`));
  const compute = [...managed, ...computeBlocks(model, subnetId, after), ...databricksBlocks(model, after)];
  const usesAzapi = compute.some((b) => b.labels[0]?.startsWith('azapi_'));
  const blocks = [
    ...settings(model, withNetwork, usesAzapi),
    ...variables(model, withNetwork),
    ...netBlocks,
    ...compute,
  ];
  const content = `${commentBlock(headerLines(model, 'Terraform configuration'), '#')}\n\n${blocks.map((b) => printBlock(b)).join('\n\n')}\n`;
  return { name: 'main.tf', language: 'hcl', content };
}
