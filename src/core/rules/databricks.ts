import { SDK_V1_SUPPORT_ENDED } from '../catalog/access.ts';
import { DOCS } from '../catalog/docs.ts';
import { DATABRICKS_SUBNET_SMALLEST_LENGTH, DATABRICKS_VNET_LENGTH } from '../catalog/limits.ts';
import { DATABRICKS_DEFAULT_SUBNET_NAME, DATABRICKS_DELEGATION } from '../catalog/subnets.ts';
import type { Plan, Subnet } from '../model/index.ts';
import { addressSpaceEntries, computeRegion, parsePrefixes, subnetCidr } from '../net/index.ts';
import type { FindingDraft, Rule } from './types.ts';

/**
 * REQUIREMENTS.md §6: Azure Databricks VNet injection, for a Databricks workspace attached as compute.
 * `dbx-udr` (forced tunnelling routes) belongs with the egress rules.
 * @see https://learn.microsoft.com/azure/databricks/security/network/classic/vnet-inject
 */

const none: readonly FindingDraft[] = [];

interface DatabricksSubnet {
  readonly path: string;
  /** "host (public)" or "container (private)", for messages. */
  readonly role: string;
  readonly subnet: Subnet;
}

function databricksSubnets(plan: Plan): DatabricksSubnet[] {
  const pair = plan.network?.databricks;
  if (!pair) return [];
  return [
    { path: 'network.databricks.publicSubnet', role: 'host (public)', subnet: pair.publicSubnet },
    { path: 'network.databricks.privateSubnet', role: 'container (private)', subnet: pair.privateSubnet },
  ];
}

const eachSubnet = (plan: Plan, draft: (s: DatabricksSubnet) => FindingDraft | undefined): FindingDraft[] =>
  databricksSubnets(plan).flatMap((s) => draft(s) ?? []);

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function dedicatedDraft(plan: Plan, s: DatabricksSubnet): FindingDraft | undefined {
  const pair = plan.network?.databricks;
  if (s.path.endsWith('privateSubnet') && pair && sameName(pair.publicSubnet.name, pair.privateSubnet.name)) {
    return {
      path: `${s.path}.name`,
      message: `The host and container subnets are both "${s.subnet.name}". Azure Databricks needs two different subnets. Give the container subnet its own name and prefix.`,
    };
  }
  if (s.subnet.mode === 'existing' && s.subnet.usedAddresses > 0) {
    return {
      path: `${s.path}.usedAddresses`,
      message: `The ${s.role} subnet "${s.subnet.name}" already has ${s.subnet.usedAddresses} addresses in use. Azure Databricks subnets must be dedicated to one Databricks workspace. Choose an empty subnet, or a new one.`,
    };
  }
  return undefined;
}

const dbxTwoSubnets: Rule = {
  id: 'dbx-two-subnets',
  severity: 'error',
  docUrl: DOCS.databricksVnet,
  kinds: ['databricks'],
  title: 'Azure Databricks has two dedicated subnets: host (public) and container (private).',
  check: (plan) => eachSubnet(plan, (s) => dedicatedDraft(plan, s)),
};

const dbxDelegation: Rule = {
  id: 'dbx-delegation',
  severity: 'error',
  docUrl: DOCS.databricksVnet,
  kinds: ['databricks'],
  title: `Both Databricks subnets are delegated to ${DATABRICKS_DELEGATION}.`,
  check: (plan) =>
    eachSubnet(plan, ({ path, role, subnet }) => {
      if (subnet.delegations.some((d) => sameName(d, DATABRICKS_DELEGATION))) return undefined;
      const other = subnet.delegations.length > 0 ? ` instead of ${subnet.delegations.join(', ')}` : '';
      return {
        path: `${path}.delegations`,
        message: `The ${role} subnet "${subnet.name}" must be delegated to ${DATABRICKS_DELEGATION}${other}; Azure Databricks deploys into it only then. Set delegations to ["${DATABRICKS_DELEGATION}"].`,
      };
    }),
};

const dbxNsg: Rule = {
  id: 'dbx-nsg',
  severity: 'error',
  docUrl: DOCS.databricksVnet,
  kinds: ['databricks'],
  title: 'Both Databricks subnets have a network security group (they may share one).',
  check: (plan) =>
    eachSubnet(plan, ({ path, role, subnet }) =>
      subnet.networkSecurityGroup
        ? undefined
        : {
            path: `${path}.networkSecurityGroup`,
            message: `The ${role} subnet "${subnet.name}" has no network security group; Azure Databricks requires one on each subnet and adds its rules to it. Add a networkSecurityGroup (both subnets may share one).`,
          },
    ),
};

