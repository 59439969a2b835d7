import { describe, expect, it } from 'vitest';
import { routeSchema, routeTableSchema } from '../model/index.ts';
import armRouteTable from './fixtures/arm-route-table.json' with { type: 'json' };
import azNsg from './fixtures/az-nsg-show.json' with { type: 'json' };
import azRouteTable from './fixtures/az-route-table-show.json' with { type: 'json' };
import { routeTableFromArm } from './routeTable.ts';

const expectedRoutes = [
  {
    name: 'default-to-firewall',
    properties: {
      addressPrefix: '0.0.0.0/0',
      nextHopType: 'VirtualAppliance',
      nextHopIpAddress: '10.0.0.4',
      hasBgpOverride: false,
    },
  },
  {
    name: 'aml-to-internet',
    properties: { addressPrefix: 'AzureMachineLearning', nextHopType: 'Internet', hasBgpOverride: false },
  },
  {
    name: 'batch-to-internet',
    properties: {
      addressPrefix: 'BatchNodeManagement.eastus2',
      nextHopType: 'Internet',
      hasBgpOverride: false,
    },
  },
];

describe('routeTableFromArm', () => {
  it.each([
    ['az route-table show (flattened)', azRouteTable],
    ['ARM REST (nested)', armRouteTable],
  ])('reads %s into the plan shape', (_label, json) => {
    const result = routeTableFromArm(json);
    expect(result).toEqual({ ok: true, value: { name: 'rt-training', routes: expectedRoutes }, notes: [] });
    if (!result.ok) return;
    expect(routeTableSchema.parse(result.value)).toEqual(result.value);
    for (const route of result.value.routes) expect(routeSchema.safeParse(route).success).toBe(true);
  });

  it('canonicalises the next hop type and drops an empty next hop address', () => {
    const result = routeTableFromArm({
      name: 'rt',
      routes: [
        { name: 'local', addressPrefix: '10.1.0.0/16', nextHopType: 'vnetlocal', nextHopIpAddress: '' },
      ],
    });
    expect(result.ok && result.value.routes).toEqual([
      { name: 'local', properties: { addressPrefix: '10.1.0.0/16', nextHopType: 'VnetLocal' } },
    ]);
  });

  it.each([
    [
      'an NSG',
      azNsg,
      /^This looks like a network security group, not a route table; paste the output of `az network route-table show/,
    ],
    [
      'an unknown next hop',
      { name: 'rt', routes: [{ name: 'x', addressPrefix: '0.0.0.0/0', nextHopType: 'Firewall' }] },
      /^The route table JSON has fields this wizard can't read: routes\.0\.nextHopType: Expected one of/,
    ],
    [
      'a route without a prefix',
      { name: 'rt', routes: [{ name: 'x', nextHopType: 'Internet' }] },
      /routes\.0\.addressPrefix: Missing required field/,
    ],
  ])('explains %s instead of throwing', (_label, json, message) => {
    const result = routeTableFromArm(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
