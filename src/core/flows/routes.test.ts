import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/index.ts';
import { examplePlan, withPatch } from '../../../test/helpers/rulePlans.ts';
import { ipPrefixRouteRegions, plannedRoutes } from './plannedRoutes.ts';
import { analyzeRoutes, internetBypass } from './routes.ts';

const udr = (plan: Plan, routeTargets: 'serviceTags' | 'ipPrefixes' = 'serviceTags') =>
  withPatch(plan, (p) => {
    p.tunneling = {
      mode: 'userDefinedRoutes',
      applianceIp: '10.0.0.4',
      routeTargets,
      routeBatchNodeManagement: true,
    };
  });
const subnetOf = (plan: Plan) => plan.network!.subnet!;
const withPublicIp = (plan: Plan) =>
  withPatch(plan, (p) => {
    if (p.compute.kind === 'computeCluster') p.compute.publicIp = true;
  });

describe('ipPrefixRouteRegions', () => {
  it('is the compute region and its paired region, or the compute region alone without a pair', () => {
    expect(ipPrefixRouteRegions(examplePlan('compute-cluster'))).toEqual(['eastus2', 'centralus']);
    const unpaired = withPatch(examplePlan('compute-cluster'), (p) => {
      p.workspace.region = 'italynorth';
      p.network!.vnet.region = 'italynorth';
    });
    expect(ipPrefixRouteRegions(unpaired)).toEqual(['italynorth']);
  });
});

describe('plannedRoutes', () => {
  it('sends 0.0.0.0/0 to the appliance and, for public-IP compute, the bypass tags to Internet', () => {
    const plan = udr(withPublicIp(examplePlan('compute-cluster')));
    expect(plannedRoutes(plan, subnetOf(plan))).toEqual([
      {
        name: 'DefaultToAppliance',
        properties: {
          addressPrefix: '0.0.0.0/0',
          nextHopType: 'VirtualAppliance',
          nextHopIpAddress: '10.0.0.4',
        },
      },
      {
        name: 'AzureMachineLearningToInternet',
        properties: { addressPrefix: 'AzureMachineLearning', nextHopType: 'Internet' },
      },
      {
        name: 'BatchNodeManagementToInternet',
        properties: { addressPrefix: 'BatchNodeManagement.eastus2', nextHopType: 'Internet' },
      },
    ]);
  });

  it('adds nothing without user-defined routes, and only the default route with IP-prefix targets', () => {
    const plan = examplePlan('compute-cluster');
    expect(plannedRoutes(plan, subnetOf(plan))).toEqual([]);
    const prefixes = udr(plan, 'ipPrefixes');
    expect(plannedRoutes(prefixes, subnetOf(prefixes)).map((r) => r.name)).toEqual(['DefaultToAppliance']);
  });

  it.each(['serviceTags', 'ipPrefixes'] as const)(
    'sends everything of compute without public IPs and without NAT to the appliance (%s)',
    (targets) => {
      const plan = udr(examplePlan('compute-cluster'), targets);
      expect(plannedRoutes(plan, subnetOf(plan)).map((r) => r.name)).toEqual(['DefaultToAppliance']);
    },
  );

  it('routes the bypass tags to Internet for compute without public IPs when the subnet has a NAT gateway', () => {
    const plan = withPatch(udr(examplePlan('compute-cluster')), (p) => {
      p.network!.subnet!.mode = 'existing';
      p.network!.subnet!.natGateway = true;
    });
    expect(plannedRoutes(plan, subnetOf(plan)).map((r) => r.name)).toEqual([
      'DefaultToAppliance',
      'AzureMachineLearningToInternet',
      'BatchNodeManagementToInternet',
    ]);
  });

  it("skips prefixes the table already has and doesn't reuse its names", () => {
    const plan = withPatch(udr(withPublicIp(examplePlan('compute-cluster'))), (p) => {
      p.network!.subnet!.routeTable = {
        name: 'rt',
        routes: [
          {
            name: 'DefaultToAppliance',
            properties: { addressPrefix: '10.50.0.0/16', nextHopType: 'VnetLocal' },
          },
          { name: 'aml', properties: { addressPrefix: 'azuremachinelearning', nextHopType: 'Internet' } },
        ],
      };
    });
    expect(plannedRoutes(plan, subnetOf(plan)).map((r) => r.name)).toEqual([
      'DefaultToAppliance2',
      'BatchNodeManagementToInternet',
    ]);
  });

  it('routes the Databricks tags for both Databricks subnets', () => {
    const plan = udr(examplePlan('databricks'));
    const analyses = analyzeRoutes(plan);
    expect(analyses.map((a) => a.subnetPath)).toEqual([
      'network.databricks.publicSubnet',
      'network.databricks.privateSubnet',
    ]);
    for (const analysis of analyses) {
      expect(analysis.forcedTunnel?.origin).toBe('planned');
      for (const tag of ['AzureDatabricks', 'Sql', 'Storage', 'EventHub'])
        expect(internetBypass(plan, analysis, tag)).toBe('route');
    }
  });
});

describe('analyzeRoutes', () => {
  it('finds an existing forced tunnel with its plan path, and a missing bypass', () => {
    const plan = withPatch(examplePlan('compute-cluster'), (p) => {
      p.network!.subnet!.routeTable = {
        name: 'rt',
        routes: [
          { name: 'local', properties: { addressPrefix: '10.0.0.0/8', nextHopType: 'VnetLocal' } },
          {
            name: 'fw',
            properties: {
              addressPrefix: '0.0.0.0/0',
              nextHopType: 'VirtualAppliance',
              nextHopIpAddress: '10.0.0.4',
            },
          },
        ],
      };
    });
    const [analysis] = analyzeRoutes(plan);
    expect(analysis?.forcedTunnel).toMatchObject({
      name: 'fw',
      origin: 'existing',
      path: 'network.subnet.routeTable.routes.1',
    });
    expect(internetBypass(plan, analysis!, 'AzureMachineLearning')).toBe('missing');
  });

  it('counts a regional route as a bypass for the compute region only', () => {
    const plan = withPatch(examplePlan('compute-cluster'), (p) => {
      p.network!.subnet!.routeTable = {
        name: 'rt',
        routes: [
          {
            name: 'aml',
            properties: { addressPrefix: 'AzureMachineLearning.eastus2', nextHopType: 'Internet' },
          },
        ],
      };
    });
    const [analysis] = analyzeRoutes(plan);
    expect(internetBypass(plan, analysis!, 'AzureMachineLearning')).toBe('route');
    expect(internetBypass(plan, analysis!, 'Storage')).toBe('missing');
  });

  it('has no forced tunnel for a NAT gateway plan, and treats IP-prefix bypasses as written from a file', () => {
    expect(analyzeRoutes(examplePlan('compute-cluster'))[0]?.forcedTunnel).toBeUndefined();
    const prefixes = udr(examplePlan('compute-cluster'), 'ipPrefixes');
    expect(internetBypass(prefixes, analyzeRoutes(prefixes)[0]!, 'AzureMachineLearning')).toBe('ipPrefixes');
  });
});
