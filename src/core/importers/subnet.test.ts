import { describe, expect, it } from 'vitest';
import { subnetSchema } from '../model/index.ts';
import armNsg from './fixtures/arm-nsg.json' with { type: 'json' };
import armRouteTable from './fixtures/arm-route-table.json' with { type: 'json' };
import armSubnet from './fixtures/arm-subnet.json' with { type: 'json' };
import azNsg from './fixtures/az-nsg-show.json' with { type: 'json' };
import azRouteTable from './fixtures/az-route-table-show.json' with { type: 'json' };
import azSubnet from './fixtures/az-subnet-show.json' with { type: 'json' };
import azVnet from './fixtures/az-vnet-show.json' with { type: 'json' };
import { nsgFromArm } from './nsg.ts';
import { routeTableFromArm } from './routeTable.ts';
import { subnetFromArm } from './subnet.ts';

const value = <T>(result: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('subnetFromArm', () => {
  it('reads az subnet show with its NSG and route table into the plan shape', () => {
    const result = subnetFromArm(azSubnet, { nsg: azNsg, routeTable: azRouteTable });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      mode: 'existing',
      name: 'training',
      addressPrefix: '10.0.1.0/24',
      usedAddresses: 3,
      delegations: [],
      defaultOutboundAccess: false,
      natGateway: false,
      networkSecurityGroup: value(nsgFromArm(azNsg)),
      routeTable: value(routeTableFromArm(azRouteTable)),
    });
    expect(subnetSchema.parse(result.value)).toEqual(result.value);
    expect(result.notes).toEqual([expect.stringMatching(/^Security rule "AllowBatchNodeManagement"/)]);
  });

  it('reads an ARM body: first IPv4 prefix, NAT gateway, default outbound access left to the plan default', () => {
    const result = subnetFromArm(armSubnet, { nsg: armNsg, routeTable: armRouteTable });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      addressPrefix: '10.0.1.0/24',
      usedAddresses: 2,
      natGateway: true,
      defaultOutboundAccess: true,
      networkSecurityGroup: { name: 'nsg-training' },
      routeTable: { name: 'rt-training' },
    });
    expect(result.notes[0]).toBe('Only the prefix 10.0.1.0/24 is checked; fd00:db8:deca:1::/64 is not.');
    expect(subnetSchema.safeParse(result.value).success).toBe(true);
  });

  it('gives the same subnet from either shape', () => {
    const fromAz = value(subnetFromArm(azSubnet, { nsg: azNsg, routeTable: azRouteTable }));
    const fromArm = value(subnetFromArm(armSubnet, { nsg: armNsg, routeTable: armRouteTable }));
    expect(fromArm.networkSecurityGroup).toEqual(fromAz.networkSecurityGroup);
    expect(fromArm.routeTable).toEqual(fromAz.routeTable);
  });

  it('says which documents to add when the NSG and route table were not pasted', () => {
    const result = subnetFromArm(azSubnet);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.networkSecurityGroup).toBeUndefined();
    expect(result.value.routeTable).toBeUndefined();
    expect(result.notes).toEqual([
      'Subnet "training" uses network security group "nsg-training"; add the output of `az network nsg show -g net-rg -n nsg-training -o json` to audit its rules.',
      'Subnet "training" uses route table "rt-training"; add the output of `az network route-table show -g net-rg -n rt-training -o json` to audit its routes.',
    ]);
  });

  it('reads delegations from both shapes', () => {
    const delegated = {
      name: 'dbx',
      type: 'Microsoft.Network/virtualNetworks/subnets',
      properties: {
        addressPrefix: '10.0.2.0/26',
        delegations: [{ name: 'd', properties: { serviceName: 'Microsoft.Databricks/workspaces' } }],
      },
    };
    const azDelegated = azVnet.subnets[2];
    expect(value(subnetFromArm(delegated)).delegations).toEqual(['Microsoft.Databricks/workspaces']);
    expect(value(subnetFromArm(azDelegated)).delegations).toEqual(['Microsoft.Databricks/workspaces']);
  });

  it.each([
    [
      'a VNet',
      azVnet,
      {},
      /^This looks like a virtual network, not a subnet; paste the output of `az network vnet subnet show/,
    ],
    [
      'another NSG',
      azSubnet,
      { nsg: { ...azNsg, id: azNsg.id.replace('nsg-training', 'nsg-other'), name: 'nsg-other' } },
      /^The pasted network security group "nsg-other" is not the one on subnet "training", which uses "nsg-training"; paste the output of `az network nsg show -g net-rg -n nsg-training -o json`\.$/,
    ],
    [
      'an NSG on a subnet without one',
      { ...azSubnet, networkSecurityGroup: null },
      { nsg: azNsg },
      /^Subnet "training" has no network security group, so the pasted network security group "nsg-training" doesn't apply to it/,
    ],
    [
      'a route table where the NSG goes',
      azSubnet,
      { nsg: azRouteTable },
      /^This looks like a route table, not a network security group/,
    ],
    [
      'a malformed route table',
      azSubnet,
      { routeTable: { name: 'rt', type: 'Microsoft.Network/routeTables', routes: 'none' } },
      /^The route table JSON has fields this wizard can't read: routes: Expected array, got string "none"/,
    ],
    [
      'no IPv4 prefix',
      { ...azSubnet, addressPrefix: 'fd00::/64' },
      {},
      /^Subnet "training" has no IPv4 address prefix/,
    ],
    [
      'a wrong ipConfigurations',
      { ...azSubnet, ipConfigurations: 3 },
      {},
      /ipConfigurations: Expected array, got number 3/,
    ],
  ])('explains %s instead of throwing', (_label, json, options, message) => {
    const result = subnetFromArm(json, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
