import { describe, expect, it } from 'vitest';
import { DOCS } from '../catalog/docs.ts';
import type { Plan } from '../model/index.ts';
import { catalogRules } from './catalog.ts';
import { checkPlan, hasErrors } from './checkPlan.ts';
import {
  brief,
  EXAMPLE_NAMES,
  examplePlan,
  findingsOf,
  networkOf,
  untestedRules,
  withPatch,
  type RuleCase,
  type RuleTable,
} from '../../../test/helpers/rulePlans.ts';

const cluster = () => examplePlan('compute-cluster');
const managed = () => examplePlan('managed-vnet');
const clean = (name: string, plan: () => Plan): RuleCase => ({ name, plan, expected: [] });

/** The cluster example with every region of the plan set to `region`. */
const inRegion = (region: string) =>
  withPatch(cluster(), (p) => {
    p.workspace.region = region;
    networkOf(p).vnet.region = region;
  });

/** `plan` (a kind with a VM size) with its size set to `vmSize`, or without one. */
const withSize = (plan: Plan, vmSize: string | undefined) =>
  withPatch(plan, (p) => void ((p.compute as { vmSize?: string }).vmSize = vmSize));

const table: RuleTable = {
  'region-unknown': [
    {
      name: 'an unknown region, on the workspace and the VNet',
      plan: () => inRegion('marsnorth'),
      expected: [
        {
          severity: 'warning',
          path: 'network.vnet.region',
          message: `The wizard doesn't know the virtual network's region "marsnorth"`,
        },
        {
          severity: 'warning',
          path: 'workspace.region',
          message: `The wizard doesn't know the workspace's region "marsnorth"`,
        },
      ],
    },
    {
      name: 'a typo one letter away from a known region names it',
      plan: () => withPatch(cluster(), (p) => void (p.workspace.region = 'eastus3x')),
      expected: [
        {
          severity: 'warning',
          path: 'workspace.region',
          message: 'Did you mean eastus3 (East US 3)? Check the spelling',
        },
      ],
    },
    {
      name: 'two letters swapped',
      plan: () => withPatch(cluster(), (p) => void (networkOf(p).vnet.region = 'westeruope')),
      expected: [
        {
          severity: 'warning',
          path: 'network.vnet.region',
          message: 'Did you mean westeurope (West Europe)?',
        },
      ],
    },
    {
      name: 'an unknown region set on the compute',
      plan: () => withPatch(cluster(), (p) => void (p.compute.region = 'atlantis')),
      expected: [
        {
          severity: 'warning',
          path: 'compute.region',
          message:
            `The wizard doesn't know the compute's region "atlantis", so it can't tell its cloud (it ` +
            'assumes the Azure public cloud) or name its regional service tags. Check the spelling ' +
            'against the names Azure lists (az account list-locations -o table, column Name) and use ' +
            'that lower-case ARM name, such as eastus2. A region Azure added recently can be kept.',
        },
      ],
    },
    clean('known regions', cluster),
    clean('a Government region', () => inRegion('usgovvirginia')),
    clean('an Azure China region', () => inRegion('chinanorth3')),
    clean('a managed network has no VNet region to check', managed),
  ],
  'vm-size-unknown': [
    {
      name: 'an unknown size',
      plan: () => withSize(cluster(), 'Standard_Mars1'),
      expected: [
        {
          severity: 'warning',
          path: 'compute.vmSize',
          message:
            `The VM size "Standard_Mars1" isn't in the wizard's list of sizes commonly used for ` +
            "training, so it can't show its vCPUs, memory or GPUs. Check the spelling, and that eastus2 " +
            'offers the size to your subscription: az vm list-skus --location eastus2 --size ' +
            'Standard_Mars1 --all -o table (Restrictions should read None). A size missing from the list ' +
            'can be kept.',
        },
      ],
    },
    {
      name: 'a size without its Standard_ prefix names the full name',
      plan: () => withSize(examplePlan('compute-instance'), 'DS11_v2'),
      expected: [{ severity: 'warning', path: 'compute.vmSize', message: 'Did you mean Standard_DS11_v2?' }],
    },
    {
      name: 'the command names the compute region',
      plan: () =>
        withPatch(
          withSize(examplePlan('serverless'), 'Standard_X9'),
          (p) => void (p.compute.region = 'eastus'),
        ),
      expected: [
        { severity: 'warning', path: 'compute.vmSize', message: 'az vm list-skus --location eastus ' },
      ],
    },
    clean('a known size', cluster),
    clean('a known size in another case', () => withSize(cluster(), 'standard_nc24ads_a100_v4')),
    clean('a retired size is known (vm-size-retired says the rest)', () =>
      withSize(cluster(), 'Standard_NC6s_v3'),
    ),
    clean('serverless without a size', () => withSize(examplePlan('serverless'), undefined)),
    clean('a kind without a size', () => examplePlan('databricks')),
  ],
  'vm-size-retired': [
    {
      name: 'an NCv3 size, retired on 30 September 2025',
      plan: () => withSize(cluster(), 'Standard_NC6s_v3'),
      expected: [
        {
          severity: 'error',
          path: 'compute.vmSize',
          message:
            'Azure retired Standard_NC6s_v3 on 30 September 2025: VMs of that size were deallocated and ' +
            "stopped working, so compute of that size won't run. Choose a current size, such as " +
            'Standard_NC24ads_A100_v4 (NC A100 v4-series, 24 vCPUs, 1 NVIDIA A100 80 GB GPU), of the ' +
            'series Microsoft recommends instead.',
        },
      ],
    },
    {
      name: 'in any case, on a compute instance',
      plan: () => withSize(examplePlan('compute-instance'), 'standard_nc12s_v3'),
      expected: [{ severity: 'error', path: 'compute.vmSize', message: 'Azure retired Standard_NC12s_v3 ' }],
    },
    clean('a current size', cluster),
    clean('NC24rs_v3, which the retirement guide does not name', () =>
      withSize(cluster(), 'Standard_NC24rs_v3'),
    ),
    clean('a size the catalogue lacks', () => withSize(cluster(), 'Standard_Mars1')),
    clean('serverless without a size', () => withSize(examplePlan('serverless'), undefined)),
  ],
};

