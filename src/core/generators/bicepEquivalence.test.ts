/**
 * Cross-format equivalence: the Bicep files (read back with tree-sitter-bicep) deploy the same resource
 * types, as often, as the ARM template (nested deployments included), and each deployed resource with
 * the same name, scope and values: every literal of its body (NSG rules, routes, subnet prefixes,
 * compute properties…) and every reference that both formats let a reader evaluate (parameters at
 * their values, resource ids). An expression neither side can evaluate (a resource's current state,
 * a secret from the environment) is compared as "an expression" in that place.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/index.ts';
import { generateBundle } from './index.ts';
import { armDeep, armResources, isUnresolved } from '../../../test/helpers/generators/armTemplate.ts';
import { bicepDeployed } from '../../../test/helpers/generators/bicepTemplate.ts';
import { bicepResources, type ParserHost } from '../../../test/helpers/generators/parsers.ts';
import { planOf, SCENARIO_NAMES, scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';

const host: ParserHost = {
  bicepWasm: () =>
    readFileSync(new URL('../../../node_modules/tree-sitter-bicep/tree-sitter-bicep.wasm', import.meta.url)),
  runOnFile: () => ({ status: 1, stdout: '', stderr: 'not used' }),
};

type Json = Record<string, unknown>;

interface ArmRes {
  type: string;
  properties: { template?: { resources: ArmRes[] } } | string;
}

function armTypes(resources: readonly ArmRes[]): string[] {
  return resources.flatMap((r) => {
    const inner = typeof r.properties === 'object' ? r.properties.template?.resources : undefined;
    return inner ? armTypes(inner) : [r.type];
  });
}

async function bicepTypes(files: readonly { name: string; content: string }[]): Promise<string[]> {
  const bicep = files.filter((f) => f.name.endsWith('.bicep'));
  const declared = await Promise.all(bicep.map((f) => bicepResources(host, f.content)));
  return declared.flat().flatMap((d) => (d.existing ? [] : [d.type]));
}

/** One deployed resource as both formats are compared on it. */
interface Deployed {
  id: string;
  conditional: boolean;
  body: unknown;
}

const EXPRESSION = '<expression>';

/** Unresolved expressions become one token; object members in a stable order. */
function normalise(value: unknown): unknown {
  if (isUnresolved(value)) return EXPRESSION;
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, normalise(item)]),
    );
  return value;
}

const byId = (list: Deployed[]): Deployed[] => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** Keys of an ARM resource that are not its body: what both formats say differently by design. */
const ARM_FRAME = new Set([
  'type',
  'apiVersion',
  'name',
  'dependsOn',
  'condition',
  'subscriptionId',
  'resourceGroup',
]);

function armDeployed(content: string, plan: Plan): Deployed[] {
  const all = armResources(content, plan.workspace.subscriptionId, plan.workspace.resourceGroup);
  return byId(
    all
      .filter(({ r }) => r.type !== 'Microsoft.Resources/deployments')
      .map(({ r, s }) => ({
        id: `${s.subscription}/${s.group}/${r.type}/${String(armDeep(r.name, s))}`,
        conditional: r.condition !== undefined,
        body: normalise(
          Object.fromEntries(
            Object.entries(r as unknown as Json)
              .filter(([key]) => !ARM_FRAME.has(key))
              .map(([key, value]) => [key, armDeep(value, s)]),
          ),
        ),
      })),
  );
}

async function bicepDeployedOf(files: readonly { name: string; content: string }[], plan: Plan) {
  const scope = { subscription: plan.workspace.subscriptionId, group: plan.workspace.resourceGroup };
  const deployed = await bicepDeployed(host, files, scope);
  return byId(
    deployed.map((d) => ({
      id: `${d.subscription}/${d.group}/${d.type}/${d.name}`,
      conditional: d.conditional,
      body: normalise(d.body),
    })),
  );
}

type Files = readonly { name: string; content: string }[];

