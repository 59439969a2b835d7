import type { RouteTable, Subnet, Tunneling } from '../model/index.ts';

/**
 * What was read from Azure about a subnet's way out, beside the subnet's own fields. The plan's own subnet,
 * given only a pasted NSG, says nothing about egress: its `natGateway` and route table are the plan's.
 */
export interface EgressEvidence {
  /** The subnet's NAT gateway, or its absence, is Azure's (the subnet was read whole, or names a NAT gateway). */
  readonly natGatewayRead: boolean;
  /**
   * The subnet's route table: `read` (its routes, or that it has none, are Azure's), `unread` (it has one
   * whose routes weren't read) or `plan` (nothing read says anything about routes).
   */
  readonly routes: 'read' | 'unread' | 'plan';
}

/** A subnet read whole from Azure, with its route table when it has one. */
const READ_WHOLE: EgressEvidence = { natGatewayRead: true, routes: 'read' };

/** The appliance a route table sends all internet traffic (0.0.0.0/0) to, when it does. */
function defaultRouteAppliance(routeTable: RouteTable | undefined): string | undefined {
  return routeTable?.routes.find(
    (route) =>
      route.properties.addressPrefix === '0.0.0.0/0' && route.properties.nextHopType === 'VirtualAppliance',
  )?.properties.nextHopIpAddress;
}

/**
 * The egress the existing subnet has, or the plan's `current` one wherever nothing read says otherwise, so
 * pasting an NSG alone never changes how traffic leaves. A default route to a virtual appliance decides first:
 * Azure follows the route before a NAT gateway sees the packet. Then a NAT gateway. A subnet read whole with
 * neither has no way out of its own (`none`); one whose route table wasn't read keeps the plan's firewall,
 * since that table may hold the route to it.
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview
 * @see https://learn.microsoft.com/azure/nat-gateway/nat-overview
 */
export function tunnelingFromSubnet(
  subnet: Subnet,
  current: Tunneling,
  evidence: EgressEvidence = READ_WHOLE,
): Tunneling {
  const { applianceIp: _unused, ...rest } = current;
  const to = (mode: 'none' | 'natGateway'): Tunneling =>
    current.mode === mode ? current : { ...rest, mode };
  const ip = evidence.routes === 'read' ? defaultRouteAppliance(subnet.routeTable) : undefined;
  if (ip !== undefined) {
    return current.mode === 'userDefinedRoutes' && current.applianceIp === ip
      ? current
      : { ...rest, mode: 'userDefinedRoutes', applianceIp: ip };
  }
  if (!evidence.natGatewayRead) return current;
  if (evidence.routes !== 'read') {
    return subnet.natGateway && current.mode !== 'userDefinedRoutes' ? to('natGateway') : current;
  }
  return to(subnet.natGateway ? 'natGateway' : 'none');
}
