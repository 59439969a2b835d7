import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIO_NAMES, scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';
import { buildResources, isRef, type AzureResource, type Value } from './index.ts';

function refsOf(value: Value | undefined, out: Value[] = []): Value[] {
  if (value === undefined || typeof value !== 'object') return out;
  if (isRef(value)) return [...out, value];
  const items = Array.isArray(value) ? (value as readonly Value[]) : Object.values(value);
  return items.reduce<Value[]>((acc, item) => refsOf(item, acc), out);
}

const byKey = (resources: readonly AzureResource[], key: string) => resources.find((r) => r.key === key);

describe.each(SCENARIO_NAMES.map((name) => ({ name })))('buildResources($name)', ({ name }) => {
  const { resources, parameters } = buildResources(scenarioPlan(name));

  it('gives every resource a unique key, and dependencies only on earlier resources', () => {
    const keys = resources.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    resources.forEach((resource, index) => {
      for (const dep of resource.dependsOn) expect(keys.slice(0, index)).toContain(dep);
    });
  });

  it('refers only to declared parameters and to resources of the model', () => {
    const names = new Set(parameters.map((p) => p.name));
    for (const resource of resources) {
      const refs = [
        ...resource.name.filter((part) => typeof part !== 'string'),
        ...refsOf(resource.properties),
      ];
      for (const ref of refs) {
        if (isRef(ref) && ref.ref === 'param') expect(names).toContain(ref.name);
        if (isRef(ref) && ref.ref === 'property') expect(byKey(resources, ref.key)).toBeDefined();
      }
      for (const clause of resource.condition ?? []) expect(names).toContain(clause.name);
    }
  });

  it('deploys nothing it only references', () => {
    for (const resource of resources.filter((r) => r.action === 'reference')) {
      expect(resource.properties).toEqual({});
    }
  });
});

describe('what each resource is', () => {
  it('updates an existing subnet with only the associations it changes', () => {
    const { resources } = buildResources(scenarioPlan('nat-existing-subnet'));
    const subnet = byKey(resources, 'subnet:compute');
    expect(subnet?.action).toBe('update');
    expect(Object.keys(subnet?.properties ?? {}).filter((k) => subnet?.properties[k] !== undefined)).toEqual([
      'natGateway',
    ]);
  });

  it('creates a new subnet with its whole property set', () => {
    const { resources } = buildResources(scenarioPlan('compute-instance'));
    expect(byKey(resources, 'vnet')?.action).toBe('create');
  });

  it('updates the workspace only with the settings the plan changes, after the network', () => {
    const { resources } = buildResources(scenarioPlan('serverless'));
    const workspace = byKey(resources, 'workspace');
    expect(workspace?.action).toBe('update');
    expect(Object.keys(workspace?.properties ?? {})).toEqual(['serverlessComputeSettings']);
    expect(workspace?.dependsOn.length).toBeGreaterThan(0);
    expect(byKey(buildResources(scenarioPlan('compute-cluster')).resources, 'workspace')?.action).toBe(
      'reference',
    );
  });

  it('gates an attach by deployCompute and creates a cluster unconditionally', () => {
    const attach = byKey(buildResources(scenarioPlan('virtual-machine')).resources, 'compute');
    expect(attach?.condition).toEqual([{ kind: 'paramTrue', name: 'deployCompute' }]);
    expect(
      byKey(buildResources(scenarioPlan('compute-cluster')).resources, 'compute')?.condition,
    ).toBeUndefined();
  });

  it('creates the compute after the managed-network switch', () => {
    const { resources } = buildResources(scenarioPlan('managed-vnet'));
    expect(byKey(resources, 'compute')?.dependsOn).toContain('workspace');
    expect(byKey(resources, 'workspace')?.properties).toMatchObject({ provisionNetworkNow: true });
  });

  it('is deterministic for any scenario (same input, same resources)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIO_NAMES), (name) => {
        expect(buildResources(scenarioPlan(name))).toEqual(buildResources(scenarioPlan(name)));
      }),
      { numRuns: 20 },
    );
  });
});
