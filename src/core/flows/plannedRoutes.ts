import type { Plan, Route, Subnet } from '../model/index.ts';
import type { BypassRoutesResult, ServiceTagsFile } from '../servicetags/index.ts';
import { pairedRegion } from '../catalog/regions.ts';
import { pairedBypassRoutes } from './pairedRoutes.ts';
import { TRAINING_KINDS, computeRegion, hasPublicIp } from './context.ts';

/** Tags a forced-tunnelled Databricks subnet sends straight to Internet (REQUIREMENTS.md §6, dbx-udr). */
export const DATABRICKS_BYPASS_TAGS = ['AzureDatabricks', 'Sql', 'Storage', 'EventHub'] as const;

const route = (
  name: string,
  addressPrefix: string,
  nextHopType: 'Internet' | 'VirtualAppliance',
  hop?: string,
): Route => ({
  name,
  properties: { addressPrefix, nextHopType, ...(hop === undefined ? {} : { nextHopIpAddress: hop }) },
});

/**
 * True when the compute subnet has an explicit way out for next hop Internet: public IPs on the
 * compute, or a NAT gateway (the subnet's, or one the plan adds). Default outbound access doesn't count:
 * it is retired, and off for private subnets (REQUIREMENTS.md §12, npip-no-internet-bypass).
 */
export function hasExplicitEgress(plan: Plan): boolean {
  return (
    hasPublicIp(plan) || plan.tunneling.mode === 'natGateway' || plan.network?.subnet?.natGateway === true
  );
}

/**
 * The service tags the plan routes to Internet past the appliance, by compute kind and mode. Compute
 * without public IPs gets none unless its subnet has a NAT gateway: the documented AzureMachineLearning
 * and BatchNodeManagement routes are for public-IP compute, and from a subnet with no explicit outbound
 * method next hop Internet drops the packet, so such compute sends everything to the appliance.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function bypassTags(plan: Plan): string[] {
  const kind = plan.compute.kind;
  if (kind === 'databricks') return [...DATABRICKS_BYPASS_TAGS];
  if (!TRAINING_KINDS.includes(kind) || !hasExplicitEgress(plan)) return [];
  return [
    'AzureMachineLearning',
    ...(plan.tunneling.routeBatchNodeManagement ? [`BatchNodeManagement.${computeRegion(plan)}`] : []),
  ];
}

/** True when the plan writes its bypass routes as IP prefixes taken from a Service Tags file. */
export function usesIpPrefixRoutes(plan: Plan): boolean {
  const { tunneling } = plan;
  return (
    plan.workspace.isolation === 'customerVnet' &&
    tunneling.mode === 'userDefinedRoutes' &&
    tunneling.routeTargets === 'ipPrefixes'
  );
}

/**
 * The tags whose IPv4 prefixes bypass the appliance with IP-prefix targets: the same tags as service-tag
 * targets ({@link bypassTags}), so both ways of writing the routes send the same traffic past the firewall.
 */
export function ipPrefixBypassTags(plan: Plan): string[] {
  return bypassTags(plan);
}

/**
 * The regions whose prefixes the IP-prefix routes copy: the compute region, then its paired region when
 * it has one (REQUIREMENTS.md §12, paired-region-prefixes). ARM names.
 * @see https://learn.microsoft.com/azure/reliability/regions-paired
 */
export function ipPrefixRouteRegions(plan: Plan): string[] {
  const region = computeRegion(plan);
  const pair = pairedRegion(region);
  return pair ? [region, pair.armName] : [region];
}

const prefixMemo = new WeakMap<Plan, WeakMap<ServiceTagsFile, BypassRoutesResult>>();

/**
 * The exact IPv4 routes of {@link ipPrefixBypassTags} in the compute region and its paired region
 * (REQUIREMENTS.md §12, paired-region-prefixes), from a Service Tags file (undefined when the plan does
 * not use IP-prefix targets). Memoized per plan and file.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function prefixBypass(plan: Plan, file: ServiceTagsFile): BypassRoutesResult | undefined {
  if (!usesIpPrefixRoutes(plan)) return undefined;
  let byFile = prefixMemo.get(plan);
  if (!byFile) prefixMemo.set(plan, (byFile = new WeakMap()));
  let result = byFile.get(file);
  if (!result) {
    // Bare names: the regional tag of each region, spelled as the file spells it.
    const tags = ipPrefixBypassTags(plan).map((tag) => tag.split('.')[0] ?? tag);
    result = pairedBypassRoutes(file, computeRegion(plan), tags);
    byFile.set(file, result);
  }
  return result;
}

function bypassWanted(plan: Plan, serviceTags: ServiceTagsFile | undefined): Route[] {
  if (plan.tunneling.routeTargets === 'serviceTags') {
    return bypassTags(plan).map((tag) => route(`${tag.split('.')[0]}ToInternet`, tag, 'Internet'));
  }
  const prefixes = serviceTags ? prefixBypass(plan, serviceTags) : undefined;
  return (prefixes?.routes ?? []).map((r) => route(r.name, r.addressPrefix, 'Internet'));
}

/**
 * The routes the plan adds to a subnet's route table when it tunnels through an appliance
 * (`tunneling.mode: "userDefinedRoutes"`): 0.0.0.0/0 to the appliance, and, with service-tag route
 * targets, each tag of {@link bypassTags} to Internet (AzureMachineLearning, which public-IP compute needs so
 * inbound 44224 replies bypass the firewall and which is harmless otherwise; BatchNodeManagement.<region> per the 2020 guidance; the
 * Databricks tags). With IP-prefix targets the bypass routes are the exact prefixes of
 * {@link ipPrefixBypassTags} from the Service Tags file, when one is given (none without it).
 * Routes whose address prefix the table already has are not added again.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview
 */
export function plannedRoutes(plan: Plan, subnet: Subnet, serviceTags?: ServiceTagsFile): Route[] {
  const { tunneling } = plan;
  if (plan.workspace.isolation !== 'customerVnet' || tunneling.mode !== 'userDefinedRoutes') return [];
  if (tunneling.applianceIp === undefined) return [];
  const wanted = [
    route('DefaultToAppliance', '0.0.0.0/0', 'VirtualAppliance', tunneling.applianceIp),
    ...bypassWanted(plan, serviceTags),
  ];
  const existing = subnet.routeTable?.routes ?? [];
  const prefixes = new Set(existing.map((r) => r.properties.addressPrefix.trim().toLowerCase()));
  const names = new Set(existing.map((r) => r.name.toLowerCase()));
  return wanted
    .filter((r) => !prefixes.has(r.properties.addressPrefix.toLowerCase()))
    .map((r) => {
      let name = r.name;
      for (let n = 2; names.has(name.toLowerCase()); n += 1) name = `${r.name}${n}`;
      names.add(name.toLowerCase());
      return { ...r, name };
    });
}