const dbxVnetSize: Rule = {
  id: 'dbx-vnet-size',
  severity: 'error',
  docUrl: DOCS.databricksVnet,
  kinds: ['databricks'],
  title: `The Databricks VNet's address space is between /${DATABRICKS_VNET_LENGTH.largest} and /${DATABRICKS_VNET_LENGTH.smallest}.`,
  check(plan) {
    if (!plan.network) return none;
    const { largest, smallest } = DATABRICKS_VNET_LENGTH;
    return parsePrefixes(addressSpaceEntries(plan.network))
      .filter(({ cidr }) => cidr.length < largest || cidr.length > smallest)
      .map(({ key, cidr }) => ({
        path: key,
        message: `The VNet address space ${cidr.text} is a /${cidr.length}; Azure Databricks needs a VNet address space between /${largest} and /${smallest}. Use a prefix length from ${largest} to ${smallest}.`,
      }));
  },
};

const dbxSubnetSize: Rule = {
  id: 'dbx-subnet-size',
  severity: 'warning',
  docUrl: DOCS.databricksVnet,
  kinds: ['databricks'],
  title: `Each Databricks subnet is /${DATABRICKS_SUBNET_SMALLEST_LENGTH} or larger.`,
  check: (plan) =>
    eachSubnet(plan, ({ path, role, subnet }) => {
      const cidr = subnetCidr(subnet);
      if (!cidr || cidr.length <= DATABRICKS_SUBNET_SMALLEST_LENGTH) return undefined;
      return {
        path: `${path}.addressPrefix`,
        message: `The ${role} subnet "${subnet.name}" is a /${cidr.length}. Every Databricks cluster node takes an address in each subnet, so a subnet smaller than /${DATABRICKS_SUBNET_SMALLEST_LENGTH} limits the workspace to a handful of nodes. Use a /${DATABRICKS_SUBNET_SMALLEST_LENGTH} or larger.`,
      };
    }),
};

const dbxDefaultSubnet: Rule = {
  id: 'dbx-default-subnet',
  severity: 'warning',
  docUrl: DOCS.secureTraining,
  kinds: ['databricks'],
  title: `The Databricks VNet also has a subnet named "${DATABRICKS_DEFAULT_SUBNET_NAME}".`,
  check(plan) {
    const vnet = plan.network?.vnet;
    if (!vnet || vnet.otherSubnets.some((s) => sameName(s.name, DATABRICKS_DEFAULT_SUBNET_NAME))) return none;
    return [
      {
        path: 'network.vnet.otherSubnets',
        message: `The VNet "${vnet.name}" lists no subnet named "${DATABRICKS_DEFAULT_SUBNET_NAME}". The Azure Machine Learning article on Databricks also requires the VNet's "${DATABRICKS_DEFAULT_SUBNET_NAME}" subnet (it doesn't say why). Add it to otherSubnets if it exists, or create it.`,
      },
    ];
  },
};

const dbxSameSubRegion: Rule = {
  id: 'dbx-same-sub-region',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  kinds: ['databricks'],
  title:
    'The Databricks workspace is in the subscription and region of the Azure Machine Learning workspace.',
  check(plan) {
    const region = computeRegion(plan);
    if (region === plan.workspace.region) return none;
    return [
      {
        path: 'compute.region',
        message: `The Databricks workspace is in ${region}, the Azure Machine Learning workspace in ${plan.workspace.region}. Databricks can be attached only when both are in the same region and subscription (${plan.workspace.subscriptionId}). Remove compute.region or set it to ${plan.workspace.region}.`,
      },
    ];
  },
};

const dbxSdkV1Only: Rule = {
  id: 'dbx-sdk-v1-only',
  severity: 'warning',
  docUrl: DOCS.secureTraining,
  kinds: ['databricks'],
  title: 'Azure Databricks is a compute target only in SDK v1.',
  check: () => [
    {
      path: 'compute.kind',
      message: `Azure Databricks can be attached as compute only with SDK v1 (azureml-core), whose support ended on ${SDK_V1_SUPPORT_ENDED}; SDK v2 and CLI v2 can't attach it. The legacy script still works but gets no fixes: plan to run training on an Azure Machine Learning compute cluster or serverless compute, or run it in Databricks and track it with MLflow.`,
    },
  ],
};

/**
 * §6 Azure Databricks rules, in catalogue order (without `dbx-udr`).
 * @see https://learn.microsoft.com/azure/databricks/security/network/classic/vnet-inject
 */
export const databricksRules: readonly Rule[] = [
  dbxTwoSubnets,
  dbxDelegation,
  dbxNsg,
  dbxVnetSize,
  dbxSubnetSize,
  dbxDefaultSubnet,
  dbxSameSubRegion,
  dbxSdkV1Only,
];
