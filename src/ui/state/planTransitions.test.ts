import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeKinds, computeSchema, parsePlanText, planSchema, type Plan } from '../../core/index.ts';
import { computeDefaults } from '../steps/compute/computeDefaults.ts';
import { withCompute, withIsolation } from './planTransitions.ts';

const examplesDir = new URL('../../../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.plan.json'))
  .sort()
  .map((file): [string, Plan] => {
    const parsed = parsePlanText(readFileSync(new URL(file, examplesDir), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} is not a valid plan`);
    return [file, parsed.plan];
  });

const problems = (plan: Plan) => {
  const result = planSchema.safeParse(plan);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe.each(examples)('transitions from %s', (_, plan) => {
  it.each(['customerVnet', 'managedVnet'] as const)(
    'switching isolation to %s keeps the plan valid',
    (isolation) => {
      const next = withIsolation(plan, isolation);
      expect(problems(next)).toEqual([]);
      expect(next.workspace.isolation).toBe(isolation);
      expect(next.network === undefined).toBe(isolation === 'managedVnet');
      expect(next.workspace.managedNetworkMode === undefined).toBe(isolation === 'customerVnet');
    },
  );

  it.each(computeKinds)('changing the compute kind to %s keeps the plan valid', (kind) => {
    const compute = computeSchema.parse(computeDefaults(kind, plan.compute, plan.workspace));
    const next = withCompute(plan, compute);
    expect(problems(next)).toEqual([]);
    if (next.network) {
      expect(next.network.databricks !== undefined).toBe(kind === 'databricks');
      expect(next.network.subnet !== undefined).toBe(kind !== 'databricks');
    }
  });
});

describe('withIsolation', () => {
  it('keeps an existing network and the chosen managed mode', () => {
    const [, plan] = examples.find(([file]) => file.startsWith('compute-cluster')) ?? [];
    if (!plan) throw new Error('compute-cluster example missing');
    expect(withIsolation(plan, 'customerVnet').network).toBe(plan.network);
    const managed = withIsolation(
      { ...plan, workspace: { ...plan.workspace, managedNetworkMode: 'allowInternetOutbound' } },
      'managedVnet',
    );
    expect(managed.workspace.managedNetworkMode).toBe('allowInternetOutbound');
  });

  it('restores the network planned before a switch to managed VNet, fitted to the compute kind', () => {
    const [, plan] = examples.find(([file]) => file.startsWith('compute-cluster')) ?? [];
    if (!plan?.network) throw new Error('compute-cluster example missing');
    const managed = withIsolation(plan, 'managedVnet');
    expect(withIsolation(managed, 'customerVnet', plan.network).network).toEqual(plan.network);
    const databricks = withCompute(
      managed,
      computeSchema.parse(computeDefaults('databricks', {}, plan.workspace)),
    );
    const back = withIsolation(databricks, 'customerVnet', plan.network);
    expect(problems(back)).toEqual([]);
    expect(back.network?.vnet).toEqual(plan.network.vnet);
  });
});
