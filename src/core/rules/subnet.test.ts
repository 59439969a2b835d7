import { describe, expect, it } from 'vitest';
import { DOCS } from '../catalog/docs.ts';
import type { Plan } from '../model/index.ts';
import { subnetRules } from './subnet.ts';
import {
  brief,
  examplePlan,
  findingsOf,
  networkOf,
  subnetOf,
  untestedRules,
  withPatch,
  type RuleCase,
  type RuleTable,
} from '../../../test/helpers/rulePlans.ts';

const cluster = () => examplePlan('compute-cluster');
const databricks = () => examplePlan('databricks');
const clean = (name: string, plan: () => Plan): RuleCase => ({ name, plan, expected: [] });

const withPrefix = (plan: Plan, prefix: string) =>
  withPatch(plan, (p) => void (subnetOf(p).addressPrefix = prefix));
const withSpaces = (plan: Plan, spaces: string[]) =>
  withPatch(plan, (p) => void (networkOf(p).vnet.addressSpace = spaces));
const withMaxNodes = (plan: Plan, maxNodes: number) =>
  withPatch(plan, (p) => {
    if ('maxNodes' in p.compute) p.compute.maxNodes = maxNodes;
  });
const withOthers = (plan: Plan, others: { name: string; addressPrefix: string }[]) =>
  withPatch(plan, (p) => void (networkOf(p).vnet.otherSubnets = others));

/** 3,000 distinct /29 subnets inside 10.1.0.0/16. */
const manySubnets = Array.from({ length: 3000 }, (_, i) => ({
  name: `s${i}`,
  addressPrefix: `10.1.${Math.floor(i / 32)}.${(i % 32) * 8}/29`,
}));

