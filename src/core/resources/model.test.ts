import { describe, expect, it } from 'vitest';
import { buildModel } from './model.ts';
import { networkHasChanges } from './modelNetwork.ts';
import { networkName, databricksWorkspaceName } from './names.ts';
import { scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';

const networkOf = (name: string) => {
  const network = buildModel(scenarioPlan(name)).network;
  if (!network) throw new Error(`${name} has no customer network`);
  return network;
};

describe('buildModel', () => {
  it('creates a new subnet with the planned NSG and a NAT gateway', () => {
    const network = networkOf('compute-cluster');
    expect(network.subnets).toEqual([
      expect.objectContaining({
        role: 'compute',
        action: 'create',
        nsgName: 'nsg-training',
        natGatewayName: 'nat-contoso-vnet',
      }),
    ]);
    expect(network.natGateway).toEqual({
      name: 'nat-contoso-vnet',
      publicIpName: 'pip-nat-contoso-vnet',
      idleTimeoutMinutes: 4,
    });
  });

  it('updates an existing subnet that gains a NAT gateway, restating what the plan knows', () => {
    const [subnet] = networkOf('nat-existing-subnet').subnets;
    expect(subnet).toMatchObject({
      action: 'update',
      addressPrefix: '10.0.1.0/24',
      nsgName: 'nsg-training',
      natGatewayName: 'nat-contoso-vnet',
    });
  });

  it('keeps an existing NAT gateway and route table on an updated subnet', () => {
    const network = networkOf('vnet-other-group');
    expect(network.subnets[0]).toMatchObject({
      action: 'update',
      keepsExistingNatGateway: true,
      routeTableName: 'rt-hub',
    });
    expect(network.natGateway).toBeUndefined();
    expect(network.routeTable).toMatchObject({ name: 'rt-hub', mode: 'existing' });
    expect(network.routeTable?.routes.map((route) => route.addressPrefix)).toEqual([
      'AzureMachineLearning',
      'BatchNodeManagement.eastus2',
    ]);
  });

  it('only references an existing subnet when nothing new is associated', () => {
    const network = networkOf('restricted-outbound');
    expect(network.subnets[0]?.action).toBe('reference');
    expect(network.nsgs[0]).toMatchObject({ mode: 'existing', name: 'nsg-instances' });
    expect(networkHasChanges(network)).toBe(true);
    expect(networkHasChanges(networkOf('virtual-machine'))).toBe(false);
  });

  it('routes 0.0.0.0/0 to the appliance and bypasses the service tags when forced-tunnelling', () => {
    const table = networkOf('forced-tunnel').routeTable;
    expect(table?.mode).toBe('new');
    expect(
      table?.routes.map((route) => [route.addressPrefix, route.nextHopType, route.nextHopIpAddress]),
    ).toEqual([
      ['0.0.0.0/0', 'VirtualAppliance', '10.0.0.4'],
      ['AzureMachineLearning', 'Internet', undefined],
      ['BatchNodeManagement.eastus2', 'Internet', undefined],
    ]);
  });

  it("creates both Databricks subnets, delegated, sharing one NSG, plus the VNet's other subnets", () => {
    const network = networkOf('databricks');
    expect(network.subnets.map((subnet) => [subnet.role, subnet.name, subnet.delegations])).toEqual([
      ['databricksPublic', 'databricks-public', ['Microsoft.Databricks/workspaces']],
      ['databricksPrivate', 'databricks-private', ['Microsoft.Databricks/workspaces']],
      ['other', 'default', []],
    ]);
    expect(network.nsgs.map((nsg) => nsg.name)).toEqual(['nsg-databricks']);
  });

  it('has no customer network for a managed virtual network', () => {
    const model = buildModel(scenarioPlan('managed-vnet'));
    expect(model.network).toBeUndefined();
    expect(model.workspace.managedNetworkMode).toBe('allowOnlyApprovedOutbound');
  });
});

describe('derived names', () => {
  it.each([
    ['nat-', 'contoso-vnet', 'nat-contoso-vnet'],
    ['rt-', 'a'.repeat(90), `rt-${'a'.repeat(77)}`],
    ['nsg-', 'x.', 'nsg-x'],
  ])('networkName(%s, %s)', (prefix, base, expected) => {
    expect(networkName(prefix, base)).toBe(expected);
  });

  it('derives a Databricks workspace name of at least 3 characters', () => {
    expect(databricksWorkspaceName('db')).toBe('dbw-db');
  });
});
