import { describe, expect, it } from 'vitest';
import { DOCS } from '../catalog/docs.ts';
import type { Plan } from '../model/index.ts';
import { managedRules } from './managed.ts';
import {
  brief,
  examplePlan,
  findingsOf,
  untestedRules,
  withPatch,
  type RuleCase,
  type RuleTable,
} from '../../../test/helpers/rulePlans.ts';

const managed = () => examplePlan('managed-vnet');
const internetOutbound = () =>
  withPatch(managed(), (p) => void (p.workspace.managedNetworkMode = 'allowInternetOutbound'));
const customer = () => examplePlan('compute-cluster');
const clean = (name: string, plan: () => Plan): RuleCase => ({ name, plan, expected: [] });

/** The virtual-machine example moved into a managed-network workspace. */
const managedVm = () =>
  withPatch(examplePlan('virtual-machine'), (p) => {
    p.workspace.isolation = 'managedVnet';
    p.workspace.managedNetworkMode = 'allowInternetOutbound';
    delete p.network;
  });

const table: RuleTable = {
  'managed-vnet-irreversible': [
    {
      name: 'approved-only outbound',
      plan: managed,
      expected: [
        {
          severity: 'warning',
          path: 'workspace.managedNetworkMode',
          message: 'can\'t be switched back to "allowInternetOutbound"',
        },
      ],
    },
    {
      name: 'internet outbound',
      plan: internetOutbound,
      expected: [
        { severity: 'warning', path: 'workspace.managedNetworkMode', message: "it can't be turned off" },
      ],
    },
    clean('customer VNet', customer),
  ],
  'managed-vnet-unsupported': [
    {
      name: 'attached VM',
      plan: managedVm,
      expected: [{ severity: 'error', path: 'compute.kind', message: "can't attach a virtual machine" }],
    },
    {
      name: 'cluster in another region',
      plan: () => withPatch(managed(), (p) => void (p.compute.region = 'westus3')),
      expected: [
        { severity: 'error', path: 'compute.region', message: "doesn't support compute in another region" },
      ],
    },
    clean('cluster in the workspace region', managed),
    clean('customer VNet cluster in another region (cc-cross-region)', () =>
      withPatch(customer(), (p) => void (p.compute.region = 'westus3')),
    ),
  ],
  'managed-vnet-fqdn-cost': [
    {
      name: 'approved-only outbound',
      plan: managed,
      expected: [{ severity: 'warning', path: 'workspace.managedNetworkMode', message: 'Azure Firewall' }],
    },
    clean('internet outbound', internetOutbound),
  ],
  'managed-vnet-provisioning': [
    {
      name: 'managed network',
      plan: managed,
      expected: [
        {
          severity: 'info',
          path: 'workspace.isolation',
          message: 'az ml workspace provision-network --name contoso-ml-managed --resource-group ml-rg',
        },
      ],
    },
    clean('customer VNet', customer),
  ],
  'managed-vnet-required-rules': [
    {
      name: 'managed network',
      plan: internetOutbound,
      expected: [
        { severity: 'info', path: 'workspace.managedNetworkMode', message: 'Azure adds the outbound rules' },
      ],
    },
    clean('customer VNet', customer),
  ],
  'managed-network-order': [
    {
      name: 'managed network',
      plan: managed,
      expected: [
        {
          severity: 'warning',
          path: 'workspace.isolation',
          message: 'only after every compute in it is deleted',
        },
      ],
    },
    clean('customer VNet', customer),
  ],
};

describe.each(Object.entries(table))('%s', (ruleId, cases) => {
  it.each(cases)('$name', ({ plan, expected }) => {
    const found = brief(findingsOf(plan(), managedRules, ruleId));
    expect(found).toEqual(expected.map((e) => ({ ...e, message: expect.stringContaining(e.message) })));
  });
});

describe('managed network rules', () => {
  it('are each tested with a plan that triggers them and one that does not', () => {
    expect(untestedRules(managedRules, table)).toEqual([]);
  });

  it.each(managedRules.map((rule) => [rule.id, rule]))('%s links the managed network page', (_id, rule) => {
    expect(rule.docUrl).toBe(DOCS.managedNetwork);
    expect(rule.id).toMatch(/^managed-(vnet|network)-[a-z-]+$/);
  });
});
