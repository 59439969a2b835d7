import type { DeploymentModel } from '../../resources/model.ts';
import { subnetVariables } from './network.ts';
import { block, ref, type HclBlock, type HclValue } from './print.ts';

function variable(
  name: string,
  type: string,
  description: string,
  value?: HclValue,
  sensitive = false,
): HclBlock {
  return block(
    'variable',
    [name],
    [
      ['type', ref(type)],
      ['description', description],
      ['default', value],
      ['sensitive', sensitive ? true : undefined],
    ],
  );
}

/** The input variables: what a platform team changes (names, region, prefixes) and the secrets. */
export function variables(model: DeploymentModel, withNetwork: boolean): HclBlock[] {
  const { workspace, compute, network } = model;
  const out = [
    variable('workspace_name', 'string', 'Azure Machine Learning workspace name.', workspace.name),
    variable(
      'workspace_resource_group',
      'string',
      "The workspace's resource group.",
      workspace.resourceGroup,
    ),
    variable('location', 'string', 'Region of the compute (and of its virtual network).', compute.region),
  ];
  if ('name' in compute)
    out.push(variable('compute_name', 'string', 'Name of the compute in the workspace.', compute.name));
  if (compute.kind === 'computeCluster' || compute.kind === 'computeInstance') {
    out.push(variable('vm_size', 'string', 'Virtual machine size of the compute.', compute.vmSize));
    if (compute.ssh)
      out.push(variable('ssh_public_key', 'string', 'SSH public key for the nodes.', undefined, true));
  }
  if (compute.kind === 'virtualMachine' || compute.kind === 'hdinsight') {
    out.push(variable('admin_username', 'string', 'SSH user Azure Machine Learning signs in with.'));
    out.push(variable('admin_private_key', 'string', 'SSH private key of that user.', undefined, true));
    out.push(
      variable(
        'deploy_compute',
        'bool',
        'Attach the compute. Set to false when it is already attached: attaching it again fails.',
        true,
      ),
    );
  }
  if (network && withNetwork) {
    out.push(
      variable(
        'vnet_subscription_id',
        'string',
        'Subscription of the virtual network.',
        network.subscriptionId,
      ),
    );
    out.push(
      variable(
        'vnet_resource_group',
        'string',
        'Resource group of the virtual network.',
        network.resourceGroup,
      ),
    );
    out.push(variable('vnet_name', 'string', 'Virtual network name.', network.vnet.name));
    if (network.vnet.mode === 'new')
      out.push(
        variable('vnet_address_space', 'list(string)', 'Address space of the new virtual network.', [
          ...network.vnet.addressSpace,
        ]),
      );
    for (const subnet of network.subnets.filter((s) => s.role !== 'other')) {
      const vars = subnetVariables(subnet);
      out.push(variable(vars.name, 'string', `Name of the ${subnet.role} subnet.`, subnet.name));
      if (subnet.action === 'create')
        out.push(
          variable(
            vars.prefix,
            'string',
            `Address prefix of the ${subnet.role} subnet.`,
            subnet.addressPrefix,
          ),
        );
    }
    const appliance = network.routeTable?.routes.find((route) => route.nextHopIpAddress)?.nextHopIpAddress;
    if (appliance)
      out.push(
        variable(
          'appliance_ip',
          'string',
          'Private IP of the firewall or appliance (next hop of 0.0.0.0/0).',
          appliance,
        ),
      );
  }
  return out;
}