async function bothOf(files: Files, plan: Plan): Promise<{ arm: Deployed[]; bicep: Deployed[] }> {
  const arm = armDeployed(files.find((f) => f.name === 'azuredeploy.json')?.content ?? '{}', plan);
  return { arm, bicep: await bicepDeployedOf(files, plan) };
}

async function compareValues(plan: Plan): Promise<Deployed[]> {
  const { arm, bicep } = await bothOf(generateBundle(plan).files, plan);
  expect(bicep.map((d) => d.id)).toEqual(arm.map((d) => d.id));
  for (const [i, resource] of arm.entries()) expect(bicep[i], resource.id).toEqual(resource);
  return arm;
}

describe('Bicep deploys what ARM deploys', () => {
  it.each(SCENARIO_NAMES.map((name) => ({ name })))('$name: the same resource types', async ({ name }) => {
    const files = generateBundle(scenarioPlan(name)).files;
    const arm = JSON.parse(files.find((f) => f.name === 'azuredeploy.json')?.content ?? '{}') as {
      resources: ArmRes[];
    };
    const fromBicep = await bicepTypes(files);
    expect(fromBicep.length).toBeGreaterThan(0);
    expect(fromBicep.sort()).toEqual(armTypes(arm.resources).sort());
  });

  it.each(SCENARIO_NAMES.map((name) => ({ name })))(
    '$name: each resource with the same name, scope and values',
    async ({ name }) => {
      const arm = await compareValues(scenarioPlan(name));
      expect(arm.length).toBeGreaterThan(0);
    },
  );

  it('for plans with generated compute settings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('compute-cluster', 'managed-vnet', 'hub-and-spoke'),
        fc.stringMatching(/^[a-z][a-z0-9-]{1,12}[a-z]$/),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        async (name, computeName, minNodes, extra, publicIp) => {
          const raw = structuredClone(scenarioPlan(name)) as unknown as { compute: Json };
          raw.compute = { ...raw.compute, name: computeName, minNodes, maxNodes: minNodes + extra, publicIp };
          await compareValues(planOf(raw));
        },
      ),
      { numRuns: 10 },
    );
  });

  it.each([
    ['network.bicep', 'priority: 110', 'priority: 111'],
    ['network.bicep', "access: 'Deny'", "access: 'Allow'"],
    [
      'network.bicep',
      "destinationAddressPrefix: 'AzureMachineLearning'",
      "destinationAddressPrefix: 'Internet'",
    ],
    ['main.bicepparam', "param subnetPrefix = '10.0.1.0/24'", "param subnetPrefix = '10.0.9.0/24'"],
    ['main.bicep', "vmPriority: 'Dedicated'", "vmPriority: 'LowPriority'"],
    ['main.bicep', 'maxNodeCount: 4', 'maxNodeCount: 5'],
    ['main.bicep', 'enableNodePublicIp: false', 'enableNodePublicIp: true'],
    ['main.bicepparam', "param vmSize = 'Standard_DS3_v2'", "param vmSize = 'Standard_D2_v3'"],
    ['main.bicep', 'vnetName, subnetName)', "vnetName, 'other')"],
  ])('finds a changed value in %s: %s (the comparison can fail)', async (name, from, to) => {
    const plan = scenarioPlan('compute-cluster');
    const files = generateBundle(plan).files;
    const file = files.find((f) => f.name === name);
    expect(file?.content).toContain(from);
    const changed = files.map((f) => (f === file ? { ...f, content: f.content.replace(from, to) } : f));
    const { arm, bicep } = await bothOf(changed, plan);
    expect(bicep).not.toEqual(arm);
  });

  it('tells an existing declaration from a deployed one (the comparison can fail)', async () => {
    const source = "resource a 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {\n  name: 'x'\n}\n";
    expect((await bicepResources(host, source)).map(({ type, existing }) => ({ type, existing }))).toEqual([
      { type: 'Microsoft.Network/virtualNetworks', existing: true },
    ]);
  });
});
