import type { Subnet, Tunneling } from '../model/index.ts';

/** The egress the existing subnet already has: a NAT gateway, a default route to an appliance, or none. */
export function tunnelingFromSubnet(subnet: Subnet, current: Tunneling): Tunneling {
  const { applianceIp: _unused, ...rest } = current;
  if (subnet.natGateway) return { ...rest, mode: 'natGateway' };
  const defaultRoute = subnet.routeTable?.routes.find(
    (route) =>
      route.properties.addressPrefix === '0.0.0.0/0' && route.properties.nextHopType === 'VirtualAppliance',
  );
  const ip = defaultRoute?.properties.nextHopIpAddress;
  if (ip !== undefined) return { ...rest, mode: 'userDefinedRoutes', applianceIp: ip };
  return { ...rest, mode: 'none' };
}
