import { computeKindTraits } from '../catalog/computeKinds.ts';
import type { DeploymentModel, SubnetModel, SubnetRole } from './model.ts';
import { networkHasChanges } from './modelNetwork.ts';
import { privateConnectivityResources } from './privateConnectivity.ts';

/**
 * A deployment parameter: what a platform team changes between environments (names, region,
 * prefixes) and secrets that must never sit in a file. ARM and Bicep print the same list.
 */
export interface ParamSpec {
  readonly name: string;
  readonly type: 'string' | 'int' | 'bool' | 'array' | 'secureString';
  readonly description: string;
  /** The plan's value; absent for a value the user must supply (secrets, ids the plan doesn't know). */
  readonly value?: string | number | boolean | readonly string[];
  readonly allowed?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minValue?: number;
  readonly maxValue?: number;
  /** The network deployment (nested template / module) needs it too. */
  readonly network?: boolean;
}

/** Name of the parameter that skips an attach on re-runs (an attach fails when the compute exists). */
export const DEPLOY_COMPUTE_PARAM = 'deployCompute';

const SUBNET_PARAM: Readonly<Record<SubnetRole, string>> = {
  compute: 'subnet',
  databricksPublic: 'publicSubnet',
  databricksPrivate: 'privateSubnet',
  other: 'otherSubnet',
};

/** Names of the parameters that hold a subnet's name and prefix. */
export function subnetParamNames(subnet: SubnetModel): { name: string; prefix: string } {
  const base = SUBNET_PARAM[subnet.role];
  return { name: `${base}Name`, prefix: `${base}Prefix` };
}

function networkParams(model: DeploymentModel): ParamSpec[] {
  const network = model.network;
  if (!network) return [];
  // Attached compute is found by its resource id: the network is a parameter only when something is deployed
  // into it (a changed network, or a private endpoint, zone, link or peering).
  const traits = computeKindTraits(model.compute.kind);
  const deploysPrivateLink =
    model.privateLink !== undefined && privateConnectivityResources(model.privateLink).resources.length > 0;
  if (traits.attached && traits.usesComputeSubnet && !networkHasChanges(network) && !deploysPrivateLink)
    return [];
  const params: ParamSpec[] = [
    {
      name: 'vnetSubscriptionId',
      type: 'string',
      value: network.subscriptionId,
      description: 'Subscription of the virtual network.',
    },
    {
      name: 'vnetResourceGroup',
      type: 'string',
      value: network.resourceGroup,
      description: 'Resource group of the virtual network.',
      minLength: 1,
      maxLength: 90,
    },
    {
      name: 'vnetName',
      type: 'string',
      value: network.vnet.name,
      description: 'Virtual network name.',
      minLength: 2,
      maxLength: 64,
      network: true,
    },
  ];
  if (network.vnet.mode === 'new') {
    params.push({
      name: 'vnetAddressPrefixes',
      type: 'array',
      value: network.vnet.addressSpace,
      description: 'Address space of the new virtual network.',
      network: true,
    });
  }
  for (const subnet of network.subnets.filter((s) => s.role !== 'other')) {
    const names = subnetParamNames(subnet);
    params.push({
      name: names.name,
      type: 'string',
      value: subnet.name,
      description: `Name of the ${subnetWords(subnet)}.`,
      minLength: 1,
      maxLength: 80,
      network: true,
    });
    if (subnet.action === 'create') {
      params.push({
        name: names.prefix,
        type: 'string',
        value: subnet.addressPrefix,
        description: `Address prefix of the ${subnetWords(subnet)}.`,
        network: true,
      });
    }
  }
  if (
    network.routeTable &&
    network.routeTable.routes.some((route) => route.nextHopType === 'VirtualAppliance')
  ) {
    const ip = network.routeTable.routes.find((route) => route.nextHopIpAddress)?.nextHopIpAddress ?? '';
    params.push({
      name: 'applianceIp',
      type: 'string',
      value: ip,
      description: 'Private IP of the firewall or network virtual appliance (next hop of 0.0.0.0/0).',
      network: true,
    });
  }
  return params;
}

function subnetWords(subnet: SubnetModel): string {
  if (subnet.role === 'databricksPublic') return 'Databricks host (public) subnet';
  if (subnet.role === 'databricksPrivate') return 'Databricks container (private) subnet';
  return 'compute subnet';
}

function computeParams(model: DeploymentModel): ParamSpec[] {
  const compute = model.compute;
  const params: ParamSpec[] = [];
  if ('name' in compute) {
    const length = computeKindTraits(compute.kind).nameLength ?? { min: 2, max: 24 };
    params.push({
      name: 'computeName',
      type: 'string',
      value: compute.name,
      description: 'Name of the compute in the workspace.',
      minLength: length.min,
      maxLength: length.max,
    });
  }
  if (compute.kind === 'computeCluster' || compute.kind === 'computeInstance') {
    params.push({
      name: 'vmSize',
      type: 'string',
      value: compute.vmSize,
      description: 'Virtual machine size of the compute.',
    });
    if (compute.ssh && compute.kind === 'computeCluster') {
      params.push({
        name: 'adminUsername',
        type: 'string',
        value: 'azureuser',
        description: 'SSH user name on the nodes.',
      });
    }
    if (compute.ssh) {
      params.push({
        name: 'adminPublicKey',
        type: 'secureString',
        description: 'SSH public key (contents of ~/.ssh/id_rsa.pub or similar).',
      });
    }
  }
  if (compute.kind === 'virtualMachine' || compute.kind === 'hdinsight') {
    params.push({
      name: 'adminUsername',
      type: 'string',
      description: 'SSH user Azure Machine Learning signs in with.',
    });
    params.push({
      name: 'adminPrivateKey',
      type: 'secureString',
      description: 'SSH private key of that user.',
    });
  }
  if (computeKindTraits(compute.kind).attached) {
    params.push({
      name: DEPLOY_COMPUTE_PARAM,
      type: 'bool',
      value: true,
      description:
        'Attach the compute. Set to false on re-runs once it is attached: attaching an existing compute fails.',
    });
  }
  if (compute.kind === 'databricks') {
    params.push({
      name: 'databricksAccessToken',
      type: 'secureString',
      description: 'Databricks personal access token Azure Machine Learning uses to submit jobs.',
    });
  }
  return params;
}

/** The parameters of the ARM template and the Bicep file, in print order. */
export function deploymentParams(model: DeploymentModel): ParamSpec[] {
  return [
    {
      name: 'workspaceName',
      type: 'string',
      value: model.workspace.name,
      description: 'Azure Machine Learning workspace name.',
      minLength: 3,
      maxLength: 33,
    },
    {
      name: 'location',
      type: 'string',
      value: model.compute.region,
      description: 'Region of the compute (and of its virtual network).',
      network: true,
    },
    ...computeParams(model),
    ...networkParams(model),
  ];
}
