import type { Network, Plan, Subnet } from '../model/index.ts';
import { parseCidr, type Cidr } from './cidr.ts';
import { findOverlaps, firstOverlaps, parsePrefixes, type OverlapPair, type PrefixEntry } from './overlap.ts';

/** Which subnet of the plan: the compute subnet, a Databricks subnet, or one the plan doesn't touch. */
export type SubnetRole = 'compute' | 'databricksPublic' | 'databricksPrivate' | 'other';

/** A subnet named in the plan, with the path of its section (e.g. `network.vnet.otherSubnets.0`). */
export interface PlanSubnet {
  readonly role: SubnetRole;
  readonly path: string;
  readonly name: string;
  readonly addressPrefix: string;
  /** The full subnet, except for `otherSubnets`, which carry only a name and a prefix. */
  readonly subnet?: Subnet;
}

/** Every subnet of the plan's network, in a stable order: compute, Databricks, then other subnets. */
export function planSubnets(network: Network): PlanSubnet[] {
  const own = (role: SubnetRole, path: string, subnet: Subnet | undefined): PlanSubnet[] =>
    subnet ? [{ role, path, name: subnet.name, addressPrefix: subnet.addressPrefix, subnet }] : [];
  return [
    ...own('compute', 'network.subnet', network.subnet),
    ...own('databricksPublic', 'network.databricks.publicSubnet', network.databricks?.publicSubnet),
    ...own('databricksPrivate', 'network.databricks.privateSubnet', network.databricks?.privateSubnet),
    ...network.vnet.otherSubnets.map((other, index) => ({
      role: 'other' as const,
      path: `network.vnet.otherSubnets.${index}`,
      name: other.name,
      addressPrefix: other.addressPrefix,
    })),
  ];
}

/** The subnets the plan creates or changes (compute and Databricks), not the `otherSubnets`. */
export const ownSubnets = (network: Network): PlanSubnet[] =>
  planSubnets(network).filter((subnet) => subnet.role !== 'other');

/** The VNet's address spaces as entries keyed by their path (`network.vnet.addressSpace.<i>`). */
export const addressSpaceEntries = (network: Network): PrefixEntry<string>[] =>
  network.vnet.addressSpace.map((text, index) => ({ key: `network.vnet.addressSpace.${index}`, text }));

/** The VNet's address spaces that parse; malformed ones are left out. */
export const validAddressSpaces = (network: Network): Cidr[] =>
  parsePrefixes(addressSpaceEntries(network)).map((entry) => entry.cidr);

/** Overlapping pairs among the VNet's address spaces. */
export const addressSpaceOverlaps = (network: Network): OverlapPair<string>[] =>
  findOverlaps(addressSpaceEntries(network));

const sameName = (a: PlanSubnet, b: PlanSubnet) => a.name.toLowerCase() === b.name.toLowerCase();

/**
 * Overlapping pairs among all subnets of the network. A pair with the same name is one subnet listed
 * twice (an existing compute subnet also in `otherSubnets`) and is not reported.
 */
export function subnetOverlaps(network: Network): OverlapPair<PlanSubnet>[] {
  const entries = planSubnets(network).map((subnet) => ({ key: subnet, text: subnet.addressPrefix }));
  return findOverlaps(entries).filter((pair) => !sameName(pair.first.key, pair.second.key));
}

/**
 * Each subnet to change because it overlaps another (`second`), with the first subnet it overlaps
 * (`first`). A subnet the plan creates or changes is reported rather than an `otherSubnets` entry it
 * overlaps, since those are left as they are; between two of the plan's own subnets, the later one.
 */
export function overlappingSubnets(network: Network): OverlapPair<PlanSubnet>[] {
  const subnets = planSubnets(network);
  const ordered = [
    ...subnets.filter((s) => s.role === 'other'),
    ...subnets.filter((s) => s.role !== 'other'),
  ];
  return firstOverlaps(
    ordered.map((subnet) => ({ key: subnet, text: subnet.addressPrefix })),
    sameName,
  );
}

/** The subnet's prefix when it parses. */
export function subnetCidr(subnet: { readonly addressPrefix: string }): Cidr | undefined {
  const result = parseCidr(subnet.addressPrefix);
  return result.ok ? result.cidr : undefined;
}

/**
 * Every address prefix a plan holds in its network section, keyed by the exact path: the VNet's address
 * spaces, then each subnet's `addressPrefix`.
 */
export function planPrefixes(plan: Plan): PrefixEntry<string>[] {
  if (!plan.network) return [];
  const subnets = planSubnets(plan.network).map((subnet) => ({
    key: `${subnet.path}.addressPrefix`,
    text: subnet.addressPrefix,
  }));
  return [...addressSpaceEntries(plan.network), ...subnets];
}

/** The compute's region: its own when set, else the workspace's. */
export const computeRegion = (plan: Plan): string => plan.compute.region ?? plan.workspace.region;

/** The VNet's subscription: its own when set, else the workspace's. */
export const vnetSubscriptionId = (plan: Plan): string | undefined =>
  plan.network && (plan.network.vnet.subscriptionId ?? plan.workspace.subscriptionId);

const managedKinds: readonly string[] = ['computeCluster', 'computeInstance', 'serverless'];

/**
 * The customer network the compute joins, or undefined when there is none: no `network` section, or a
 * managed-network workspace whose own compute (cluster, instance, serverless) can't join a customer VNet
 * (`managed-vnet-exclusive` reports that).
 */
export function joinedNetwork(plan: Plan): Network | undefined {
  if (!plan.network) return undefined;
  if (plan.workspace.isolation === 'managedVnet' && managedKinds.includes(plan.compute.kind))
    return undefined;
  return plan.network;
}

/** True when the compute has public IPs (cluster and instance with `publicIp: true`). */
export const hasPublicIp = (plan: Plan): boolean => 'publicIp' in plan.compute && plan.compute.publicIp;
