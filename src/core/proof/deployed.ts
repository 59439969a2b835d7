/**
 * The one place the proof learns what the bundle deploys: the deployment model of `src/core/resources`
 * (`buildModel`), the same model the resources and every printer are built from.
 */
import { parseIpv4Range, type IpRange } from '../flows/address.ts';
import {
  NSG_RULES_PATH,
  prefixBypass,
  simulateFlows,
  type NsgDecision,
  type SourcedRule,
} from '../flows/index.ts';
import { buildModel } from '../resources/model.ts';
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
  /** The address prefix parsed once, when it is an IPv4 prefix (not a service tag). */
  readonly range?: IpRange;
}

/** The compute subnet as it will be after deployment. */
export interface DeployedSubnet {
  readonly name: string;
  readonly addressPrefix: string;
  readonly defaultOutboundAccess: boolean;
  /** The NSG on the subnet, with its rules (existing, then those the bundle adds). */
  readonly nsg?: {
    readonly name: string;
    readonly rules: readonly SourcedRule[];
    /** The simulator's decisions by flow id, when it evaluated exactly these rules (so they needn't be evaluated again). */
    readonly decisions?: ReadonlyMap<string, NsgDecision>;
  };
  readonly routeTableName?: string;
  readonly routes: readonly DeployedRoute[];
  /** Name of the NAT gateway on the subnet (the existing one, or the one the bundle adds). */
  readonly natGateway?: string;
  readonly vnetAddressSpace: readonly string[];
  readonly dnsServers: readonly string[];
}

const withTag = (tag: string | undefined) => (tag === undefined ? {} : { tag });
const withRange = (prefix: string) => {
  const range = parseIpv4Range(prefix.trim());
  return range ? { range } : {};
};

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
    ...withRange(route.properties.addressPrefix),
  }));
  const file = options.serviceTags?.file;
  const fromFile = file ? prefixBypass(plan, file)?.routes : undefined;
  const tagOf = new Map((fromFile ?? []).map((route) => [route.addressPrefix, route.tag] as const));
  const planned = (model.network?.routeTable?.routes ?? []).map((route) => ({
    ...route,
    origin: 'planned' as const,
    path: 'tunneling',
    ...withTag(tagOf.get(route.addressPrefix)),
    ...withRange(route.addressPrefix),
  }));
  return [...existing, ...planned];
}

const sameRules = (a: readonly SourcedRule['rule'][], b: readonly SourcedRule[]) =>
  a.length === b.length && a.every((rule, i) => JSON.stringify(rule) === JSON.stringify(b[i]?.rule));

/**
 * The NSG once deployed: the existing rules as the simulator parsed them, then the rules the bundle adds.
 * When the bundle adds exactly the rules the simulator evaluated, its decisions are reused.
 */
function deployedNsg(
  plan: Plan,
  name: string,
  planned: readonly SourcedRule['rule'][],
): DeployedSubnet['nsg'] {
  const simulation = simulateFlows(plan);
  if (sameRules(planned, simulation.planned)) {
    const decisions = new Map(simulation.flows.map((v) => [v.flow.id, v] as const));
    return { name, rules: simulation.rules, decisions };
  }
  const existing = simulation.rules.filter((rule) => rule.origin === 'existing');
  return { name, rules: [...existing, ...planned.map((rule) => ({ rule, origin: 'planned' as const }))] };
}

/** {@link deployedSubnet} without the memo. */
export function deploySubnet(plan: Plan, options: CheckOptions = {}): DeployedSubnet | undefined {
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
    ...(nsgModel ? { nsg: deployedNsg(plan, nsgModel.name, nsgModel.rules) } : {}),
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
    result = deploySubnet(plan, options) ?? null;
    byFile.set(key, result);
  }
  return result ?? undefined;
}

/** Where to change the subnet's rules in the plan. */
export const RULES_PATH = NSG_RULES_PATH;