describe.each(Object.entries(table))('%s', (ruleId, cases) => {
  it.each(cases)('$name', ({ plan, expected }) => {
    const found = brief(findingsOf(plan(), catalogRules, ruleId));
    expect(found).toEqual(expected.map((e) => ({ ...e, message: expect.stringContaining(e.message) })));
  });
});

describe('catalog rules', () => {
  it('are each tested with a plan that triggers them and one that does not', () => {
    expect(untestedRules(catalogRules, table)).toEqual([]);
  });

  it.each(catalogRules.map((rule) => [rule.id, rule]))(
    '%s has its severity and a documentation page',
    (id, rule) => {
      // A name the catalogue lacks may be right; a retired size never runs.
      expect(rule.severity).toBe(id === 'vm-size-retired' ? 'error' : 'warning');
      expect(Object.values(DOCS)).toContain(rule.docUrl);
      expect(rule.title.length).toBeGreaterThan(10);
    },
  );

  it('leave a plan with an unknown region and size without errors', () => {
    const plan = withSize(inRegion('marsnorth'), 'Standard_Mars1');
    const findings = checkPlan(plan);
    expect(findings.filter((f) => f.ruleId === 'region-unknown')).toHaveLength(2);
    expect(findings.filter((f) => f.ruleId === 'vm-size-unknown')).toHaveLength(1);
    expect(hasErrors(findings)).toBe(false);
  });

  it.each(EXAMPLE_NAMES)('find nothing in examples/%s.plan.json', (name) => {
    expect(findingsOf(examplePlan(name), catalogRules)).toEqual([]);
  });
});