const table: RuleTable = {
  'cidr-valid': [
    {
      name: 'address space that is not a prefix',
      plan: () => withSpaces(cluster(), ['10.0.0.0/16', 'garbage']),
      expected: [
        {
          severity: 'error',
          path: 'network.vnet.addressSpace.1',
          message: 'The VNet address space is not valid',
        },
      ],
    },
    {
      name: 'compute subnet with host bits set',
      plan: () => withPrefix(cluster(), '10.0.1.5/24'),
      expected: [
        { severity: 'error', path: 'network.subnet.addressPrefix', message: 'Did you mean 10.0.1.0/24?' },
      ],
    },
    {
      name: 'other subnet with /33',
      plan: () => withOthers(cluster(), [{ name: 'default', addressPrefix: '10.0.0.0/33' }]),
      expected: [
        { severity: 'error', path: 'network.vnet.otherSubnets.0.addressPrefix', message: '0 to 32' },
      ],
    },
    {
      name: 'Databricks subnet in IPv6',
      plan: () =>
        withPatch(
          databricks(),
          (p) => void (networkOf(p).databricks!.privateSubnet.addressPrefix = 'fd00::/64'),
        ),
      expected: [
        {
          severity: 'error',
          path: 'network.databricks.privateSubnet.addressPrefix',
          message: 'only IPv4 prefixes',
        },
      ],
    },
    clean('valid prefixes with spaces around them', () => withPrefix(cluster(), ' 10.0.1.0/24 ')),
  ],
  'subnet-in-vnet': [
    {
      name: 'compute subnet outside the address space',
      plan: () => withPrefix(cluster(), '10.1.0.0/24'),
      expected: [
        {
          severity: 'error',
          path: 'network.subnet.addressPrefix',
          message: '(10.0.0.0/16); Azure only creates',
        },
      ],
    },
    {
      name: 'other subnet partly outside',
      plan: () =>
        withOthers(withSpaces(cluster(), ['10.0.0.0/23']), [{ name: 'big', addressPrefix: '10.0.0.0/22' }]),
      expected: [
        { severity: 'error', path: 'network.vnet.otherSubnets.0.addressPrefix', message: 'not inside' },
      ],
    },
    clean('inside', cluster),
    clean('no valid address space to compare with', () => withSpaces(cluster(), ['nonsense'])),
  ],
  'subnet-overlap': [
    {
      name: 'compute subnet overlaps an existing subnet',
      plan: () => withPrefix(cluster(), '10.0.0.128/25'),
      expected: [
        {
          severity: 'error',
          path: 'network.subnet.addressPrefix',
          message:
            'overlaps subnet "default" (10.0.0.0/24); subnets of one VNet can\'t share addresses. Choose a prefix that overlaps no other subnet. 10.0.1.0/25 is free.',
        },
      ],
    },
    {
      name: 'the two Databricks subnets overlap',
      plan: () =>
        withPatch(
          databricks(),
          (p) => void (networkOf(p).databricks!.privateSubnet.addressPrefix = '10.20.1.128/25'),
        ),
      expected: [
        {
          severity: 'error',
          path: 'network.databricks.privateSubnet.addressPrefix',
          message: 'subnet "databricks-public"',
        },
      ],
    },
    {
      name: 'two existing subnets overlap',
      plan: () =>
        withOthers(cluster(), [
          { name: 'a', addressPrefix: '10.0.8.0/22' },
          { name: 'b', addressPrefix: '10.0.9.0/24' },
        ]),
      expected: [
        { severity: 'error', path: 'network.vnet.otherSubnets.1.addressPrefix', message: 'subnet "a"' },
      ],
    },
    clean('disjoint subnets', cluster),
    clean('garbage is skipped, not thrown on', () => withPrefix(cluster(), '10.0.0.0/99')),
  ],
  'vnet-space-overlap': [
    {
      name: 'address spaces overlap',
      plan: () => withSpaces(cluster(), ['10.0.0.0/16', '10.1.0.0/16', '10.0.128.0/17']),
      expected: [{ severity: 'error', path: 'network.vnet.addressSpace.2', message: 'overlaps 10.0.0.0/16' }],
    },
    clean('disjoint address spaces', () => withSpaces(cluster(), ['10.0.0.0/16', '10.1.0.0/16'])),
  ],
  'subnet-size-limits': [
    {
      name: 'a /30 subnet',
      plan: () => withPrefix(cluster(), '10.0.1.0/30'),
      expected: [{ severity: 'error', path: 'network.subnet.addressPrefix', message: 'smaller than /29' }],
    },
    {
      name: 'a /1 subnet',
      plan: () =>
        withOthers(withSpaces(cluster(), ['0.0.0.0/0']), [{ name: 'huge', addressPrefix: '128.0.0.0/1' }]),
      expected: [
        { severity: 'error', path: 'network.vnet.otherSubnets.0.addressPrefix', message: 'larger than /2' },
      ],
    },
    clean('a /29 subnet', () => withPrefix(withMaxNodes(cluster(), 1), '10.0.1.0/29')),
  ],
  'subnet-capacity': [
    {
      name: 'cluster larger than its subnet',
      plan: () => examplePlan('broken/subnet-too-small'),
      expected: [
        {
          severity: 'error',
          path: 'network.subnet.addressPrefix',
          message: 'has 11 usable addresses (16 minus 5 Azure reserves), but the compute needs up to 16',
        },
      ],
    },
    {
      name: 'cluster above 80 % of the subnet',
      plan: () => withMaxNodes(cluster(), 210),
      expected: [
        { severity: 'warning', path: 'network.subnet.addressPrefix', message: 'Use a /23 or larger' },
      ],
    },
    {
      name: 'existing subnet almost full',
      plan: () =>
        withPatch(cluster(), (p) => Object.assign(subnetOf(p), { mode: 'existing', usedAddresses: 250 })),
      expected: [
        { severity: 'error', path: 'network.subnet.addressPrefix', message: 'and 250 already in use' },
      ],
    },
    {
      name: 'instance in a full /29',
      plan: () =>
        withPatch(examplePlan('compute-instance'), (p) =>
          Object.assign(subnetOf(p), { addressPrefix: '10.10.1.0/29', mode: 'existing', usedAddresses: 3 }),
        ),
      expected: [
        {
          severity: 'error',
          path: 'network.subnet.addressPrefix',
          message:
            'Creating the instance fails. Use a /28 or larger subnet, or choose a subnet with free addresses.',
        },
      ],
    },
    {
      name: 'serverless larger than its subnet',
      plan: () => withMaxNodes(examplePlan('serverless'), 300),
      expected: [
        { severity: 'error', path: 'network.subnet.addressPrefix', message: 'lower compute.maxNodes' },
      ],
    },
    clean('exactly 80 %', () => withMaxNodes(withPrefix(cluster(), '10.0.1.0/27'), 21)),
    clean('a /30 is left to subnet-size-limits', () => withPrefix(cluster(), '10.0.1.0/30')),
    clean('a malformed prefix is left to cidr-valid', () => withPrefix(cluster(), '10.0.1.0/2x')),
  ],
  'subnet-not-delegated': [
    {
      name: 'delegated compute subnet',
      plan: () => examplePlan('broken/delegated-subnet'),
      expected: [
        {
          severity: 'error',
          path: 'network.subnet.delegations.0',
          message: 'delegated to Microsoft.Web/serverFarms',
        },
      ],
    },
    clean('no delegation', cluster),
    clean('attached VM is not checked', () =>
      withPatch(
        examplePlan('virtual-machine'),
        (p) => void (subnetOf(p).delegations = ['Microsoft.Web/serverFarms']),
      ),
    ),
  ],
  'subnet-reserved-name': [
    {
      name: 'compute subnet named AzureBastionSubnet',
      plan: () => withPatch(cluster(), (p) => void (subnetOf(p).name = 'AzureBastionSubnet')),
      expected: [
        { severity: 'error', path: 'network.subnet.name', message: 'reserved for an Azure service' },
      ],
    },
    {
      name: 'Databricks subnet named gatewaysubnet (any case)',
      plan: () =>
        withPatch(databricks(), (p) => void (networkOf(p).databricks!.publicSubnet.name = 'gatewaysubnet')),
      expected: [
        {
          severity: 'error',
          path: 'network.databricks.publicSubnet.name',
          message: '"gatewaysubnet" is reserved',
        },
      ],
    },
    clean('the VNet may have a GatewaySubnet the plan does not use', () =>
      withOthers(cluster(), [{ name: 'GatewaySubnet', addressPrefix: '10.0.0.0/24' }]),
    ),
  ],
  'npip-subnet-policies': [
    {
      name: 'cluster without public IPs',
      plan: cluster,
      expected: [{ severity: 'info', path: 'network.subnet', message: 'privateEndpointNetworkPolicies' }],
    },
    clean('cluster with public IPs', () =>
      withPatch(cluster(), (p) => {
        if (p.compute.kind === 'computeCluster') p.compute.publicIp = true;
      }),
    ),
  ],
  'exfiltration-policy': [
    {
      name: 'restricted outbound',
      plan: cluster,
      expected: [{ severity: 'info', path: 'outbound.restrict', message: '/services/Azure/MachineLearning' }],
    },
    clean('unrestricted outbound', () => examplePlan('compute-instance')),
  ],
  'vnet-subnet-limit': [
    {
      name: '3,000 existing subnets and a new one',
      plan: () => withSpaces(withOthers(cluster(), manySubnets), ['10.0.0.0/15']),
      expected: [
        { severity: 'error', path: 'network.vnet.otherSubnets', message: 'would have 3001 subnets' },
      ],
    },
    clean('a few subnets', cluster),
  ],
};

