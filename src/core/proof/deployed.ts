/**
 * The one place the proof learns what the bundle deploys: today the generators' deployment model
 * (`buildModel`); switch this file alone to the resource model when it replaces it.
 */
import { NSG_RULES_PATH, prefixBypass, simulateFlows, type SourcedRule } from '../flows/index.ts';
import { buildModel } from '../generators/model.ts';
import type { Plan } from '../model/index.ts';
import type { CheckOptions } from '../rules/types.ts';

/** A route of the compute subnet's table once deployed. */
export interface DeployedRoute {
  readonly name: string;
  readonly addressPrefix: string;
  readonly nextHopType: string;
  readonly nextHopIpAddress?: string;
  readonly origin: 'existing' | 'planned';
  /** Plan path of an existing route; planned routes come from `tunneling`. */
  readonly path: string;
  /** For an IP-prefix route copied from a Service Tags file: the tag it belongs to. */
  readonly tag?: string;
}

/** The compute subnet as it will be after deployment. */
export interface DeployedSubnet {
  readonly name: string;
  readonly addressPrefix: string;
  readonly defaultOutboundAccess: boolean;
  /** The NSG on the subnet, with its rules (existing, then those the bundle adds). */
  readonly nsg?: { readonly name: string; readonly rules: readonly SourcedRule[] };
  readonly routeTableName?: string;
  readonly routes: readonly DeployedRoute[];
  /** Name of the NAT gateway on the subnet (the existing one, or the one the bundle adds). */
  readonly natGateway?: string;
  readonly vnetAddressSpace: readonly string[];
  readonly dnsServers: readonly string[];
}

const withTag = (tag: string | undefined) => (tag === undefined ? {} : { tag });

function routesOf(plan: Plan, model: ReturnType<typeof buildModel>, options: CheckOptions): DeployedRoute[] {
  const existing = (plan.network?.subnet?.routeTable?.routes ?? []).map((route, i) => ({
    name: route.name,
    addressPrefix: route.properties.addressPrefix,
    nextHopType: route.properties.nextHopType,
    ...(route.properties.nextHopIpAddress === undefined
      ? {}
      : { nextHopIpAddress: route.properties.nextHopIpAddress }),
    origin: 'existing' as const,
    path: `network.subnet.routeTable.routes.${i}`,
  }));
  const file = options.serviceTags?.file;
  const fromFile = file ? prefixBypass(plan, file)?.routes : undefined;
  const tagOf = new Map((fromFile ?? []).map((route) => [route.addressPrefix, route.tag] as const));
  const planned = (model.network?.routeTable?.routes ?? []).map((route) => ({
    ...route,
    origin: 'planned' as const,
    path: 'tunneling',
    ...withTag(tagOf.get(route.addressPrefix)),
  }));
  return [...existing, ...planned];
}

/** The existing rules as the simulator parsed them (parsed once per plan), then the rules the bundle adds. */
function nsgRules(plan: Plan, planned: readonly SourcedRule['rule'][]): SourcedRule[] {
  const existing = simulateFlows(plan).rules.filter((rule) => rule.origin === 'existing');
  return [...existing, ...planned.map((rule) => ({ rule, origin: 'planned' as const }))];
}

function deploy(plan: Plan, options: CheckOptions): DeployedSubnet | undefined {
  const subnet = plan.workspace.isolation === 'customerVnet' ? plan.network?.subnet : undefined;
  const model = buildModel(plan, options.serviceTags);
  const network = model.network;
  const subnetModel = network?.subnets.find((s) => s.role === 'compute');
  if (!subnet || !network || !subnetModel) return undefined;
  const nsgModel = network.nsgs.find((n) => n.name === subnetModel.nsgName);
  const natGateway =
    subnetModel.natGatewayName ?? (subnet.natGateway ? "the subnet's NAT gateway" : undefined);
  return {
    name: subnet.name,
    addressPrefix: subnet.addressPrefix,
    defaultOutboundAccess: subnetModel.defaultOutboundAccess,
    ...(nsgModel ? { nsg: { name: nsgModel.name, rules: nsgRules(plan, nsgModel.rules) } } : {}),
    ...(subnetModel.routeTableName === undefined ? {} : { routeTableName: subnetModel.routeTableName }),
    routes: routesOf(plan, model, options),
    ...(natGateway === undefined ? {} : { natGateway }),
    vnetAddressSpace: network.vnet.addressSpace,
    dnsServers: network.vnet.dnsServers,
  };
}

const memo = new WeakMap<Plan, WeakMap<object, DeployedSubnet | null>>();
const NO_FILE = {};

/**
 * The compute subnet once the bundle is deployed: existing NSG rules and routes plus those the bundle
 * adds, its NAT gateway and default outbound access; undefined when the compute has no subnet in the plan
 * (managed network, Databricks). Memoized per plan and Service Tags file.
 */
export function deployedSubnet(plan: Plan, options: CheckOptions = {}): DeployedSubnet | undefined {
  let byFile = memo.get(plan);
  if (!byFile) memo.set(plan, (byFile = new WeakMap()));
  const key = options.serviceTags?.file ?? NO_FILE;
  let result = byFile.get(key);
  if (result === undefined) {
    result = deploy(plan, options) ?? null;
    byFile.set(key, result);
  }
  return result ?? undefined;
}

/** Where to change the subnet's rules in the plan. */
export const RULES_PATH = NSG_RULES_PATH;
