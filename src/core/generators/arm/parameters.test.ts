import { describe, expect, it } from 'vitest';
import { examplePlan, withPatch } from '../../../../test/helpers/rulePlans.ts';
import type { Plan } from '../../model/index.ts';
import { generateBundle } from '../index.ts';
import { SCENARIO_NAMES, scenarioPlan } from '../../../../test/helpers/generators/scenarios.ts';

interface Template {
  readonly parameters?: Record<string, unknown>;
  readonly resources?: readonly unknown[];
}

/** Every `parameters('name')` an expression of the template uses, and the parameters declared, per template. */
function parameterUse(
  template: Template,
  scope = 'azuredeploy.json',
): { scope: string; missing: string[] }[] {
  const declared = new Set(Object.keys(template.parameters ?? {}));
  const used = new Set<string>();
  const nested: { scope: string; missing: string[] }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(/parameters\('([^']+)'\)/g)) used.add(match[1] ?? '');
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // A nested deployment's inner template has parameters of its own, declared in it.
      const properties = record.properties as { template?: Template } | undefined;
      if (record.type === 'Microsoft.Resources/deployments' && properties?.template) {
        nested.push(...parameterUse(properties.template, `${scope} › ${String(record.name)}`));
        const { template: _inner, ...rest } = properties;
        walk({ ...record, properties: rest }, path);
        return;
      }
      for (const [key, item] of Object.entries(record)) walk(item, `${path}.${key}`);
    }
  };
  walk(template.resources ?? [], 'resources');
  walk((template as Record<string, unknown>).outputs ?? {}, 'outputs');
  return [{ scope, missing: [...used].filter((name) => !declared.has(name)).sort() }, ...nested];
}

const armOf = (plan: Plan): Template =>
  JSON.parse(
    generateBundle(plan).files.find((file) => file.name === 'azuredeploy.json')?.content ?? '{}',
  ) as Template;

describe('ARM: every parameter an expression uses is declared', () => {
  it.each(SCENARIO_NAMES)('%s', (name) => {
    for (const use of parameterUse(armOf(scenarioPlan(name)))) expect(use.missing, use.scope).toEqual([]);
  });

  it('an attached VM in a VNet the bundle leaves alone, with a private endpoint to create there', () => {
    const plan = withPatch(examplePlan('virtual-machine'), (draft) => {
      (draft.workspace as { privateLink?: unknown }).privateLink = { placement: 'create' };
    });
    const template = armOf(plan);
    const text = JSON.stringify(template);
    expect(text).toContain('Microsoft.Network/privateEndpoints');
    for (const use of parameterUse(template)) expect(use.missing, use.scope).toEqual([]);
  });

  it('notices a parameter used but not declared (the check can fail)', () => {
    const template: Template = {
      parameters: { a: {} },
      resources: [{ name: "[parameters('a')]", location: "[parameters('b')]" }],
    };
    expect(parameterUse(template)[0]?.missing).toEqual(['b']);
  });
});
