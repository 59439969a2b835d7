import { describe, expect, it } from 'vitest';
import type { Plan, Route } from '../model/index.ts';
import { egressRules } from './egress.ts';
import { examplePlan, findingsOf, withPatch } from '../../../test/helpers/rulePlans.ts';

const route = (
  name: string,
  addressPrefix: string,
  nextHopType: Route['properties']['nextHopType'] = 'Internet',
): Route => ({
  name,
  properties: {
    addressPrefix,
    nextHopType,
    ...(nextHopType === 'VirtualAppliance' ? { nextHopIpAddress: '10.0.0.4' } : {}),
  },
});
const toFirewall = route('default', '0.0.0.0/0', 'VirtualAppliance');
const withRoutes = (plan: Plan, ...routes: Route[]) =>
  withPatch(plan, (p) => {
    p.network!.subnet!.routeTable = { name: 'rt', routes };
  });
const cluster = examplePlan('compute-cluster');
const pipCluster = withPatch(cluster, (p) => {
  if (p.compute.kind === 'computeCluster') p.compute.publicIp = true;
  p.tunneling = { mode: 'none', routeTargets: 'serviceTags', routeBatchNodeManagement: true };
});
const noEgress = withPatch(cluster, (p) => {
  p.tunneling.mode = 'none';
});
const existingOpenSubnet = withPatch(noEgress, (p) => {
  p.network!.subnet!.defaultOutboundAccess = true;
});
const udr = (plan: Plan, routeTargets: 'serviceTags' | 'ipPrefixes' = 'serviceTags') =>
  withPatch(plan, (p) => {
    p.tunneling = {
      mode: 'userDefinedRoutes',
      applianceIp: '10.0.0.4',
      routeTargets,
      routeBatchNodeManagement: true,
    };
  });
const databricks = examplePlan('databricks');
const dbxTunnelled = (...routes: Route[]) =>
  withPatch(databricks, (p) => {
    p.tunneling = { mode: 'none', routeTargets: 'serviceTags', routeBatchNodeManagement: true };
    for (const subnet of [p.network!.databricks!.publicSubnet, p.network!.databricks!.privateSubnet]) {
      subnet.routeTable = { name: 'rt-dbx', routes: [toFirewall, ...routes] };
    }
  });
const tagRoutes = (count: number) => Array.from({ length: count }, (_, i) => route(`tag${i}`, `Tag${i}`));
const ipRoutes = (count: number) =>
  Array.from({ length: count }, (_, i) => route(`ip${i}`, `10.${100 + Math.floor(i / 256)}.${i % 256}.0/24`));
const routesPath = 'network.subnet.routeTable.routes';

interface Case {
  readonly id: string;
  readonly triggers: Plan;
  readonly passes: Plan;
  readonly paths: readonly string[];
}

const cases: Case[] = [
  {
    id: 'npip-needs-private-endpoint',
    triggers: withPatch(cluster, (p) => {
      p.workspace.privateEndpoint = false;
    }),
    passes: cluster,
    paths: ['workspace.privateEndpoint'],
  },
  {
    id: 'npip-private-subnet',
    triggers: noEgress,
    passes: cluster,
    paths: ['network.subnet.defaultOutboundAccess'],
  },
  {
    id: 'npip-default-outbound',
    triggers: existingOpenSubnet,
    passes: cluster,
    paths: ['network.subnet.defaultOutboundAccess'],
  },
  {
    id: 'pip-forced-tunnel-aml-route',
    triggers: withRoutes(pipCluster, toFirewall),
    passes: withRoutes(pipCluster, toFirewall, route('aml', 'AzureMachineLearning')),
    paths: [routesPath],
  },
  {
    id: 'forced-tunnel-batch-route',
    triggers: withRoutes(pipCluster, toFirewall, route('aml', 'AzureMachineLearning')),
    passes: withRoutes(pipCluster, toFirewall, route('batch', 'BatchNodeManagement.eastus2')),
    paths: [routesPath],
  },
  {
    id: 'forced-tunnel-storage',
    triggers: withRoutes(pipCluster, toFirewall),
    passes: pipCluster,
    paths: [`${routesPath}.0`],
  },
  {
    id: 'route-limit',
    triggers: withRoutes(cluster, ...ipRoutes(401)),
    passes: withRoutes(cluster, ...ipRoutes(400)),
    paths: [routesPath],
  },
  {
    id: 'route-tag-limit',
    triggers: withRoutes(cluster, ...tagRoutes(26)),
    passes: withRoutes(cluster, ...tagRoutes(25)),
    paths: [routesPath],
  },
  {
    id: 'ip-ranges-change',
    triggers: udr(cluster, 'ipPrefixes'),
    passes: udr(cluster),
    paths: ['tunneling.routeTargets'],
  },
  { id: 'nat-gateway', triggers: cluster, passes: udr(cluster), paths: ['tunneling.mode'] },
  {
    id: 'dbx-udr',
    triggers: dbxTunnelled(route('dbx', 'AzureDatabricks'), route('sql', 'Sql.eastus2')),
    passes: dbxTunnelled(
      route('dbx', 'AzureDatabricks'),
      route('sql', 'Sql'),
      route('st', 'Storage'),
      route('eh', 'EventHub.eastus2'),
    ),
    paths: [
      'network.databricks.privateSubnet.routeTable.routes',
      'network.databricks.publicSubnet.routeTable.routes',
    ],
  },
];

describe('egress rules', () => {
  it.each(cases)('$id: triggers, and stays quiet when satisfied', ({ id, triggers, passes, paths }) => {
    expect(findingsOf(triggers, egressRules, id).map((f) => f.path)).toEqual(paths);
    expect(findingsOf(passes, egressRules, id)).toEqual([]);
  });

  it('every egress rule has a case', () => {
    expect(egressRules.map((r) => r.id).sort()).toEqual(cases.map((c) => c.id).sort());
  });

  it('planned user-defined routes carry the AzureMachineLearning and Batch bypass routes', () => {
    const plan = udr(pipCluster);
    for (const id of ['pip-forced-tunnel-aml-route', 'forced-tunnel-batch-route', 'npip-private-subnet']) {
      expect(findingsOf(plan, egressRules, id)).toEqual([]);
    }
  });

  it('forced-tunnel-batch-route points at the tunnelling choice when the plan drops the Batch route', () => {
    const plan = withPatch(udr(pipCluster), (p) => {
      p.tunneling.routeBatchNodeManagement = false;
    });
    expect(findingsOf(plan, egressRules, 'forced-tunnel-batch-route').map((f) => f.path)).toEqual([
      'tunneling.routeTargets',
    ]);
  });

  it('a 0.0.0.0/0 route to an appliance is an egress path for a private subnet', () => {
    expect(findingsOf(withRoutes(noEgress, toFirewall), egressRules, 'npip-private-subnet')).toEqual([]);
  });

  it('dbx-udr names the missing tags', () => {
    const [finding] = findingsOf(dbxTunnelled(route('dbx', 'AzureDatabricks')), egressRules, 'dbx-udr');
    expect(finding?.message).toContain('Sql, Storage, EventHub');
  });
});
