import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../model/index.ts';
import computeCluster from '../../../examples/compute-cluster.plan.json' with { type: 'json' };
import { detectArmJson } from './detect.ts';
import azNsg from './fixtures/az-nsg-show.json' with { type: 'json' };
import azRouteTable from './fixtures/az-route-table-show.json' with { type: 'json' };
import azSubnet from './fixtures/az-subnet-show.json' with { type: 'json' };
import azVnet from './fixtures/az-vnet-show.json' with { type: 'json' };
import { nsgFromArm } from './nsg.ts';
import { privateDnsLinkFromArm, privateDnsZoneFromArm, privateEndpointFromArm } from './privateLink.ts';
import { routeTableFromArm } from './routeTable.ts';
import { subnetFromArm } from './subnet.ts';
import { vnetFromArm } from './vnet.ts';

describe('imported pieces in a plan', () => {
  it('make a valid plan file that survives a JSON round trip', () => {
    const vnet = vnetFromArm(azVnet, { exclude: ['training'] });
    const subnet = subnetFromArm(azSubnet, { nsg: azNsg, routeTable: azRouteTable });
    if (!vnet.ok || !subnet.ok) throw new Error('fixtures should import');
    const plan = { ...computeCluster, network: { vnet: vnet.value, subnet: subnet.value } };
    const parsed = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.plan.network?.subnet).toEqual(subnet.value);
  });
});

describe('importers on arbitrary input', () => {
  const importers = {
    detectArmJson,
    vnetFromArm,
    subnetFromArm,
    nsgFromArm,
    routeTableFromArm,
    privateEndpointFromArm,
    privateDnsZoneFromArm,
    privateDnsLinkFromArm,
  };

  it.each(Object.entries(importers))('%s never throws and always explains a rejection', (_name, importer) => {
    const resourceLike = fc.record(
      {
        name: fc.oneof(fc.string(), fc.constant('n1')),
        type: fc.constantFrom(
          'Microsoft.Network/virtualNetworks',
          'Microsoft.Network/networkSecurityGroups',
          'Microsoft.Network/privateEndpoints',
          'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
          'x',
        ),
        properties: fc.dictionary(
          fc.constantFrom(
            'securityRules',
            'routes',
            'addressPrefix',
            'addressSpace',
            'subnet',
            'privateLinkServiceConnections',
            'virtualNetwork',
          ),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), resourceLike), (json) => {
        const result = importer(json) as { ok?: boolean; message?: string };
        if (result.ok === false || 'kind' in result) expect(result.message).toMatch(/\S/);
      }),
    );
  });
});
