import { DOCS } from '../catalog/docs.ts';
import {
  CAPACITY_WARNING_RATIO,
  SUBNETS_PER_VNET,
  SUBNET_LARGEST_LENGTH,
  SUBNET_SMALLEST_LENGTH,
} from '../catalog/limits.ts';
import { EXFILTRATION_POLICY_ALIAS, RESERVED_SUBNET_NAMES } from '../catalog/subnets.ts';
import type { Plan } from '../model/index.ts';
import {
  addressDemand,
  addressSpaceEntries,
  AZURE_RESERVED_PER_SUBNET,
  blockSize,
  capacityVerdict,
  computeRegion,
  contains,
  findFreePrefix,
  firstOverlaps,
  hasPublicIp,
  joinedNetwork,
  overlappingSubnets,
  parseCidr,
  planSubnets,
  subnetCidr,
  subnetSizeProblem,
  validAddressSpaces,
  type PlanSubnet,
} from '../net/index.ts';
import type { FindingDraft, Rule } from './types.ts';

/** REQUIREMENTS.md §2 (subnets) and the subnets-per-VNet limit of §9. No rule throws on a malformed prefix. */

const none: readonly FindingDraft[] = [];
const one = (path: string, message: string): FindingDraft[] => [{ path, message }];
const label = (subnet: PlanSubnet) => `subnet "${subnet.name}"`;
const prefixPath = (subnet: PlanSubnet) => `${subnet.path}.addressPrefix`;

/** " 10.0.2.0/24 is free." naming the lowest free prefix of the same size in the VNet, when there is one. */
function freeHint(plan: Plan, subnet: PlanSubnet, length: number): string {
  // Only for subnets the plan creates or changes: `otherSubnets` are left as they are.
  if (!plan.network || subnet.role === 'other') return '';
  const taken = planSubnets(plan.network)
    .filter((other) => other.path !== subnet.path)
    .flatMap((other) => subnetCidr(other) ?? []);
  const free = findFreePrefix(validAddressSpaces(plan.network), taken, length);
  return free ? ` ${free.text} is free.` : '';
}

const cidrValid: Rule = {
  id: 'cidr-valid',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  title: 'Every address prefix is a valid IPv4 CIDR without host bits.',
  check(plan) {
    if (!plan.network) return none;
    const spaces = addressSpaceEntries(plan.network).map((entry) => ({
      ...entry,
      what: 'The VNet address space',
    }));
    const subnets = planSubnets(plan.network).map((subnet) => ({
      key: prefixPath(subnet),
      text: subnet.addressPrefix,
      what: `The prefix of ${label(subnet)}`,
    }));
    return [...spaces, ...subnets].flatMap(({ key, text, what }) => {
      const result = parseCidr(text);
      return result.ok ? [] : [{ path: key, message: `${what} is not valid: ${result.message}` }];
    });
  },
};

const subnetInVnet: Rule = {
  id: 'subnet-in-vnet',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  title: "Every subnet lies inside the VNet's address space.",
  check(plan) {
    if (!plan.network) return none;
    const spaces = validAddressSpaces(plan.network);
    if (spaces.length === 0) return none;
    const shown = spaces.map((space) => space.text).join(', ');
    return planSubnets(plan.network).flatMap((subnet) => {
      const cidr = subnetCidr(subnet);
      if (!cidr || spaces.some((space) => contains(space, cidr))) return [];
      return one(
        prefixPath(subnet),
        `The ${label(subnet)} (${cidr.text}) is not inside the VNet's address space (${shown}); Azure only creates subnets within it. Choose a prefix inside it, or add an address space that covers it.${freeHint(plan, subnet, cidr.length)}`,
      );
    });
  },
};

const subnetOverlap: Rule = {
  id: 'subnet-overlap',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  title: "Subnets of the VNet don't overlap.",
  check(plan) {
    if (!plan.network) return none;
    return overlappingSubnets(plan.network).map(({ first, second }) => ({
      path: prefixPath(second.key),
      message: `The ${label(second.key)} (${second.cidr.text}) overlaps ${label(first.key)} (${first.cidr.text}); subnets of one VNet can't share addresses. Choose a prefix that overlaps no other subnet.${freeHint(plan, second.key, second.cidr.length)}`,
    }));
  },
};