describe.each(Object.entries(table))('%s', (ruleId, cases) => {
  const rules = subnetRules.filter((rule) => rule.id === ruleId);
  it.each(cases)('$name', ({ plan, expected }) => {
    const found = brief(findingsOf(plan(), rules));
    expect(found).toEqual(expected.map((e) => ({ ...e, message: expect.stringContaining(e.message) })));
  });
});

describe('subnet rules', () => {
  it('report each overlapping subnet once, even when it overlaps many', () => {
    const same = manySubnets.map((s) => ({ ...s, addressPrefix: '10.0.0.0/24' }));
    const plan = withPrefix(withOthers(cluster(), same), '10.0.0.0/23');
    const found = findingsOf(plan, subnetRules, 'subnet-overlap');
    expect(found).toHaveLength(3000);
    expect(found.filter((f) => f.path === 'network.subnet.addressPrefix')).toHaveLength(1);
  });

  it('report each overlapping address space once', () => {
    const plan = withSpaces(cluster(), ['10.0.0.0/8', '10.0.0.0/16', '10.0.0.0/24', '10.1.0.0/16']);
    const paths = findingsOf(plan, subnetRules, 'vnet-space-overlap').map((f) => f.path);
    expect(paths).toEqual([
      'network.vnet.addressSpace.1',
      'network.vnet.addressSpace.2',
      'network.vnet.addressSpace.3',
    ]);
  });

  it('are each tested with a plan that triggers them and one that does not', () => {
    expect(untestedRules(subnetRules, table)).toEqual([]);
  });

  it.each(subnetRules.map((rule) => [rule.id, rule]))('%s links a documentation page', (_id, rule) => {
    expect(Object.values(DOCS)).toContain(rule.docUrl);
    expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
