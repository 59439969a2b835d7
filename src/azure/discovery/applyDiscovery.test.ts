import { describe, expect, it } from 'vitest';
import example from '../../../examples/compute-cluster.plan.json' with { type: 'json' };
import { parsePlan, planSchema, type Plan, type Subnet } from '../../core/index.ts';
import type { ArmWorkspace } from '../arm/index.ts';
import {
  planWithNetwork,
  planWithWorkspace,
  tunnelingFromSubnet,
  workspaceFromArm,
} from './applyDiscovery.ts';

const SUB = '11111111-2222-3333-4444-555555555555';
function basePlan(): Plan {
  const result = parsePlan(example);
  if (!result.ok) throw new Error('example must parse');
  return result.plan;
}

const workspace = (overrides: Partial<ArmWorkspace> = {}): ArmWorkspace => ({
  id: `/subscriptions/${SUB}/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws`,
  name: 'ml-ws',
  resourceGroup: 'ml-rg',
  region: 'westeurope',
  privateEndpointConnections: [],
  ...overrides,
});

const subnet = (extra: Partial<Subnet> = {}): Subnet =>
  ({
    mode: 'existing',
    name: 'training',
    addressPrefix: '10.0.1.0/24',
    usedAddresses: 0,
    delegations: [],
    defaultOutboundAccess: true,
    natGateway: false,
    ...extra,
  }) as Subnet;

const defaultRoute = (ip: string) => ({
  name: 'd',
  properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance' as const, nextHopIpAddress: ip },
});

describe('workspaceFromArm', () => {
  it.each([
    [undefined, 'customerVnet', undefined],
    ['Disabled', 'customerVnet', undefined],
    ['AllowInternetOutbound', 'managedVnet', 'allowInternetOutbound'],
    ['AllowOnlyApprovedOutbound', 'managedVnet', 'allowOnlyApprovedOutbound'],
  ])('isolation mode %s → %s', (mode, isolation, managedNetworkMode) => {
    const result = workspaceFromArm(
      workspace(mode === undefined ? {} : { managedNetworkIsolationMode: mode }),
      SUB,
    );
    expect(result.ok && result.value.isolation).toBe(isolation);
    expect(result.ok && result.value.managedNetworkMode).toBe(managedNetworkMode);
  });

  it('counts only an approved private endpoint connection', () => {
    const pending = workspaceFromArm(
      workspace({ privateEndpointConnections: [{ id: 'a', status: 'Pending' }] }),
      SUB,
    );
    const approved = workspaceFromArm(
      workspace({ privateEndpointConnections: [{ id: 'a', status: 'Approved' }] }),
      SUB,
    );
    expect(pending.ok && pending.value.privateEndpoint).toBe(false);
    expect(approved.ok && approved.value.privateEndpoint).toBe(true);
  });

  it('refuses a workspace without a resource group', () => {
    const { resourceGroup: _rg, ...rest } = workspace();
    expect(workspaceFromArm(rest, SUB)).toMatchObject({ ok: false });
  });
});

describe('plan edits', () => {
  it('a managed-network workspace drops the customer network and stays a valid plan', () => {
    const found = workspaceFromArm(
      workspace({ managedNetworkIsolationMode: 'AllowOnlyApprovedOutbound' }),
      SUB,
    );
    if (!found.ok) throw new Error(found.message);
    const plan = planWithWorkspace(basePlan(), found.value);
    expect(plan.network).toBeUndefined();
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('derives the egress from the existing subnet', () => {
    const current = basePlan().tunneling;
    expect(tunnelingFromSubnet(subnet({ natGateway: true }), current).mode).toBe('natGateway');
    const routed = subnet({ routeTable: { name: 'rt', routes: [defaultRoute('10.0.0.4')] } });
    expect(tunnelingFromSubnet(routed, current)).toMatchObject({
      mode: 'userDefinedRoutes',
      applianceIp: '10.0.0.4',
    });
    expect(
      tunnelingFromSubnet(subnet(), { ...current, mode: 'userDefinedRoutes', applianceIp: '10.0.0.9' }),
    ).not.toHaveProperty('applianceIp');
  });

  it('a default route to an appliance wins over a NAT gateway', () => {
    const both = subnet({ natGateway: true, routeTable: { name: 'rt', routes: [defaultRoute('10.0.0.4')] } });
    expect(tunnelingFromSubnet(both, basePlan().tunneling)).toMatchObject({
      mode: 'userDefinedRoutes',
      applianceIp: '10.0.0.4',
    });
  });

  it('keeps a planned firewall when the subnet’s route table couldn’t be read', () => {
    const firewalled = {
      ...basePlan().tunneling,
      mode: 'userDefinedRoutes',
      applianceIp: '10.0.0.9',
    } as const;
    const plan = { ...basePlan(), tunneling: firewalled };
    const vnet = plan.network?.vnet;
    if (!vnet) throw new Error('example has a VNet');
    const unread = { natGatewayRead: true, routes: 'unread' } as const;
    const result = planWithNetwork(plan, vnet, subnet({ natGateway: true }), unread);
    expect(result.ok && result.value.tunneling).toEqual(firewalled);
    const read = planWithNetwork(plan, vnet, subnet({ natGateway: true }));
    expect(read.ok && read.value.tunneling.mode).toBe('natGateway');
  });

  it('puts the VNet and subnet in and refuses Databricks', () => {
    const plan = basePlan();
    const vnet = plan.network?.vnet;
    if (!vnet) throw new Error('example has a VNet');
    const result = planWithNetwork(plan, vnet, subnet());
    expect(result.ok && planSchema.safeParse(result.value).success).toBe(true);
    const databricks = { ...plan, compute: { kind: 'databricks' } } as unknown as Plan;
    expect(planWithNetwork(databricks, vnet, subnet())).toMatchObject({ ok: false });
  });
});
