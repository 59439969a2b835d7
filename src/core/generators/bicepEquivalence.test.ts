/**
 * Cross-format equivalence: the Bicep files (read back with tree-sitter-bicep) deploy the same resource
 * types, as often, as the ARM template (nested deployments included).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateBundle } from './index.ts';
import { bicepResources, type ParserHost } from './testing/parsers.ts';
import { SCENARIO_NAMES, scenarioPlan } from './testing/scenarios.ts';

const host: ParserHost = {
  bicepWasm: () =>
    readFileSync(new URL('../../../node_modules/tree-sitter-bicep/tree-sitter-bicep.wasm', import.meta.url)),
  runOnFile: () => ({ status: 1, stdout: '', stderr: 'not used' }),
};

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

describe('Bicep deploys what ARM deploys', () => {
  it.each(SCENARIO_NAMES.map((name) => ({ name })))('$name', async ({ name }) => {
    const files = generateBundle(scenarioPlan(name)).files;
    const arm = JSON.parse(files.find((f) => f.name === 'azuredeploy.json')?.content ?? '{}') as {
      resources: ArmRes[];
    };
    const fromBicep = await bicepTypes(files);
    expect(fromBicep.length).toBeGreaterThan(0);
    expect(fromBicep.sort()).toEqual(armTypes(arm.resources).sort());
  });

  it('tells an existing declaration from a deployed one (the comparison can fail)', async () => {
    const source = "resource a 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {\n  name: 'x'\n}\n";
    expect(await bicepResources(host, source)).toEqual([
      { type: 'Microsoft.Network/virtualNetworks', existing: true },
    ]);
  });
});
