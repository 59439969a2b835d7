import ipaddr from 'ipaddr.js';
import { uniqueNames, type Plan, type Route, type RouteTable, type Subnet } from '../model/index.ts';
import type { ServiceTagsFile } from '../servicetags/index.ts';
import { DATABRICKS_BYPASS_TAGS } from './plannedRoutes.ts';
import { ROUTE_FIX_RULE_IDS } from './routeFixRules.ts';
import { analyzeRoutes, internetBypass, isDefaultRoute } from './routes.ts';

/** The routes that settle every route finding on one route table at once. */
export interface RouteFix {
  /** Plan path of the subnet whose table gets the routes: `network.subnet`. */
  readonly subnetPath: string;
  /** The rules whose findings the routes settle. */
  readonly ruleIds: readonly string[];
  /** The routes to append to the table, each to Internet. */
  readonly routes: readonly Route[];
}

/**
 * Rules whose fix is one exact route per service tag: the tag as the address prefix, next hop Internet.
 * Those rules put their finding on the table's routes and fire only while the tag has no such route, so
 * adding it is exactly what they ask for. Advice that is a choice (the BatchNodeManagement route, the
 * firewall's own rules) is left out.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 * @see https://learn.microsoft.com/azure/databricks/security/network/classic/udr
 */
const TAGS_BY_RULE: Readonly<Record<(typeof ROUTE_FIX_RULE_IDS)[number], readonly string[]>> = {
  'pip-forced-tunnel-aml-route': ['AzureMachineLearning'],
  'dbx-udr': DATABRICKS_BYPASS_TAGS,
};

/** A finding as far as a fix needs it. */
export interface RouteFinding {
  readonly ruleId: string;
  readonly path: string;
}

/**
 * For each route table with findings the fix of which is certain, the routes that settle all of them: named
 * like the routes the plan adds (`AzureMachineLearningToInternet`), never clashing with the table's names.
 */
export function routeFixes(
  plan: Plan,
  findings: readonly RouteFinding[],
  serviceTags?: ServiceTagsFile,
): RouteFix[] {
  return analyzeRoutes(plan, serviceTags).flatMap((analysis) => {
    const table = analysis.subnet.routeTable;
    const path = tableRoutesPath(analysis.subnetPath);
    const ruleIds = [
      ...new Set(findings.filter((f) => f.path === path && f.ruleId in TAGS_BY_RULE).map((f) => f.ruleId)),
    ] as (keyof typeof TAGS_BY_RULE)[];
    if (!table || ruleIds.length === 0) return [];
    const tags = [...new Set(ruleIds.flatMap((id) => TAGS_BY_RULE[id]))].filter(
      (tag) => internetBypass(plan, analysis, tag) === 'missing',
    );
    if (tags.length === 0) return [];
    const name = uniqueNames(table.routes.map((route) => route.name));
    const routes = tags.map((tag): Route => ({
      name: name(`${tag}ToInternet`),
      properties: { addressPrefix: tag, nextHopType: 'Internet' },
    }));
    return [{ subnetPath: analysis.subnetPath, ruleIds, routes }];
  });
}

type SubnetPath = 'network.subnet' | 'network.databricks.publicSubnet' | 'network.databricks.privateSubnet';

const withTable = (subnet: Subnet, routes: readonly Route[]): Subnet =>
  subnet.routeTable ? { ...subnet, routeTable: { ...subnet.routeTable, routes: [...routes] } } : subnet;

/** The subnet at `subnetPath` (as {@link analyzeRoutes} names it), if the plan has it. */
function subnetAt(plan: Plan, subnetPath: string): Subnet | undefined {
  const network = plan.network;
  if (subnetPath === 'network.subnet') return network?.subnet;
  if (subnetPath === 'network.databricks.publicSubnet') return network?.databricks?.publicSubnet;
  if (subnetPath === 'network.databricks.privateSubnet') return network?.databricks?.privateSubnet;
  return undefined;
}

/** The plan with the route table of the subnet at `subnetPath` holding `routes` (unchanged without a table). */
export function withRoutes(plan: Plan, subnetPath: string, routes: readonly Route[]): Plan {
  const network = plan.network;
  const subnet = subnetAt(plan, subnetPath);
  if (!network || !subnet?.routeTable) return plan;
  const path = subnetPath as SubnetPath;
  if (path === 'network.subnet')
    return { ...plan, network: { ...network, subnet: withTable(subnet, routes) } };
  const databricks = network.databricks;
  if (!databricks) return plan;
  const side = path === 'network.databricks.publicSubnet' ? 'publicSubnet' : 'privateSubnet';
  return {
    ...plan,
    network: { ...network, databricks: { ...databricks, [side]: withTable(subnet, routes) } },
  };
}

/** Plan path of the routes of a subnet's table: where the findings a fix settles point. */
export const tableRoutesPath = (subnetPath: string): string => `${subnetPath}.routeTable.routes`;

/** The fix among `fixes` that settles `finding`, if one does. */
export function fixFor(fixes: readonly RouteFix[], finding: RouteFinding): RouteFix | undefined {
  return fixes.find(
    (fix) => tableRoutesPath(fix.subnetPath) === finding.path && fix.ruleIds.includes(finding.ruleId),
  );
}

/** The plan with `fix`'s routes appended to its table (unchanged when the subnet has no table). */
export function applyRouteFix(plan: Plan, fix: RouteFix): Plan {
  const table = subnetAt(plan, fix.subnetPath)?.routeTable;
  return table ? withRoutes(plan, fix.subnetPath, [...table.routes, ...fix.routes]) : plan;
}

/** A route table's forced tunnel to an appliance: its 0.0.0.0/0 route's next hop IP, and the route's name. */
export interface TableAppliance {
  readonly ip: string;
  readonly route: string;
  readonly table: string;
}

/**
 * The appliance a table already sends all internet traffic to: the first 0.0.0.0/0 route to a virtual
 * appliance with a valid IPv4 next hop.
 */
export function tableAppliance(table: RouteTable | undefined): TableAppliance | undefined {
  if (!table) return undefined;
  for (const route of table.routes) {
    const { addressPrefix, nextHopType, nextHopIpAddress } = route.properties;
    const ip = nextHopIpAddress?.trim() ?? '';
    if (
      nextHopType === 'VirtualAppliance' &&
      isDefaultRoute(addressPrefix) &&
      ipaddr.IPv4.isValidFourPartDecimal(ip)
    ) {
      return { ip, route: route.name, table: table.name };
    }
  }
  return undefined;
}
