import { describe, expect, it } from 'vitest';
import { SCENARIO_NAMES, scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';
import type { Plan } from '../model/index.ts';
import { checkPlan } from '../rules/checkPlan.ts';
import { EXAMPLE_NAMES, examplePlan, withPatch, type ExampleName } from '../../../test/helpers/rulePlans.ts';
import { serviceTagsFileSchema } from '../servicetags/index.ts';
import { failingFlows, proveFlows } from './prove.ts';
import type { FlowProof, Proof } from './types.ts';

const flow = (proof: Proof, id: string): FlowProof | undefined => proof.flows.find((f) => f.flowId === id);

/** Required flows that neither reach nor are unknown with a reason. */
const unproven = (proof: Proof) =>
  proof.flows.filter(
    (f) =>
      f.status === 'required' && !(f.verdict === 'reaches' || (f.verdict === 'unknown' && f.reason !== '')),
  );

describe('every example and golden scenario', () => {
  it.each(EXAMPLE_NAMES)(
    'examples/%s: every required flow reaches, or is unknown with the reason',
    (name) => {
      const proof = proveFlows(examplePlan(name));
      expect(unproven(proof)).toEqual([]);
      expect(failingFlows(proof)).toEqual([]);
    },
  );

  it.each(SCENARIO_NAMES)(
    'scenario %s: every required flow reaches, or is unknown with the reason',
    (name) => {
      expect(unproven(proveFlows(scenarioPlan(name)))).toEqual([]);
    },
  );

  it('follows the flows of a cluster out through the NAT gateway, rule by rule', () => {
    const storage = flow(proveFlows(examplePlan('compute-cluster')), 'out-storage-443');
    expect(storage).toMatchObject({ verdict: 'reaches', remote: 'Storage.eastus2', status: 'required' });
    expect(storage?.path).toEqual([
      'NSG nsg-training: AllowStorageOutbound (150)',
      'system route 0.0.0.0/0 → Internet',
      'NAT gateway nat-contoso-vnet',
    ]);
    expect(storage?.deciding).toBeUndefined();
  });

  it('says a firewall decides, never that it allows', () => {
    const proof = proveFlows(scenarioPlan('forced-tunnel'));
    const arm = flow(proof, 'out-arm-443');
    expect(arm?.verdict).toBe('unknown');
    expect(arm?.path.at(-1)).toBe('appliance (firewall rules unknown)');
    expect(arm?.reason).toContain('10.0.0.4');
    // Public-IP compute: the AzureMachineLearning route to Internet takes it past the firewall.
    expect(flow(proof, 'out-aml-443')?.verdict).toBe('reaches');
  });

  it('is memoized per plan object and Service Tags file', () => {
    const plan = examplePlan('compute-cluster');
    expect(proveFlows(plan)).toBe(proveFlows(plan));
    expect(proveFlows(withPatch(plan, () => undefined))).not.toBe(proveFlows(plan));
  });

  it('has no flows without a compute subnet (managed network, Databricks)', () => {
    expect(proveFlows(examplePlan('managed-vnet')).flows).toEqual([]);
    expect(proveFlows(examplePlan('databricks')).flows).toEqual([]);
  });
});

const npipTunnel = (plan: Plan, routes: { name: string; prefix: string; hop: 'Internet' | 'None' }[]) =>
  withPatch(plan, (p) => {
    const subnet = p.network!.subnet!;
    subnet.mode = 'existing';
    subnet.defaultOutboundAccess = false;
    subnet.routeTable = {
      name: 'rt-hub',
      routes: [
        {
          name: 'default',
          properties: {
            addressPrefix: '0.0.0.0/0',
            nextHopType: 'VirtualAppliance',
            nextHopIpAddress: '10.9.0.4',
          },
        },
        ...routes.map((r) => ({ name: r.name, properties: { addressPrefix: r.prefix, nextHopType: r.hop } })),
      ],
    };
    p.tunneling = { mode: 'none', routeTargets: 'serviceTags', routeBatchNodeManagement: true };
  });

/** Broken plans: the flow that fails, its verdict, and the resource and plan path that decide it. */
const BROKEN: readonly {
  name: string;
  plan: () => Plan;
  flowId: string;
  verdict: FlowProof['verdict'];
  resource: string;
  planPath: string;
}[] = [
  {
    name: 'examples/broken/nsg-deny-priority-100',
    plan: () => examplePlan('broken/nsg-deny-priority-100' as ExampleName),
    flowId: 'out-storage-443',
    verdict: 'blocked',
    resource: 'NSG nsg-training, rule "DenyAllOutbound" (priority 100)',
    planPath: 'network.subnet.networkSecurityGroup.securityRules.0',
  },
  {
    name: 'examples/broken/private-subnet-no-egress',
    plan: () => examplePlan('broken/private-subnet-no-egress' as ExampleName),
    flowId: 'out-aml-443',
    verdict: 'noWayOut',
    resource: 'subnet training',
    planPath: 'tunneling.mode',
  },
  {
    name: 'examples/broken/forced-tunnel-no-aml-route',
    plan: () => examplePlan('broken/forced-tunnel-no-aml-route' as ExampleName),
    flowId: 'in-aml-44224-44224',
    verdict: 'blocked',
    resource: 'route table rt-training, route default-to-firewall',
    planPath: 'network.subnet.routeTable.routes',
  },
  {
    name: 'no-public-IP compute without a workspace private endpoint',
    plan: () => withPatch(examplePlan('compute-cluster'), (p) => void (p.workspace.privateEndpoint = false)),
    flowId: 'out-aml-443',
    verdict: 'nameWontResolve',
    resource: 'workspace private endpoint and DNS zones',
    planPath: 'workspace.privateEndpoint',
  },
  {
    name: 'a workspace endpoint in a hub the compute VNet is not peered with',
    plan: () =>
      withPatch(scenarioPlan('hub-and-spoke'), (p) => {
        p.workspace.privateLink!.peering = 'none';
      }),
    flowId: 'out-aml-443',
    verdict: 'noWayOut',
    resource: 'peering with the hub VNet',
    planPath: 'workspace.privateLink.peering',
  },
  {
    name: "a hub's private DNS zones the plan doesn't link to the compute VNet",
    plan: () =>
      withPatch(scenarioPlan('hub-and-spoke'), (p) => {
        p.workspace.privateLink!.dnsZones = [];
      }),
    flowId: 'out-aml-443',
    verdict: 'nameWontResolve',
    resource: 'workspace private endpoint and DNS zones',
    planPath: 'workspace.privateLink.dnsZones',
  },
  {
    name: 'no-public-IP compute whose table sends AzureMachineLearning to Internet from a private subnet',
    plan: () =>
      npipTunnel(examplePlan('compute-cluster'), [
        { name: 'aml', prefix: 'AzureMachineLearning', hop: 'Internet' },
      ]),
    flowId: 'out-aml-8787',
    verdict: 'noWayOut',
    resource: 'subnet training',
    planPath: 'tunneling.mode',
  },
  {
    name: 'a route that drops Storage (next hop None)',
    plan: () =>
      npipTunnel(examplePlan('compute-cluster'), [{ name: 'no-storage', prefix: 'Storage', hop: 'None' }]),
    flowId: 'out-storage-443',
    verdict: 'blocked',
    resource: 'route table rt-hub, route no-storage',
    planPath: 'network.subnet.routeTable.routes.1',
  },
  {
    name: "a cross-region cluster whose NSG allows only the cluster region's Storage",
    plan: () =>
      withPatch(examplePlan('compute-cluster'), (p) => {
        p.compute.region = 'westus3';
        p.network!.vnet.region = 'westus3';
        const rule = (name: string, priority: number, access: 'Allow' | 'Deny', destination: string) => ({
          name,
          properties: {
            priority,
            direction: 'Outbound' as const,
            access,
            protocol: '*' as const,
            sourceAddressPrefix: 'VirtualNetwork',
            sourcePortRange: '*',
            destinationAddressPrefix: destination,
            destinationPortRange: '*',
          },
        });
        p.network!.subnet!.mode = 'existing';
        p.network!.subnet!.networkSecurityGroup = {
          mode: 'existing',
          name: 'nsg-west',
          securityRules: [
            rule('StorageWest', 100, 'Allow', 'Storage.westus3'),
            rule('NoInternet', 110, 'Deny', 'Internet'),
          ],
        };
      }),
    flowId: 'out-storage-443',
    verdict: 'blocked',
    resource: 'NSG nsg-west, rule "NoInternet" (priority 110)',
    planPath: 'network.subnet.networkSecurityGroup.securityRules.1',
  },
];

describe('broken plans', () => {
  it.each(BROKEN)('$name: $flowId is $verdict, decided by $resource', (c) => {
    const proof = proveFlows(c.plan());
    expect(flow(proof, c.flowId)).toMatchObject({
      verdict: c.verdict,
      deciding: { resource: c.resource, planPath: c.planPath },
    });
    expect(failingFlows(proof).map((f) => f.flowId)).toContain(c.flowId);
  });

  it.each(BROKEN)('$name: the checks report an error too (no rule gap under the proof)', (c) => {
    const errors = checkPlan(c.plan()).filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('a cross-region cluster whose NSG allows both Storage tags reaches both', () => {
    const plan = withPatch(examplePlan('compute-cluster'), (p) => {
      p.compute.region = 'westus3';
      p.network!.vnet.region = 'westus3';
    });
    const proof = proveFlows(plan);
    expect(flow(proof, 'out-storage-443')).toMatchObject({ verdict: 'reaches', remote: 'Storage.eastus2' });
    expect(flow(proof, 'out-storage-compute-region-443')).toMatchObject({
      verdict: 'reaches',
      remote: 'Storage.westus3',
    });
  });

  it('the same table with a NAT gateway on the subnet lets AzureMachineLearning out directly', () => {
    const plan = withPatch(
      npipTunnel(examplePlan('compute-cluster'), [
        { name: 'aml', prefix: 'AzureMachineLearning', hop: 'Internet' },
      ]),
      (p) => void (p.network!.subnet!.natGateway = true),
    );
    expect(flow(proveFlows(plan), 'out-aml-8787')).toMatchObject({ verdict: 'reaches' });
  });

  it('custom DNS servers leave the private endpoint flow unknown, with the reason', () => {
    const plan = withPatch(
      examplePlan('compute-cluster'),
      (p) => void (p.network!.vnet.dnsServers = ['10.0.0.10']),
    );
    const vnet = flow(proveFlows(plan), 'out-vnet-443');
    expect(vnet?.verdict).toBe('unknown');
    expect(vnet?.reason).toContain('168.63.129.16');
  });

  it('IP-prefix routes from a Service Tags file take public-IP compute past the firewall', () => {
    const file = serviceTagsFileSchema.parse({
      changeNumber: 1,
      cloud: 'Public',
      values: ['AzureMachineLearning.EastUS2', 'BatchNodeManagement.EastUS2'].map((name, i) => ({
        name,
        id: name,
        properties: {
          changeNumber: 1,
          region: '',
          addressPrefixes: [`20.${i}.0.0/24`],
          networkFeatures: ['UDR'],
        },
      })),
    });
    const plan = withPatch(examplePlan('broken/forced-tunnel-no-aml-route' as ExampleName), (p) => {
      p.network!.subnet!.routeTable = undefined;
      p.tunneling = {
        mode: 'userDefinedRoutes',
        applianceIp: '10.0.0.4',
        routeTargets: 'ipPrefixes',
        routeBatchNodeManagement: true,
      };
    });
    const withFile = proveFlows(plan, { serviceTags: { file } });
    expect(flow(withFile, 'out-aml-443')).toMatchObject({ verdict: 'reaches' });
    expect(flow(withFile, 'in-aml-44224-44224')).toMatchObject({ verdict: 'reaches' });
    // Without the file the bundle has no bypass routes: the replies go to the firewall.
    expect(flow(proveFlows(plan), 'in-aml-44224-44224')).toMatchObject({ verdict: 'blocked' });
  });
});

describe('name resolution of the workspace', () => {
  it('shows the private endpoint on the flow that carries the traffic to it, not on the service-tag flows', () => {
    const proof = proveFlows(scenarioPlan('new-vnet-private-endpoint'));
    expect(flow(proof, 'out-vnet-443')?.path[0]).toBe('DNS: workspace private endpoint');
    expect(flow(proof, 'out-aml-443')).toMatchObject({ verdict: 'reaches' });
    expect(flow(proof, 'out-aml-443')?.path.some((hop) => hop.startsWith('DNS:'))).toBe(false);
  });

  it("names the plan's cloud's zones when custom DNS servers make resolution unknown", () => {
    const plan = withPatch(scenarioPlan('new-vnet-private-endpoint'), (p) => {
      p.workspace.region = 'usgovvirginia';
      p.compute.region = 'usgovvirginia';
      p.network!.vnet.region = 'usgovvirginia';
      p.network!.vnet.dnsServers = ['10.30.0.4'];
    });
    const vnet = flow(proveFlows(plan), 'out-vnet-443');
    expect(vnet?.verdict).toBe('unknown');
    expect(vnet?.reason).toContain('privatelink.api.ml.azure.us and privatelink.notebooks.usgovcloudapi.net');
    expect(vnet?.reason).not.toContain('azureml.ms');
  });
});
