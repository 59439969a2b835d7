import { describe, expect, it } from 'vitest';
import { examplePlan, withPatch } from '../../../test/helpers/rulePlans.ts';
import {
  addressSpaceOverlaps,
  computeRegion,
  hasPublicIp,
  joinedNetwork,
  overlappingSubnets,
  planPrefixes,
  planSubnets,
  subnetOverlaps,
  vnetSubscriptionId,
} from './plan.ts';

const cluster = examplePlan('compute-cluster');

function networkOf(plan = cluster) {
  if (!plan.network) throw new Error('example has no network');
  return plan.network;
}

describe('planSubnets', () => {
  it('lists compute, Databricks and other subnets with their paths', () => {
    expect(planSubnets(networkOf()).map((s) => [s.role, s.path, s.addressPrefix])).toEqual([
      ['compute', 'network.subnet', '10.0.1.0/24'],
      ['other', 'network.vnet.otherSubnets.0', '10.0.0.0/24'],
    ]);
    expect(planSubnets(networkOf(examplePlan('databricks'))).map((s) => s.path)).toEqual([
      'network.databricks.publicSubnet',
      'network.databricks.privateSubnet',
      'network.vnet.otherSubnets.0',
    ]);
  });

  it('planPrefixes names the exact path of every prefix', () => {
    expect(planPrefixes(cluster).map((p) => p.key)).toEqual([
      'network.vnet.addressSpace.0',
      'network.subnet.addressPrefix',
      'network.vnet.otherSubnets.0.addressPrefix',
    ]);
    expect(planPrefixes(examplePlan('managed-vnet'))).toEqual([]);
  });
});

describe('overlaps in a plan', () => {
  it('returns which pair of subnets overlaps', () => {
    const plan = withPatch(cluster, (p) => {
      networkOf(p).vnet.otherSubnets.push({ name: 'apps', addressPrefix: '10.0.1.128/25' });
    });
    const pairs = subnetOverlaps(networkOf(plan)).map((p) => [p.first.key.path, p.second.key.path]);
    expect(pairs).toEqual([['network.subnet', 'network.vnet.otherSubnets.1']]);
  });

  it('reports the subnet the plan changes, with the first subnet it overlaps', () => {
    const plan = withPatch(cluster, (p) => {
      networkOf(p).vnet.otherSubnets.push(
        { name: 'apps', addressPrefix: '10.0.1.128/25' },
        { name: 'apps2', addressPrefix: '10.0.1.192/26' },
      );
    });
    const found = overlappingSubnets(networkOf(plan)).map((p) => [p.second.key.path, p.first.key.name]);
    expect(found).toEqual([
      ['network.vnet.otherSubnets.2', 'apps'],
      ['network.subnet', 'apps'],
    ]);
  });

  it('does not report an existing compute subnet that is also listed among otherSubnets', () => {
    const plan = withPatch(cluster, (p) => {
      networkOf(p).vnet.otherSubnets.push({ name: 'Training', addressPrefix: '10.0.1.0/24' });
    });
    expect(subnetOverlaps(networkOf(plan))).toEqual([]);
  });

  it('returns which pair of address spaces overlaps, skipping malformed ones', () => {
    const plan = withPatch(cluster, (p) => {
      networkOf(p).vnet.addressSpace = ['10.0.0.0/16', 'garbage', '10.1.0.0/16', '10.0.128.0/17'];
    });
    const pairs = addressSpaceOverlaps(networkOf(plan)).map((p) => [p.first.key, p.second.key]);
    expect(pairs).toEqual([['network.vnet.addressSpace.0', 'network.vnet.addressSpace.3']]);
  });
});

describe('plan defaults', () => {
  it('the compute region defaults to the workspace region', () => {
    expect(computeRegion(cluster)).toBe('eastus2');
    expect(computeRegion(withPatch(cluster, (p) => void (p.compute.region = 'westus3')))).toBe('westus3');
  });

  it("the VNet subscription defaults to the workspace's", () => {
    expect(vnetSubscriptionId(cluster)).toBe(cluster.workspace.subscriptionId);
    const other = '99999999-2222-3333-4444-555555555555';
    expect(
      vnetSubscriptionId(withPatch(cluster, (p) => void (networkOf(p).vnet.subscriptionId = other))),
    ).toBe(other);
    expect(vnetSubscriptionId(examplePlan('managed-vnet'))).toBeUndefined();
  });

  it("a managed network's own compute joins no customer VNet; attached compute still does", () => {
    expect(joinedNetwork(cluster)).toBe(cluster.network);
    const managed = withPatch(cluster, (p) => {
      p.workspace.isolation = 'managedVnet';
      p.workspace.managedNetworkMode = 'allowInternetOutbound';
    });
    expect(joinedNetwork(managed)).toBeUndefined();
    const vm = withPatch(examplePlan('virtual-machine'), (p) => {
      p.workspace.isolation = 'managedVnet';
      p.workspace.managedNetworkMode = 'allowInternetOutbound';
    });
    expect(joinedNetwork(vm)).toBeDefined();
  });

  it('hasPublicIp is true only for compute with publicIp set', () => {
    expect(hasPublicIp(cluster)).toBe(false);
    expect(
      hasPublicIp(withPatch(cluster, (p) => void ('publicIp' in p.compute && (p.compute.publicIp = true)))),
    ).toBe(true);
    expect(hasPublicIp(examplePlan('virtual-machine'))).toBe(false);
  });
});