const vnetSpaceOverlap: Rule = {
  id: 'vnet-space-overlap',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  title: "The VNet's address spaces don't overlap each other.",
  check(plan) {
    if (!plan.network) return none;
    // One finding per address space, naming the first earlier one it overlaps.
    return firstOverlaps(addressSpaceEntries(plan.network)).map(({ first, second }) => ({
      path: second.key,
      message: `The VNet address space ${second.cidr.text} overlaps ${first.cidr.text}; a VNet's address spaces must not overlap. Remove this one or change it to a range outside ${first.cidr.text}.`,
    }));
  },
};

const subnetSizeLimits: Rule = {
  id: 'subnet-size-limits',
  severity: 'error',
  docUrl: DOCS.limits,
  title: 'Every subnet is between /2 and /29.',
  check(plan) {
    if (!plan.network) return none;
    return planSubnets(plan.network).flatMap((subnet) => {
      const cidr = subnetCidr(subnet);
      const problem = cidr && subnetSizeProblem(cidr.length);
      if (!cidr || !problem) return [];
      const message =
        problem === 'too-small'
          ? `The ${label(subnet)} is a /${cidr.length}, smaller than /${SUBNET_SMALLEST_LENGTH}, the smallest subnet Azure creates (${blockSize(SUBNET_SMALLEST_LENGTH)} addresses, ${AZURE_RESERVED_PER_SUBNET} of them reserved). Use a prefix length of ${SUBNET_SMALLEST_LENGTH} or less.`
          : `The ${label(subnet)} is a /${cidr.length}, larger than /${SUBNET_LARGEST_LENGTH}, the largest subnet Azure creates. Use a prefix length of ${SUBNET_LARGEST_LENGTH} or more.`;
      return [{ path: prefixPath(subnet), message }];
    });
  },
};

function capacityDraft(plan: Plan): FindingDraft | undefined {
  const subnet = joinedNetwork(plan)?.subnet;
  const cidr = subnet && subnetCidr(subnet);
  const demand = addressDemand(plan.compute);
  // Prefixes outside Azure's size limits are reported by subnet-size-limits alone.
  if (!subnet || !cidr || !demand || subnetSizeProblem(cidr.length)) return undefined;
  const verdict = capacityVerdict(cidr.length, subnet.usedAddresses, demand.addresses);
  if (verdict.status === 'ok') return undefined;
  const inUse = subnet.usedAddresses > 0 ? ` and ${subnet.usedAddresses} already in use` : '';
  const has = `The subnet "${subnet.name}" (${cidr.text}) has ${verdict.usable} usable addresses (${verdict.size} minus ${AZURE_RESERVED_PER_SUBNET} Azure reserves${inUse})`;
  const needs = `the compute needs up to ${demand.addresses} (${demand.reason})`;
  const fix =
    verdict.fitsLength === undefined
      ? `No single subnet holds that many; ${demand.alternative}.`
      : `Use a /${verdict.fitsLength} or larger subnet, or ${demand.alternative}.`;
  if (verdict.status === 'short') {
    return {
      path: 'network.subnet.addressPrefix',
      message: `${has}, but ${needs}. ${demand.shortfall} ${fix}`,
    };
  }
  return {
    path: 'network.subnet.addressPrefix',
    severity: 'warning',
    message: `${has}, and ${needs}: more than ${CAPACITY_WARNING_RATIO * 100} % of them, leaving little room for other resources or growth. ${fix}`,
  };
}

const subnetCapacity: Rule = {
  id: 'subnet-capacity',
  severity: 'error',
  docUrl: DOCS.computeCluster,
  kinds: ['computeCluster', 'computeInstance', 'serverless'],
  title: `The compute subnet has enough free addresses (a warning above ${CAPACITY_WARNING_RATIO * 100} % use).`,
  check(plan) {
    const draft = capacityDraft(plan);
    return draft ? [draft] : none;
  },
};

