import { describe, expect, it, vi } from 'vitest';
import armNsg from '../../core/importers/fixtures/arm-nsg.json' with { type: 'json' };
import armRouteTable from '../../core/importers/fixtures/arm-route-table.json' with { type: 'json' };
import armSubnet from '../../core/importers/fixtures/arm-subnet.json' with { type: 'json' };
import armVnet from '../../core/importers/fixtures/arm-vnet.json' with { type: 'json' };
import { fakeFetch, inOrder, type FakeReply } from './fakeFetch.ts';
import { createArmClient, isActionAllowed, isArmError, JOIN_ACTIONS } from './index.ts';

const SUB = '11111111-2222-3333-4444-555555555555';
const RG = `/subscriptions/${SUB}/resourceGroups/net-rg`;
const NET = `${RG}/providers/Microsoft.Network`;

function setup(...replies: FakeReply[]) {
  const { fetch, requests } = fakeFetch(inOrder(...replies));
  const client = createArmClient({ fetch, getToken: vi.fn(async () => 't') });
  return { client, requests };
}

const path = (url: string) => {
  const parsed = new URL(url);
  return `${decodeURIComponent(parsed.pathname)}?${parsed.search.slice(1)}`;
};

describe('network reads', () => {
  it('lists virtual networks with their subnets summarised', async () => {
    const { client, requests } = setup({ body: { value: [armVnet] } });
    const { items } = await client.listVirtualNetworks(SUB);
    expect(path(requests[0]?.url ?? '')).toBe(
      `/subscriptions/${SUB}/providers/Microsoft.Network/virtualNetworks?api-version=2024-05-01`,
    );
    expect(items[0]).toMatchObject({
      name: 'mynetwork',
      resourceGroup: 'net-rg',
      region: 'eastus2',
      addressPrefixes: ['10.0.0.0/16', 'fd00:db8:deca::/48'],
    });
    expect(items[0]?.subnets.map((s) => [s.name, s.addressPrefixes, s.delegations])).toEqual([
      ['default', ['10.0.0.0/24'], []],
      ['training', ['10.0.1.0/24'], []],
      ['databricks-public', ['10.0.2.0/26'], ['Microsoft.Databricks/workspaces']],
    ]);
    expect(items[0]?.body).toEqual(armVnet);
  });

  it('reads a subnet: prefixes, associations, addresses in use', async () => {
    const { client, requests } = setup({ body: armSubnet });
    const subnet = await client.getSubnet(armSubnet.id);
    expect(path(requests[0]?.url ?? '')).toBe(
      `${NET}/virtualNetworks/mynetwork/subnets/training?api-version=2024-05-01`,
    );
    expect(subnet).toEqual({
      id: armSubnet.id,
      name: 'training',
      addressPrefixes: ['10.0.1.0/24', 'fd00:db8:deca:1::/64'],
      delegations: [],
      networkSecurityGroupId: `${NET}/networkSecurityGroups/nsg-training`,
      routeTableId: `${NET}/routeTables/rt-training`,
      natGatewayId: `${NET}/natGateways/nat-training`,
      ipConfigurationCount: 2,
      body: armSubnet,
    });
  });

  it('reads an NSG, a route table and a NAT gateway', async () => {
    const nat = {
      id: `${NET}/natGateways/nat-training`,
      name: 'nat-training',
      location: 'eastus2',
      sku: { name: 'Standard' },
      properties: {
        idleTimeoutInMinutes: 4,
        publicIpAddresses: [{ id: `${NET}/publicIPAddresses/pip-nat` }],
      },
    };
    const { client } = setup({ body: armNsg }, { body: armRouteTable }, { body: nat });
    expect(await client.getNetworkSecurityGroup(armNsg.id)).toMatchObject({
      name: 'nsg-training',
      securityRuleCount: 5,
      subnetIds: [`${NET}/virtualNetworks/mynetwork/subnets/training`],
    });
    expect(await client.getRouteTable(armRouteTable.id)).toMatchObject({
      name: 'rt-training',
      routeCount: 3,
      disableBgpRoutePropagation: false,
    });
    expect(await client.getNatGateway(nat.id)).toEqual({
      id: nat.id,
      name: 'nat-training',
      region: 'eastus2',
      publicIpAddressIds: [`${NET}/publicIPAddresses/pip-nat`],
      publicIpPrefixIds: [],
      idleTimeoutInMinutes: 4,
      body: nat,
    });
  });

  it('reports a resource without the fields it needs as MalformedResponse naming the field', async () => {
    const { client } = setup({ body: { id: armSubnet.id } });
    const error = await client.getSubnet(armSubnet.id).catch((e: unknown) => e);
    expect(isArmError(error) && error.code).toBe('MalformedResponse');
    expect(isArmError(error) && error.message).toMatch(/a subnet this wizard can't read \(field name\)/);
  });
});

describe('management reads', () => {
  it('lists the resource groups of a subscription with their regions', async () => {
    const { client, requests } = setup({
      body: {
        value: [
          { id: `/subscriptions/${SUB}/resourceGroups/ml-rg`, name: 'ml-rg', location: 'eastus2' },
          { id: `/subscriptions/${SUB}/resourceGroups/net-rg`, name: 'net-rg', location: 'West Europe' },
        ],
      },
    });
    const { items } = await client.listResourceGroups(SUB);
    expect(path(requests[0]?.url ?? '')).toBe(`/subscriptions/${SUB}/resourcegroups?api-version=2021-04-01`);
    expect(items).toEqual([
      { name: 'ml-rg', region: 'eastus2' },
      { name: 'net-rg', region: 'westeurope' },
    ]);
    const refused = await client.listResourceGroups('../../providers').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Error);
  });

  it("lists the subscription's physical regions, not the logical ones", async () => {
    const { client, requests } = setup({
      body: {
        value: [
          {
            id: `/subscriptions/${SUB}/locations/eastus2`,
            name: 'eastus2',
            displayName: 'East US 2',
            regionalDisplayName: '(US) East US 2',
            metadata: { regionType: 'Physical', geography: 'United States' },
          },
          { name: 'unitedstates', displayName: 'United States', metadata: { regionType: 'Logical' } },
          { name: 'newregion' },
        ],
      },
    });
    const { items } = await client.listLocations(SUB);
    expect(path(requests[0]?.url ?? '')).toBe(`/subscriptions/${SUB}/locations?api-version=2022-12-01`);
    expect(items).toEqual([
      { name: 'eastus2', displayName: 'East US 2' },
      { name: 'newregion', displayName: 'newregion' },
    ]);
    const refused = await client.listLocations('../../providers').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Error);
  });

  it('lists workspaces with managed network mode and private endpoints', async () => {
    const workspace = {
      id: `/subscriptions/${SUB}/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/contoso-ml`,
      name: 'contoso-ml',
      type: 'Microsoft.MachineLearningServices/workspaces',
      location: 'East US 2',
      kind: 'Default',
      properties: {
        managedNetwork: { isolationMode: 'Disabled', status: { status: 'Inactive' } },
        publicNetworkAccess: 'Disabled',
        privateEndpointConnections: [
          {
            id: 'pec-1',
            properties: {
              privateEndpoint: {
                id: '/subscriptions/x/resourceGroups/ml-rg/providers/Microsoft.Network/privateEndpoints/pe-ws',
              },
              privateLinkServiceConnectionState: { status: 'Approved' },
            },
          },
        ],
      },
    };
    const { client, requests } = setup({
      body: { value: [workspace, { ...workspace, name: 'bare', properties: {} }] },
    });
    const { items } = await client.listWorkspaces(SUB);
    expect(path(requests[0]?.url ?? '')).toBe(
      `/subscriptions/${SUB}/providers/Microsoft.MachineLearningServices/workspaces?api-version=2025-06-01`,
    );
    expect(items[0]).toEqual({
      id: workspace.id,
      name: 'contoso-ml',
      resourceGroup: 'ml-rg',
      region: 'eastus2',
      kind: 'Default',
      managedNetworkIsolationMode: 'Disabled',
      publicNetworkAccess: 'Disabled',
      privateEndpointConnections: [
        {
          id: 'pec-1',
          privateEndpointId:
            '/subscriptions/x/resourceGroups/ml-rg/providers/Microsoft.Network/privateEndpoints/pe-ws',
          status: 'Approved',
        },
      ],
    });
    expect(items[1]).toMatchObject({ name: 'bare', privateEndpointConnections: [] });
  });

  it('lists locks with the scope they apply to', async () => {
    const lock = {
      id: `${NET}/virtualNetworks/mynetwork/providers/Microsoft.Authorization/locks/no-delete`,
      name: 'no-delete',
      type: 'Microsoft.Authorization/locks',
      properties: { level: 'CanNotDelete', notes: 'Shared network' },
    };
    const { client, requests } = setup({ body: { value: [lock] } });
    const { items } = await client.listLocks(RG);
    expect(path(requests[0]?.url ?? '')).toBe(
      `${RG}/providers/Microsoft.Authorization/locks?api-version=2020-05-01`,
    );
    expect(items).toEqual([
      {
        id: lock.id,
        name: 'no-delete',
        level: 'CanNotDelete',
        notes: 'Shared network',
        scope: `${NET}/virtualNetworks/mynetwork`,
      },
    ]);
  });

  it('reads permissions and answers whether joining the subnet is allowed', async () => {
    const { client, requests } = setup({
      body: {
        value: [
          { actions: ['Microsoft.Network/*/read'], notActions: [] },
          {
            actions: ['Microsoft.Network/*'],
            notActions: ['Microsoft.Network/virtualNetworks/subnets/join/action'],
          },
        ],
      },
    });
    const { items } = await client.checkPermissions(`${NET}/virtualNetworks/mynetwork`);
    expect(path(requests[0]?.url ?? '')).toBe(
      `${NET}/virtualNetworks/mynetwork/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`,
    );
    expect(items[0]).toEqual({
      actions: ['Microsoft.Network/*/read'],
      notActions: [],
      dataActions: [],
      notDataActions: [],
    });
    expect(JOIN_ACTIONS.map((action) => isActionAllowed(items, action))).toEqual([true, false]);
  });

  it('refuses a subscription id that is not a GUID before sending', async () => {
    const { client, requests } = setup();
    const error = await client.listWorkspaces('../../providers').catch((e: unknown) => e);
    expect(isArmError(error) && error.code).toBe('InvalidResourceId');
    expect(requests).toHaveLength(0);
  });
});

