import type { Plan, Route, Subnet } from '../model/index.ts';
import { parseIpv4Range } from './address.ts';
import { computeRegion } from './context.ts';
import { plannedRoutes } from './plannedRoutes.ts';

/** A route of a subnet's table, with where it comes from. */
export interface RouteView {
  readonly name: string;
  readonly addressPrefix: string;
  readonly nextHopType: Route['properties']['nextHopType'];
  readonly origin: 'existing' | 'planned';
  /** Plan path for routes the plan holds: `network.subnet.routeTable.routes.2`. */
  readonly path?: string;
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
}

const DEFAULT_ROUTE = parseIpv4Range('0.0.0.0/0');
const TUNNEL_HOPS = new Set(['VirtualAppliance', 'VirtualNetworkGateway']);

const isDefaultRoute = (prefix: string) => {
  const range = parseIpv4Range(prefix.trim());
  return range !== undefined && range.first === DEFAULT_ROUTE?.first && range.last === DEFAULT_ROUTE.last;
};

/** True when a route's address prefix is a service tag (not an IP prefix). */
export const isServiceTagRoute = (route: RouteView): boolean =>
  parseIpv4Range(route.addressPrefix.trim()) === undefined && !route.addressPrefix.includes(':');

function analyze(plan: Plan, subnetPath: string, subnet: Subnet): RouteAnalysis {
  const existing: RouteView[] = (subnet.routeTable?.routes ?? []).map((route, i) => ({
    name: route.name,
    addressPrefix: route.properties.addressPrefix,
    nextHopType: route.properties.nextHopType,
    origin: 'existing',
    path: `${subnetPath}.routeTable.routes.${i}`,
  }));
  const planned: RouteView[] = plannedRoutes(plan, subnet).map((route) => ({
    name: route.name,
    addressPrefix: route.properties.addressPrefix,
    nextHopType: route.properties.nextHopType,
    origin: 'planned',
  }));
  const routes = [...existing, ...planned];
  const forcedTunnel = routes.find((r) => isDefaultRoute(r.addressPrefix) && TUNNEL_HOPS.has(r.nextHopType));
  const ipPrefixBypass =
    plan.tunneling.mode === 'userDefinedRoutes' && plan.tunneling.routeTargets === 'ipPrefixes';
  return { subnetPath, subnet, routes, ...(forcedTunnel ? { forcedTunnel } : {}), ipPrefixBypass };
}

const memo = new WeakMap<Plan, RouteAnalysis[]>();

/**
 * The route tables of the plan's subnets (the compute subnet, or Databricks' two subnets) with the
 * routes the plan adds, and whether each forces internet traffic through an appliance.
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview
 */
export function analyzeRoutes(plan: Plan): readonly RouteAnalysis[] {
  const cached = memo.get(plan);
  if (cached) return cached;
  const network = plan.workspace.isolation === 'customerVnet' ? plan.network : undefined;
  const subnets: [string, Subnet | undefined][] = [
    ['network.subnet', network?.subnet],
    ['network.databricks.publicSubnet', network?.databricks?.publicSubnet],
    ['network.databricks.privateSubnet', network?.databricks?.privateSubnet],
  ];
  const result = subnets.flatMap(([path, subnet]) => (subnet ? [analyze(plan, path, subnet)] : []));
  memo.set(plan, result);
  return result;
}

/**
 * How a service tag leaves a forced-tunnelled subnet: `route` when a route sends the tag (or its
 * global tag, or its regional tag for the compute region) to Internet, `ipPrefixes` when the plan
 * writes those routes from a Service Tags file, else `missing`.
 */
export function internetBypass(
  plan: Plan,
  analysis: RouteAnalysis,
  tag: string,
): 'route' | 'ipPrefixes' | 'missing' {
  const wanted = tag.toLowerCase();
  const regional = `${wanted}.${computeRegion(plan)}`;
  const global = wanted.split('.')[0];
  const found = analysis.routes.some((route) => {
    if (route.nextHopType !== 'Internet') return false;
    const prefix = route.addressPrefix.trim().toLowerCase();
    return prefix === wanted || prefix === regional || prefix === global;
  });
  if (found) return 'route';
  return analysis.ipPrefixBypass ? 'ipPrefixes' : 'missing';
}
