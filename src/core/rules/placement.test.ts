import { describe, expect, it } from 'vitest';
import { DOCS } from '../catalog/docs.ts';
import type { Plan } from '../model/index.ts';
import { placementRules } from './placement.ts';
import {
  brief,
  examplePlan,
  findingsOf,
  networkOf,
  untestedRules,
  withPatch,
  type RuleCase,
  type RuleTable,
} from '../../../test/helpers/rulePlans.ts';

const OTHER_SUB = '99999999-8888-7777-6666-555555555555';
const cluster = () => examplePlan('compute-cluster');
const instance = () => examplePlan('compute-instance');
const databricks = () => examplePlan('databricks');
const managed = () => examplePlan('managed-vnet');

const withPublicIp = (plan: Plan) =>
  withPatch(plan, (p) => {
    if ('publicIp' in p.compute) p.compute.publicIp = true;
  });
const withStorageInVnet = (plan: Plan) => withPatch(plan, (p) => void (p.workspace.storageInVnet = true));
const existingVnet = (plan: Plan) => withPatch(plan, (p) => void (networkOf(p).vnet.mode = 'existing'));
const clean = (name: string, plan: () => Plan): RuleCase => ({ name, plan, expected: [] });

const table: RuleTable = {
  'vnet-same-subscription': [
    {
      name: 'VNet in another subscription',
      plan: () => withPatch(cluster(), (p) => void (networkOf(p).vnet.subscriptionId = OTHER_SUB)),
      expected: [
        {
          severity: 'error',
          path: 'network.vnet.subscriptionId',
          message: `Choose a VNet in subscription 11111111-2222-3333-4444-555555555555`,
        },
      ],
    },
    clean('VNet subscription omitted (defaults to the workspace)', cluster),
    clean('same subscription in upper case', () =>
      withPatch(
        cluster(),
        (p) => void (networkOf(p).vnet.subscriptionId = p.workspace.subscriptionId.toUpperCase()),
      ),
    ),
    clean('an attached VM is not checked', () =>
      withPatch(examplePlan('virtual-machine'), (p) => void (networkOf(p).vnet.subscriptionId = OTHER_SUB)),
    ),
  ],
  'vnet-same-region': [
    {
      name: 'VNet in another region than the workspace (compute region defaulted)',
      plan: () => withPatch(cluster(), (p) => void (networkOf(p).vnet.region = 'westus')),
      expected: [
        { severity: 'error', path: 'network.vnet.region', message: 'only join a VNet in its own region' },
      ],
    },
    {
      name: 'compute moved to another region than its VNet',
      plan: () => withPatch(cluster(), (p) => void (p.compute.region = 'westus3')),
      expected: [
        { severity: 'error', path: 'compute.region', message: 'is in westus3 (set on the compute)' },
      ],
    },
    {
      name: "compute region set to the workspace's, VNet elsewhere",
      plan: () =>
        withPatch(cluster(), (p) => {
          p.compute.region = 'eastus2';
          networkOf(p).vnet.region = 'centralus';
        }),
      expected: [{ severity: 'error', path: 'network.vnet.region', message: 'Use a VNet in eastus2' }],
    },
    clean('same region', cluster),
    clean('no network', managed),
  ],
  'ci-same-region': [
    {
      name: 'instance in another region',
      plan: () =>
        withPatch(instance(), (p) => {
          p.compute.region = 'northeurope';
          networkOf(p).vnet.region = 'northeurope';
        }),
      expected: [{ severity: 'error', path: 'compute.region', message: 'set it to westeurope' }],
    },
    clean("instance in the workspace's region", instance),
  ],
  'cc-cross-region': [
    {
      name: 'cluster and VNet in another region',
      plan: () =>
        withPatch(cluster(), (p) => {
          p.compute.region = 'westus3';
          networkOf(p).vnet.region = 'westus3';
        }),
      expected: [{ severity: 'warning', path: 'compute.region', message: 'privatelink.api.azureml.ms' }],
    },
    clean('cluster in the workspace region', cluster),
    clean('managed network (reported by managed-vnet-unsupported)', () =>
      withPatch(managed(), (p) => void (p.compute.region = 'westus3')),
    ),
  ],
  'managed-vnet-exclusive': [
    {
      name: 'managed workspace with a customer VNet for a cluster',
      plan: () => withPatch(managed(), (p) => void (p.network = cluster().network)),
      expected: [{ severity: 'error', path: 'network', message: 'Remove the "network" section' }],
    },
    clean('managed workspace without network', managed),
    clean('customer VNet workspace', cluster),
  ],
  'ci-vnet-at-creation': [
    {
      name: 'instance in a VNet',
      plan: instance,
      expected: [{ severity: 'info', path: 'network.subnet', message: "can't be moved into a VNet" }],
    },
    clean('instance in a managed network', () =>
      withPatch(managed(), (p) => {
        p.compute = {
          kind: 'computeInstance',
          name: 'alice-ci',
          vmSize: 'Standard_DS11_v2',
          publicIp: false,
        };
      }),
    ),
  ],
  'storage-same-vnet': [
    {
      name: 'existing VNet: say what to verify',
      plan: () => withStorageInVnet(cluster()),
      expected: [
        { severity: 'info', path: 'workspace.storageInVnet', message: 'verify that the compute reaches it' },
      ],
    },
    {
      name: 'new VNet: storage must be secured to another network',
      plan: () => withStorageInVnet(instance()),
      expected: [{ severity: 'warning', path: 'workspace.storageInVnet', message: 'is new' }],
    },
    {
      name: 'Databricks with a new VNet',
      plan: () => withStorageInVnet(databricks()),
      expected: [
        { severity: 'error', path: 'workspace.storageInVnet', message: 'Azure Databricks must reach it' },
      ],
    },
    {
      name: 'Databricks with an existing VNet',
      plan: () => withStorageInVnet(existingVnet(databricks())),
      expected: [
        { severity: 'warning', path: 'workspace.storageInVnet', message: 'secured to "dbx-vnet" itself' },
      ],
    },
    clean('storage not behind a VNet', cluster),
  ],
  'port-445-storage': [
    {
      name: 'storage over a private path',
      plan: () => withStorageInVnet(cluster()),
      expected: [{ severity: 'warning', path: 'workspace.storageInVnet', message: 'TCP 445' }],
    },
    {
      name: 'forced tunnel through an appliance',
      plan: () =>
        withPatch(
          cluster(),
          (p) => void (p.tunneling = { ...p.tunneling, mode: 'userDefinedRoutes', applianceIp: '10.0.0.4' }),
        ),
      expected: [
        { severity: 'warning', path: 'tunneling.mode', message: 'through your firewall or appliance' },
      ],
    },
    clean('public storage and NAT gateway', cluster),
    clean('serverless is not checked', () => withStorageInVnet(examplePlan('serverless'))),
  ],
  'ci-websockets': [
    {
      name: 'instance in a VNet',
      plan: instance,
      expected: [{ severity: 'info', path: 'compute', message: '*.instances.azureml.net' }],
    },
    clean('cluster', cluster),
  ],
  'custom-dns': [
    {
      name: 'custom DNS servers',
      plan: () =>
        withPatch(cluster(), (p) => void (networkOf(p).vnet.dnsServers = ['10.0.0.10', '10.0.0.11'])),
      expected: [
        { severity: 'warning', path: 'network.vnet.dnsServers', message: 'forward to 168.63.129.16' },
      ],
    },
    {
      name: "custom DNS servers in US Government: that cloud's zone names",
      plan: () =>
        withPatch(cluster(), (p) => {
          p.workspace.region = 'usgovvirginia';
          p.compute.region = 'usgovvirginia';
          networkOf(p).vnet.region = 'usgovvirginia';
          networkOf(p).vnet.dnsServers = ['10.0.0.10'];
        }),
      expected: [
        {
          severity: 'warning',
          path: 'network.vnet.dnsServers',
          message: 'privatelink.api.ml.azure.us and privatelink.notebooks.usgovcloudapi.net',
        },
      ],
    },
    clean('Azure-provided DNS', cluster),
    clean('Azure DNS listed explicitly', () =>
      withPatch(cluster(), (p) => void (networkOf(p).vnet.dnsServers = ['168.63.129.16'])),
    ),
  ],
  'rbac-join': [
    {
      name: 'compute joins a VNet',
      plan: cluster,
      expected: [
        {
          severity: 'info',
          path: 'network.vnet.name',
          message: 'Microsoft.Network/virtualNetworks/subnets/join/action',
        },
      ],
    },
    clean('managed network', managed),
  ],
  locks: [
    {
      name: 'cluster with public IPs',
      plan: () => withPublicIp(cluster()),
      expected: [
        {
          severity: 'warning',
          path: 'network.vnet.resourceGroup',
          message: 'az lock list --resource-group net-rg',
        },
      ],
    },
    clean('cluster without public IPs', cluster),
  ],
  'policy-deny-network': [
    {
      name: 'instance with public IP',
      plan: () => withPublicIp(instance()),
      expected: [{ severity: 'warning', path: 'compute.publicIp', message: 'Azure Policy denies' }],
    },
    clean('instance without public IP', instance),
  ],
  'pip-resources': [
    {
      name: 'cluster with public IPs',
      plan: () => withPublicIp(cluster()),
      expected: [{ severity: 'info', path: 'compute.publicIp', message: 'scales to 0 nodes' }],
    },
    {
      name: 'instance with public IP',
      plan: () => withPublicIp(instance()),
      expected: [{ severity: 'info', path: 'compute.publicIp', message: 'until it is deleted' }],
    },
    clean('serverless with public IP is not checked', () => withPublicIp(examplePlan('serverless'))),
    clean('no public IP', cluster),
  ],
};

describe.each(Object.entries(table))('%s', (ruleId, cases) => {
  it.each(cases)('$name', ({ plan, expected }) => {
    const found = brief(findingsOf(plan(), placementRules, ruleId));
    expect(found).toEqual(expected.map((e) => ({ ...e, message: expect.stringContaining(e.message) })));
  });
});

describe('placement rules', () => {
  it('are each tested with a plan that triggers them and one that does not', () => {
    expect(untestedRules(placementRules, table)).toEqual([]);
  });

  it.each(placementRules.map((rule) => [rule.id, rule]))('%s links a documentation page', (_id, rule) => {
    expect(Object.values(DOCS)).toContain(rule.docUrl);
    expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.title.length).toBeGreaterThan(10);
  });
});
