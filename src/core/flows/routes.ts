import type { Plan, Route, Subnet } from '../model/index.ts';
import { parseIpv4Range } from './address.ts';
import { computeRegion } from './context.ts';
import type { ServiceTagsFile } from '../servicetags/index.ts';
import { plannedRoutes, prefixBypass } from './plannedRoutes.ts';

/** A route of a subnet's table, with where it comes from. */
export interface RouteView {
  readonly name: string;
  readonly addressPrefix: string;
  readonly nextHopType: Route['properties']['nextHopType'];
  readonly origin: 'existing' | 'planned';
  /** Plan path for routes the plan holds: `network.subnet.routeTable.routes.2`. */
  readonly path?: string;
  /** For an IP-prefix route the plan adds from a Service Tags file: the tag the prefix belongs to. */
  readonly tag?: string;
}

/** What a subnet's routes mean for its egress. */
export interface RouteAnalysis {
  /** Plan path of the subnet (`network.subnet`, `network.databricks.publicSubnet`). */
  readonly subnetPath: string;
  readonly subnet: Subnet;
  /** The table's routes: the plan's, then those the plan adds. */
  readonly routes: readonly RouteView[];
  /** The 0.0.0.0/0 route to a virtual appliance or gateway (forced tunnelling), if any. */
  readonly forcedTunnel?: RouteView;
  /** True when the plan writes the bypass routes as IP prefixes from a Service Tags file. */
  readonly ipPrefixBypass: boolean;
  /**
   * With IP-prefix targets and a file: each tag routed as IP prefixes, by its lower-case name without
   * region, and whether the file had it. Empty when the file is of no use for the region (another cloud,
   * an unknown region); the Service Tags findings say why.
   */
  readonly prefixTags?: ReadonlyMap<string, boolean>;
}

const DEFAULT_ROUTE = parseIpv4Range('0.0.0.0/0');
const TUNNEL_HOPS = new Set(['VirtualAppliance', 'VirtualNetworkGateway']);

/** Whether an address prefix covers every IPv4 address (`0.0.0.0/0`, however it is written). */
export const isDefaultRoute = (prefix: string): boolean => {
  const range = parseIpv4Range(prefix.trim());
  return range !== undefined && range.first === DEFAULT_ROUTE?.first && range.last === DEFAULT_ROUTE.last;
};

/** True when a route's address prefix is a service tag (not an IP prefix). */
export const isServiceTagRoute = (route: RouteView): boolean =>
  parseIpv4Range(route.addressPrefix.trim()) === undefined && !route.addressPrefix.includes(':');

/** `batchnodemanagement` for `BatchNodeManagement.USGovVirginia`. */
const baseTag = (tag: string): string => tag.toLowerCase().split('.')[0] ?? '';

/** Whether the file had each tag, by bare name; the compute region's report (listed first) wins over the paired region's. */
function primaryTagsFound(tags: readonly { tag: string; found: boolean }[]): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const t of tags) if (!found.has(baseTag(t.tag))) found.set(baseTag(t.tag), t.found);
  return found;
}

function analyze(
  plan: Plan,
  subnetPath: string,
  subnet: Subnet,
  serviceTags: ServiceTagsFile | undefined,
): RouteAnalysis {
  const existing: RouteView[] = (subnet.routeTable?.routes ?? []).map((route, i) => ({
    name: route.name,
    addressPrefix: route.properties.addressPrefix,
    nextHopType: route.properties.nextHopType,
    origin: 'existing',
    path: `${subnetPath}.routeTable.routes.${i}`,
  }));
  const prefixes = serviceTags ? prefixBypass(plan, serviceTags) : undefined;
  const tagOf = new Map(prefixes?.routes.map((r) => [r.addressPrefix, r.tag]));
  const planned: RouteView[] = plannedRoutes(plan, subnet, serviceTags).map((route) => {
    const tag = tagOf.get(route.properties.addressPrefix);
    return {
      name: route.name,
      addressPrefix: route.properties.addressPrefix,
      nextHopType: route.properties.nextHopType,
      origin: 'planned',
      ...(tag === undefined ? {} : { tag }),
    };
  });
  const routes = [...existing, ...planned];
  const forcedTunnel = routes.find((r) => isDefaultRoute(r.addressPrefix) && TUNNEL_HOPS.has(r.nextHopType));
  const ipPrefixBypass =
    plan.tunneling.mode === 'userDefinedRoutes' && plan.tunneling.routeTargets === 'ipPrefixes';
  const prefixTags = prefixes ? primaryTagsFound(prefixes.tags) : undefined;
  return {
    subnetPath,
    subnet,
    routes,
    ...(forcedTunnel ? { forcedTunnel } : {}),
    ipPrefixBypass,
    ...(prefixTags ? { prefixTags } : {}),
  };
}

const memo = new WeakMap<Plan, WeakMap<object, RouteAnalysis[]>>();
/** Memo key for "no Service Tags file". */
const NO_FILE = {};

/**
 * The route tables of the plan's subnets (the compute subnet, or Databricks' two subnets) with the
 * routes the plan adds, and whether each forces internet traffic through an appliance.
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview
 */
export function analyzeRoutes(plan: Plan, serviceTags?: ServiceTagsFile): readonly RouteAnalysis[] {
  let byFile = memo.get(plan);
  if (!byFile) memo.set(plan, (byFile = new WeakMap()));
  const key = serviceTags ?? NO_FILE;
  const cached = byFile.get(key);
  if (cached) return cached;
  const network = plan.workspace.isolation === 'customerVnet' ? plan.network : undefined;
  const subnets: [string, Subnet | undefined][] = [
    ['network.subnet', network?.subnet],
    ['network.databricks.publicSubnet', network?.databricks?.publicSubnet],
    ['network.databricks.privateSubnet', network?.databricks?.privateSubnet],
  ];
  const result = subnets.flatMap(([path, subnet]) =>
    subnet ? [analyze(plan, path, subnet, serviceTags)] : [],
  );
  byFile.set(key, result);
  return result;
}

/**
 * How a service tag leaves a forced-tunnelled subnet: `route` when a route sends the tag (or its
 * global tag, or its regional tag for the compute region) to Internet, or the plan adds the tag's IP
 * prefixes from a Service Tags file; `ipPrefixes` when the plan writes those routes as IP prefixes but
 * they are not known here (no file, or the file could not give the tag: the Service Tags findings say
 * why); else `missing`.
 */
export function internetBypass(
  plan: Plan,
  analysis: RouteAnalysis,
  tag: string,
): 'route' | 'ipPrefixes' | 'missing' {
  const wanted = tag.toLowerCase();
  const regional = `${wanted}.${computeRegion(plan)}`;
  const global = baseTag(wanted);
  const found = analysis.routes.some((route) => {
    if (route.nextHopType !== 'Internet' || route.tag !== undefined) return false;
    const prefix = route.addressPrefix.trim().toLowerCase();
    return prefix === wanted || prefix === regional || prefix === global;
  });
  if (found) return 'route';
  if (!analysis.ipPrefixBypass) return 'missing';
  const fromFile = analysis.prefixTags;
  if (!fromFile || fromFile.size === 0) return 'ipPrefixes';
  // A tag the file has is routed even when its prefixes all lie inside an earlier tag's routes.
  const inFile = fromFile.get(global);
  return inFile === true ? 'route' : inFile === false ? 'ipPrefixes' : 'missing';
}