const subnetNotDelegated: Rule = {
  id: 'subnet-not-delegated',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  kinds: ['computeCluster', 'computeInstance', 'serverless'],
  title: 'The compute subnet has no delegation.',
  check(plan) {
    const subnet = joinedNetwork(plan)?.subnet;
    if (!subnet) return none;
    return subnet.delegations.map((delegation, index) => ({
      path: `network.subnet.delegations.${index}`,
      message: `The subnet "${subnet.name}" is delegated to ${delegation}. Azure Machine Learning compute can't use a delegated subnet. Choose another subnet, or remove the delegation (possible only when nothing of ${delegation} uses the subnet).`,
    }));
  },
};

const reserved = new Set(RESERVED_SUBNET_NAMES.map((name) => name.toLowerCase()));

const subnetReservedName: Rule = {
  id: 'subnet-reserved-name',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  title: 'The compute subnets do not use a name Azure reserves.',
  check(plan) {
    if (!plan.network) return none;
    return planSubnets(plan.network)
      .filter((subnet) => subnet.role !== 'other' && reserved.has(subnet.name.toLowerCase()))
      .map((subnet) => ({
        path: `${subnet.path}.name`,
        message: `"${subnet.name}" is reserved for an Azure service (${RESERVED_SUBNET_NAMES.join(', ')}); compute can't use that subnet. Choose a subnet with another name.`,
      }));
  },
};

const npipSubnetPolicies: Rule = {
  id: 'npip-subnet-policies',
  severity: 'info',
  docUrl: DOCS.secureTraining,
  kinds: ['computeCluster', 'computeInstance'],
  title: 'Private endpoint and private link service network policies on a no-public-IP subnet.',
  check(plan) {
    const subnet = joinedNetwork(plan)?.subnet;
    if (!subnet || hasPublicIp(plan)) return none;
    return one(
      'network.subnet',
      `Microsoft's sample for compute without public IPs disables both private endpoint and private link service network policies on the subnet; older deployments failed with them enabled. If creating the compute fails, set privateEndpointNetworkPolicies and privateLinkServiceNetworkPolicies to Disabled on "${subnet.name}".`,
    );
  },
};

const exfiltrationPolicy: Rule = {
  id: 'exfiltration-policy',
  severity: 'info',
  docUrl: DOCS.secureTraining,
  kinds: ['computeCluster', 'computeInstance'],
  title: 'A service endpoint policy can limit data exfiltration through Storage.',
  check(plan) {
    if (!joinedNetwork(plan)?.subnet || !plan.outbound.restrict) return none;
    const tag = `Storage.${computeRegion(plan)}`;
    return one(
      'outbound.restrict',
      `Outbound traffic is restricted, but ${tag} still reaches any storage account in the region. To limit data exfiltration, add a service endpoint policy for Storage on the compute subnet with the alias ${EXFILTRATION_POLICY_ALIAS} and the storage accounts you use.`,
    );
  },
};

const vnetSubnetLimit: Rule = {
  id: 'vnet-subnet-limit',
  severity: 'error',
  docUrl: DOCS.limits,
  title: `A VNet holds at most ${SUBNETS_PER_VNET} subnets.`,
  check(plan) {
    if (!plan.network) return none;
    const names = new Set(planSubnets(plan.network).map((subnet) => subnet.name.toLowerCase()));
    if (names.size <= SUBNETS_PER_VNET) return none;
    return one(
      'network.vnet.otherSubnets',
      `With this plan the VNet "${plan.network.vnet.name}" would have ${names.size} subnets; Azure allows ${SUBNETS_PER_VNET} per VNet. Use an existing subnet, or another VNet.`,
    );
  },
};

/**
 * §2 subnet rules, in catalogue order, then the §9 subnets-per-VNet limit.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits
 */
export const subnetRules: readonly Rule[] = [
  cidrValid,
  subnetInVnet,
  subnetOverlap,
  vnetSpaceOverlap,
  subnetSizeLimits,
  subnetCapacity,
  subnetNotDelegated,
  subnetReservedName,
  npipSubnetPolicies,
  exfiltrationPolicy,
  vnetSubnetLimit,
];
