import { describe, expect, it } from 'vitest';
import { DOCS } from '../catalog/docs.ts';
import type { Plan, Subnet } from '../model/index.ts';
import { databricksRules } from './databricks.ts';
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

const dbx = () => examplePlan('databricks');
const clean = (name: string, plan: () => Plan): RuleCase => ({ name, plan, expected: [] });

/** Changes the host (public) or container (private) subnet of the Databricks example. */
function withDbxSubnet(which: 'publicSubnet' | 'privateSubnet', change: (subnet: Subnet) => void): Plan {
  return withPatch(dbx(), (p) => {
    const pair = networkOf(p).databricks;
    if (!pair) throw new Error('the Databricks example has no subnets');
    change(pair[which]);
  });
}

const table: RuleTable = {
  'dbx-two-subnets': [
    {
      name: 'both subnets are the same subnet',
      plan: () => withDbxSubnet('privateSubnet', (s) => void (s.name = 'Databricks-Public')),
      expected: [
        {
          severity: 'error',
          path: 'network.databricks.privateSubnet.name',
          message: 'two different subnets',
        },
      ],
    },
    {
      name: 'existing subnet already in use',
      plan: () =>
        withDbxSubnet('publicSubnet', (s) => Object.assign(s, { mode: 'existing', usedAddresses: 4 })),
      expected: [
        {
          severity: 'error',
          path: 'network.databricks.publicSubnet.usedAddresses',
          message: 'must be dedicated',
        },
      ],
    },
    clean('two dedicated subnets', dbx),
  ],
  'dbx-delegation': [
    {
      name: 'host subnet not delegated',
      plan: () => withDbxSubnet('publicSubnet', (s) => void (s.delegations = [])),
      expected: [
        {
          severity: 'error',
          path: 'network.databricks.publicSubnet.delegations',
          message: 'must be delegated to Microsoft.Databricks/workspaces;',
        },
      ],
    },
    {
      name: 'container subnet delegated to something else',
      plan: () => withDbxSubnet('privateSubnet', (s) => void (s.delegations = ['Microsoft.Web/serverFarms'])),
      expected: [
        {
          severity: 'error',
          path: 'network.databricks.privateSubnet.delegations',
          message: 'instead of Microsoft.Web/serverFarms',
        },
      ],
    },
    clean('delegation in another case', () =>
      withDbxSubnet('privateSubnet', (s) => void (s.delegations = ['microsoft.databricks/WORKSPACES'])),
    ),
  ],
  'dbx-nsg': [
    {
      name: 'container subnet without NSG',
      plan: () => withDbxSubnet('privateSubnet', (s) => void delete s.networkSecurityGroup),
      expected: [
        {
          severity: 'error',
          path: 'network.databricks.privateSubnet.networkSecurityGroup',
          message: 'may share one',
        },
      ],
    },
    clean('both subnets share an NSG', dbx),
  ],
  'dbx-vnet-size': [
    {
      name: 'a /12 VNet and a /26 VNet',
      plan: () =>
        withPatch(dbx(), (p) => void (networkOf(p).vnet.addressSpace = ['10.16.0.0/12', '10.40.0.0/26'])),
      expected: [
        { severity: 'error', path: 'network.vnet.addressSpace.0', message: 'is a /12' },
        { severity: 'error', path: 'network.vnet.addressSpace.1', message: 'between /16 and /24' },
      ],
    },
    clean('a /20 VNet', dbx),
    clean('a malformed space is left to cidr-valid', () =>
      withPatch(dbx(), (p) => void (networkOf(p).vnet.addressSpace = ['10.20.0.0/20', 'x'])),
    ),
  ],
  'dbx-subnet-size': [
    {
      name: 'a /27 host subnet',
      plan: () => withDbxSubnet('publicSubnet', (s) => void (s.addressPrefix = '10.20.1.0/27')),
      expected: [
        {
          severity: 'warning',
          path: 'network.databricks.publicSubnet.addressPrefix',
          message: 'a /26 or larger',
        },
      ],
    },
    clean('/26 subnets', () => withDbxSubnet('publicSubnet', (s) => void (s.addressPrefix = '10.20.1.0/26'))),
  ],
  'dbx-default-subnet': [
    {
      name: 'no default subnet listed',
      plan: () => withPatch(dbx(), (p) => void (networkOf(p).vnet.otherSubnets = [])),
      expected: [
        { severity: 'warning', path: 'network.vnet.otherSubnets', message: 'no subnet named "default"' },
      ],
    },
    clean('default subnet listed', dbx),
  ],
  'dbx-same-sub-region': [
    {
      name: 'Databricks in another region',
      plan: () =>
        withPatch(dbx(), (p) => {
          p.compute.region = 'westus3';
          networkOf(p).vnet.region = 'westus3';
        }),
      expected: [{ severity: 'error', path: 'compute.region', message: 'same region and subscription' }],
    },
    clean("Databricks in the workspace's region", dbx),
  ],
  'dbx-sdk-v1-only': [
    {
      name: 'Databricks as compute',
      plan: dbx,
      expected: [{ severity: 'warning', path: 'compute.kind', message: 'support ended on 30 June 2026' }],
    },
    clean('a compute cluster', () => examplePlan('compute-cluster')),
  ],
};

describe.each(Object.entries(table))('%s', (ruleId, cases) => {
  it.each(cases)('$name', ({ plan, expected }) => {
    const found = brief(findingsOf(plan(), databricksRules, ruleId));
    expect(found).toEqual(expected.map((e) => ({ ...e, message: expect.stringContaining(e.message) })));
  });
});

describe('Databricks rules', () => {
  it('are each tested with a plan that triggers them and one that does not', () => {
    expect(untestedRules(databricksRules, table)).toEqual([]);
  });

  it('leave dbx-udr to the egress rules', () => {
    expect(databricksRules.map((rule) => rule.id)).not.toContain('dbx-udr');
  });

  it.each(databricksRules.map((rule) => [rule.id, rule]))('%s applies to Databricks only', (_id, rule) => {
    expect(rule.kinds).toEqual(['databricks']);
    expect(Object.values(DOCS)).toContain(rule.docUrl);
  });
});
