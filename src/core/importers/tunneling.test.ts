import { describe, expect, it } from 'vitest';
import { subnetSchema, type RouteTable, type Subnet, type Tunneling } from '../model/index.ts';
import { tunnelingFromSubnet, type EgressEvidence } from './tunneling.ts';

const nat: Tunneling = {
  mode: 'natGateway',
  routeTargets: 'serviceTags',
  routeBatchNodeManagement: true,
  natIdleTimeoutMinutes: 10,
};
const firewall: Tunneling = { ...nat, mode: 'userDefinedRoutes', applianceIp: '10.9.9.9' };
const none: Tunneling = { ...nat, mode: 'none' };

const table = (nextHopType: 'VirtualAppliance' | 'Internet', ip?: string): RouteTable => ({
  name: 'rt',
  routes: [
    {
      name: 'default',
      properties: {
        addressPrefix: '0.0.0.0/0',
        nextHopType,
        ...(ip === undefined ? {} : { nextHopIpAddress: ip }),
      },
    },
  ],
});

/** An existing subnet "training", read whole, with `extra` fields. */
const subnet = (extra: Partial<Subnet> = {}): Subnet =>
  subnetSchema.parse({ mode: 'existing', name: 'training', addressPrefix: '10.0.1.0/24', ...extra });

const READ: EgressEvidence = { natGatewayRead: true, routes: 'read' };
const NSG_ONLY: EgressEvidence = { natGatewayRead: false, routes: 'plan' };
const ROUTES_ONLY: EgressEvidence = { natGatewayRead: false, routes: 'read' };
const ROUTES_UNREAD: EgressEvidence = { natGatewayRead: true, routes: 'unread' };

describe('tunnelingFromSubnet', () => {
  it.each([
    ['NSG only: the plan’s NAT gateway stays', subnet(), nat, NSG_ONLY, nat],
    ['NSG only: the plan’s firewall stays', subnet(), firewall, NSG_ONLY, firewall],
    [
      'NSG only: the plan’s own route table is not read again',
      subnet({ routeTable: table('VirtualAppliance', '10.0.0.4') }),
      nat,
      NSG_ONLY,
      nat,
    ],
    [
      'NSG only: the plan’s own NAT gateway flag is not read again',
      subnet({ natGateway: true }),
      firewall,
      NSG_ONLY,
      firewall,
    ],
    [
      'route table only, to an appliance',
      subnet({ routeTable: table('VirtualAppliance', '10.0.0.4') }),
      nat,
      ROUTES_ONLY,
      { ...nat, mode: 'userDefinedRoutes', applianceIp: '10.0.0.4' },
    ],
    ['route table only, to the internet', subnet({ routeTable: table('Internet') }), nat, ROUTES_ONLY, nat],
    ['read whole, NAT gateway', subnet({ natGateway: true }), firewall, READ, { ...nat, mode: 'natGateway' }],
    [
      'read whole, NAT gateway and a default route to an appliance',
      subnet({ natGateway: true, routeTable: table('VirtualAppliance', '10.0.0.4') }),
      nat,
      READ,
      { ...nat, mode: 'userDefinedRoutes', applianceIp: '10.0.0.4' },
    ],
    ['read whole, neither', subnet(), nat, READ, none],
    [
      'read whole, a default route to the internet only',
      subnet({ routeTable: table('Internet') }),
      firewall,
      READ,
      none,
    ],
    [
      'route table unread, NAT gateway',
      subnet({ natGateway: true }),
      none,
      ROUTES_UNREAD,
      { ...none, mode: 'natGateway' },
    ],
    [
      'route table unread, NAT gateway, planned firewall',
      subnet({ natGateway: true }),
      firewall,
      ROUTES_UNREAD,
      firewall,
    ],
    ['route table unread, no NAT gateway', subnet(), nat, ROUTES_UNREAD, nat],
  ] as const)('%s', (_case, read, current, evidence, expected) => {
    expect(tunnelingFromSubnet(read, current, evidence)).toEqual(expected);
  });

  it('returns the plan’s own object when nothing changes, so nothing shows as changed', () => {
    expect(tunnelingFromSubnet(subnet({ natGateway: true }), nat)).toBe(nat);
    expect(tunnelingFromSubnet(subnet(), nat, NSG_ONLY)).toBe(nat);
    const same = { ...firewall, applianceIp: '10.0.0.4' };
    expect(tunnelingFromSubnet(subnet({ routeTable: table('VirtualAppliance', '10.0.0.4') }), same)).toBe(
      same,
    );
  });
});
