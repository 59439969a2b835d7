import { describe, expect, it } from 'vitest';
import armNsg from '../../core/importers/fixtures/arm-nsg.json' with { type: 'json' };
import armRouteTable from '../../core/importers/fixtures/arm-route-table.json' with { type: 'json' };
import armSubnet from '../../core/importers/fixtures/arm-subnet.json' with { type: 'json' };
import armVnet from '../../core/importers/fixtures/arm-vnet.json' with { type: 'json' };
import { subnetSchema, vnetSchema } from '../../core/index.ts';
import { armErrorBody, fakeFetch, type FakeReply } from '../arm/fakeFetch.ts';
import { createArmClient, isArmError } from '../arm/index.ts';
import { discoverSubnet } from './discoverSubnet.ts';

type Routes = Record<string, FakeReply>;

const resources: Routes = {
  [armSubnet.id]: { body: armSubnet },
  [armVnet.id]: { body: armVnet },
  [armNsg.id]: { body: armNsg },
  [armRouteTable.id]: { body: armRouteTable },
};

function setup(overrides: Routes = {}) {
  const routes = { ...resources, ...overrides };
  const { fetch, requests } = fakeFetch((url) => {
    const reply = routes[decodeURIComponent(url.pathname)];
    return reply ?? { status: 404, body: armErrorBody('ResourceNotFound', 'Not found.') };
  });
  return { client: createArmClient({ fetch, getToken: async () => 't' }), requests };
}

describe('discoverSubnet', () => {
  it('reads the subnet, its VNet, NSG and route table into plan pieces, with GETs only', async () => {
    const { client, requests } = setup();
    const result = await discoverSubnet(client, armSubnet.id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(vnetSchema.parse(result.vnet)).toEqual(result.vnet);
    expect(subnetSchema.parse(result.subnet)).toEqual(result.subnet);
    expect(result.vnet.otherSubnets.map((s) => s.name)).toEqual(['default', 'databricks-public']);
    expect(result.subnet).toMatchObject({
      name: 'training',
      natGateway: true,
      networkSecurityGroup: { name: 'nsg-training' },
      routeTable: { name: 'rt-training' },
    });
    expect(requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'GET']);
    expect(result.egress).toEqual({ natGatewayRead: true, routes: 'read' });
  });

  it('says when the subnet’s route table couldn’t be read, so its routes are unknown', async () => {
    const { client } = setup({
      [armRouteTable.id]: { status: 404, body: armErrorBody('NotFound', 'gone') },
    });
    const result = await discoverSubnet(client, armSubnet.id);
    expect(result.ok && result.subnet.routeTable).toBeUndefined();
    expect(result.ok && result.egress).toEqual({ natGatewayRead: true, routes: 'unread' });
  });

  it('turns an unreadable NSG into a note and keeps going', async () => {
    const forbidden: FakeReply = {
      status: 403,
      body: armErrorBody(
        'AuthorizationFailed',
        `The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.Network/networkSecurityGroups/read' over scope '${armNsg.id}' or the scope is invalid.`,
      ),
    };
    const { client } = setup({ [armNsg.id]: forbidden });
    const result = await discoverSubnet(client, armSubnet.id);
    expect(result.ok && result.subnet.networkSecurityGroup).toBeUndefined();
    expect(result.ok && result.notes).toContain(
      `You lack permission Microsoft.Network/networkSecurityGroups/read on ${armNsg.id}. Ask an owner of that scope for a role that grants it (Reader is enough to audit), then sign in again.`,
    );
  });

  it('rejects with the ArmError when the subnet itself cannot be read', async () => {
    const { client } = setup({ [armSubnet.id]: { status: 404, body: armErrorBody('NotFound', 'gone') } });
    const error = await discoverSubnet(client, armSubnet.id).catch((e: unknown) => e);
    expect(isArmError(error) && error.status).toBe(404);
  });

  it('explains a VNet document the importer cannot read', async () => {
    const { client } = setup({ [armVnet.id]: { body: { ...armVnet, location: undefined } } });
    const result = await discoverSubnet(client, armSubnet.id);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^The virtual network JSON has fields this wizard can't read: location/),
    });
  });
});