describe('isActionAllowed', () => {
  const entry = (actions: string[], notActions: string[] = []) => ({
    actions,
    notActions,
    dataActions: [],
    notDataActions: [],
  });
  it.each([
    [[entry(['*'])], 'Microsoft.Network/virtualNetworks/read', true],
    [[entry(['*/read'])], 'Microsoft.Network/virtualNetworks/read', true],
    [[entry(['*/read'])], 'Microsoft.Network/virtualNetworks/subnets/join/action', false],
    [[entry(['microsoft.network/*'])], 'Microsoft.Network/virtualNetworks/join/action', true],
    [
      [entry(['*'], ['Microsoft.Network/*/join/action'])],
      'Microsoft.Network/virtualNetworks/join/action',
      false,
    ],
    [
      [
        entry(['*'], ['Microsoft.Network/*/join/action']),
        entry(['Microsoft.Network/virtualNetworks/join/action']),
      ],
      'Microsoft.Network/virtualNetworks/join/action',
      true,
    ],
    [[entry(['Microsoft.Network/virtualNetworks/read'])], 'Microsoft.Network/virtualNetworksXread', false],
    [[], 'Microsoft.Network/virtualNetworks/read', false],
  ])('%j allows %s: %s', (permissions, action, allowed) => {
    expect(isActionAllowed(permissions, action)).toBe(allowed);
  });
});
