import { parseIpv4Range } from '../flows/address.ts';
import type { Flow } from '../flows/index.ts';
import type { Plan } from '../model/index.ts';
import { computeRegion, hasPublicIp } from '../net/index.ts';
import type { DeployedRoute, DeployedSubnet } from './deployed.ts';
import type { Step } from './types.ts';

/** Address ranges no public service tag uses (RFC 1918 and shared address space). */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map((text) =>
  parseIpv4Range(text)!,
);

const baseTag = (tag: string) => tag.toLowerCase().split('.')[0] ?? '';

/** How a route's destination relates to a public service tag: covers it, may cover part of it, or not. */
type Cover = 'all' | 'maybe' | 'no';

const isWhole = (range: { first: number; last: number }) => range.first === 0 && range.last === 0xffffffff;

function covers(plan: Plan, route: DeployedRoute, remote: string): Cover {
  const wanted = remote.toLowerCase();
  if (route.tag !== undefined) return baseTag(route.tag) === baseTag(wanted) ? 'all' : 'no';
  const range = route.range;
  if (!range) {
    const prefix = route.addressPrefix.trim().toLowerCase();
    const regional = `${wanted}.${computeRegion(plan).toLowerCase()}`;
    return prefix === wanted || prefix === regional || prefix === baseTag(wanted) ? 'all' : 'no';
  }
  if (isWhole(range)) return 'all';
  const isPrivate = PRIVATE_RANGES.some((p) => p.first <= range.first && range.last <= p.last);
  return isPrivate ? 'no' : 'maybe';
}

/**
 * The route Azure picks for a public service tag: a route to the tag (or to its prefixes from a Service
 * Tags file) is more specific than 0.0.0.0/0 and wins; a public IP prefix may cover part of the tag
 * (`maybe`); undefined when only the system routes apply.
 */
export function routeFor(
  plan: Plan,
  subnet: DeployedSubnet,
  remote: string,
): DeployedRoute | 'maybe' | undefined {
  let whole: DeployedRoute | undefined;
  for (const route of subnet.routes) {
    const cover = covers(plan, route, remote);
    if (cover === 'maybe') return 'maybe';
    if (cover === 'no') continue;
    if (!route.range || route.tag !== undefined || !isWhole(route.range)) return route;
    whole ??= route;
  }
  return whole;
}

/** The way out for next hop Internet: NAT gateway, then the compute's public IP, then default outbound access. */
function egressStep(plan: Plan, subnet: DeployedSubnet, routeHop: string): Step {
  if (subnet.natGateway !== undefined)
    return { ok: true, hops: [routeHop, `NAT gateway ${subnet.natGateway}`], how: 'the NAT gateway' };
  if (hasPublicIp(plan))
    return { ok: true, hops: [routeHop, "compute's public IP"], how: "the compute's public IP" };
  if (subnet.defaultOutboundAccess) {
    return { ok: true, hops: [routeHop, 'default outbound access'], how: "Azure's default outbound access" };
  }
  return {
    ok: false,
    verdict: 'noWayOut',
    hops: [routeHop, 'no outbound method'],
    reason: `Next hop Internet, but subnet "${subnet.name}" has no NAT gateway, the compute has no public IP and default outbound access is off, so the packet is dropped.`,
    deciding: { resource: `subnet ${subnet.name}`, planPath: 'tunneling.mode' },
  };
}

const routeWord = (route: DeployedRoute) =>
  `route ${route.addressPrefix} → ${route.nextHopIpAddress ?? route.nextHopType}`;

/** Where a route's next hop leads for traffic to a public service tag. */
function nextHopStep(plan: Plan, subnet: DeployedSubnet, route: DeployedRoute, flow: Flow): Step {
  const hop = routeWord(route);
  const table = subnet.routeTableName ?? 'the route table';
  const deciding = { resource: `route table ${table}, route ${route.name}`, planPath: route.path };
  switch (route.nextHopType) {
    case 'Internet':
      return egressStep(plan, subnet, hop);
    case 'VirtualAppliance':
      return {
        ok: false,
        verdict: 'unknown',
        hops: [hop, 'appliance (firewall rules unknown)'],
        reason: `It goes to the appliance at ${route.nextHopIpAddress ?? '?'}; whether its rules allow ${flow.protocol.toUpperCase()} ${flow.port} to ${flow.remote} is not in the plan: allow it there.`,
        deciding: {
          resource: `appliance ${route.nextHopIpAddress ?? ''}`.trim(),
          planPath: 'tunneling.applianceIp',
        },
      };
    case 'VirtualNetworkGateway':
      return {
        ok: false,
        verdict: 'unknown',
        hops: [hop, 'virtual network gateway'],
        reason: `It goes through the virtual network gateway (on-premises); whether that path lets ${flow.remote} through is not in the plan.`,
        deciding,
      };
    default:
      return {
        ok: false,
        verdict: 'blocked',
        hops: [hop],
        reason: `Route "${route.name}" sends it to next hop ${route.nextHopType}, which drops traffic to ${flow.remote}.`,
        deciding,
      };
  }
}

/**
 * The effective route of an outbound flow (system routes, then user-defined and service-tag routes by
 * longest prefix) and its egress: NAT gateway, public IP, default outbound access, appliance, or none.
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview
 * @see https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access
 */
export function outboundRouteStep(plan: Plan, subnet: DeployedSubnet, flow: Flow): Step {
  if (flow.remote.toLowerCase() === 'virtualnetwork') {
    return { ok: true, hops: ['system route VnetLocal'], how: 'the virtual network' };
  }
  const route = routeFor(plan, subnet, flow.remote);
  if (route === 'maybe') {
    return {
      ok: false,
      verdict: 'unknown',
      hops: ['route table'],
      reason: `A route with a public IP prefix may cover part of ${flow.remote}; without a Service Tags file it is not known which way the traffic goes.`,
      deciding: {
        resource: `route table ${subnet.routeTableName ?? ''}`.trim(),
        planPath: 'network.subnet.routeTable.routes',
      },
    };
  }
  if (!route) return egressStep(plan, subnet, 'system route 0.0.0.0/0 → Internet');
  return nextHopStep(plan, subnet, route, flow);
}

/**
 * The reply path of inbound traffic from a service tag: a reply the route table sends to an appliance
 * comes back from another address than the request went to, and the firewall drops it.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function replyRouteStep(plan: Plan, subnet: DeployedSubnet, flow: Flow): Step {
  if (!/^[a-z]/i.test(flow.remote) || flow.remote.toLowerCase() === 'virtualnetwork')
    return { ok: true, hops: [] };
  const route = routeFor(plan, subnet, flow.remote);
  if (route === undefined || route === 'maybe' || route.nextHopType === 'Internet') {
    return { ok: true, hops: route && route !== 'maybe' ? [`reply: ${routeWord(route)}`] : [] };
  }
  return {
    ok: false,
    verdict: 'blocked',
    hops: [`reply: ${routeWord(route)}`],
    reason: `Replies to ${flow.remote} follow route "${route.name}" to ${route.nextHopIpAddress ?? route.nextHopType} instead of going back out directly, so they are dropped: route ${flow.remote} to Internet.`,
    deciding: {
      resource: `route table ${subnet.routeTableName ?? ''}, route ${route.name}`.replace('  ', ' '),
      planPath: route.origin === 'planned' ? 'tunneling.routeTargets' : 'network.subnet.routeTable.routes',
    },
  };
}
