import { describe, expect, it } from 'vitest';
import { vnetSchema } from '../model/index.ts';
import armVnet from './fixtures/arm-vnet.json' with { type: 'json' };
import azSubnet from './fixtures/az-subnet-show.json' with { type: 'json' };
import azVnet from './fixtures/az-vnet-show.json' with { type: 'json' };
import { vnetFromArm } from './vnet.ts';

const subscriptionId = '11111111-2222-3333-4444-555555555555';

describe('vnetFromArm', () => {
  it('reads az vnet show into the plan shape', () => {
    const result = vnetFromArm(azVnet);
    expect(result).toEqual({
      ok: true,
      notes: [],
      value: {
        mode: 'existing',
        subscriptionId,
        resourceGroup: 'net-rg',
        name: 'mynetwork',
        region: 'eastus2',
        addressSpace: ['10.0.0.0/16'],
        dnsServers: ['10.0.0.10', '10.0.0.11'],
        otherSubnets: [
          { name: 'default', addressPrefix: '10.0.0.0/24' },
          { name: 'training', addressPrefix: '10.0.1.0/24' },
          { name: 'databricks-public', addressPrefix: '10.0.2.0/26' },
        ],
      },
    });
    if (result.ok) expect(vnetSchema.parse(result.value)).toEqual(result.value);
  });

  it('reads an ARM body, leaves out the compute subnet and notes the IPv6 space', () => {
    const result = vnetFromArm(armVnet, { exclude: ['TRAINING'] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      resourceGroup: 'net-rg',
      addressSpace: ['10.0.0.0/16'],
      dnsServers: [],
      otherSubnets: [
        { name: 'default', addressPrefix: '10.0.0.0/24' },
        { name: 'databricks-public', addressPrefix: '10.0.2.0/26' },
      ],
    });
    expect(result.notes).toEqual(['IPv6 address space fd00:db8:deca::/48 is not checked.']);
    expect(vnetSchema.safeParse(result.value).success).toBe(true);
  });

  it('normalises a display-name location and falls back to az resourceGroup', () => {
    const result = vnetFromArm({
      name: 'v1',
      type: 'Microsoft.Network/virtualNetworks',
      location: 'East US 2',
      resourceGroup: 'rg1',
      addressSpace: { addressPrefixes: ['10.1.0.0/16'] },
      subnets: [
        { name: 'multi', addressPrefixes: ['10.1.0.0/24', '10.1.1.0/24'] },
        { name: 'v6', addressPrefixes: ['fd00::/64'] },
      ],
    });
    expect(result.ok && result.value).toMatchObject({
      region: 'eastus2',
      resourceGroup: 'rg1',
      otherSubnets: [
        { name: 'multi', addressPrefix: '10.1.0.0/24' },
        { name: 'multi', addressPrefix: '10.1.1.0/24' },
      ],
    });
    expect(result.ok && 'subscriptionId' in result.value).toBe(false);
    expect(result.ok && result.notes).toEqual([
      'Subnet "v6" has no IPv4 prefix, so overlap checks ignore it.',
    ]);
  });

  it.each([
    [
      'a subnet',
      azSubnet,
      /^This looks like a subnet, not a virtual network; paste the output of `az network vnet show/,
    ],
    [
      'no resource group',
      { name: 'v', location: 'eastus2', addressSpace: { addressPrefixes: ['10.0.0.0/16'] } },
      /^The virtual network "v" has no resource id, so its resource group is unknown/,
    ],
    [
      'IPv6 only',
      {
        name: 'v',
        resourceGroup: 'rg',
        location: 'eastus2',
        addressSpace: { addressPrefixes: ['fd00::/48'] },
      },
      /no IPv4 address space/,
    ],
    [
      'no location',
      { name: 'v', resourceGroup: 'rg', addressSpace: { addressPrefixes: ['10.0.0.0/16'] } },
      /location: Missing required field/,
    ],
    [
      'a bad subnet entry',
      {
        name: 'v',
        resourceGroup: 'rg',
        location: 'eastus2',
        addressSpace: {},
        subnets: [{ addressPrefix: 1 }],
      },
      /subnets\.0\.name: Missing required field/,
    ],
    [
      'an invalid region',
      {
        name: 'v1',
        resourceGroup: 'rg',
        location: 'east-us',
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
      },
      /^The virtual network "v1" can't be used in a plan: region: Use the ARM region name in lower case without spaces, such as "eastus2" \(not "East US 2"\)\.$/,
    ],
  ])('explains %s instead of throwing', (_label, json, message) => {
    const result = vnetFromArm(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
