/**
 * Cross-format equivalence: the Terraform configuration (read back with @cdktf/hcl2json) makes the same
 * change as the ARM template (read back as JSON, its name expressions evaluated): the same NSG rules,
 * routes, NAT gateways, public IPs, workspace update and compute, by name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/index.ts';
import { generateBundle } from './index.ts';
import { parseTerraform } from './testing/parsers.ts';
import { planOf, SCENARIO_NAMES, scenarioPlan } from './testing/scenarios.ts';

type Json = Record<string, unknown>;
interface Facts {
  rules: string[];
  routes: string[];
  natGateways: string[];
  publicIps: string[];
  workspaceUpdated: boolean;
  compute: string[];
}
interface ArmRes {
  type: string;
  name: string;
  properties: Json | string;
}
interface ArmTemplate {
  parameters: Record<string, { defaultValue?: unknown }>;
  resources: ArmRes[];
}

/** Evaluates the name expressions the templates use: a literal, `parameters('x')`, `format('{0}/{1}', …)`. */
function armName(name: string, params: (key: string) => unknown): string[] {
  if (!name.startsWith('[')) return [name];
  if (name.startsWith('[[')) return [name.slice(1)];
  const args = [...name.matchAll(/parameters\('((?:[^']|'')*)'\)|'((?:[^']|'')*)'/g)].map((m) =>
    m[1] !== undefined ? String(params(m[1].replace(/''/g, "'"))) : (m[2] ?? '').replace(/''/g, "'"),
  );
  return name.startsWith('[format(') ? args.slice(1) : args;
}

function armFacts(content: string): Facts {
  const top = JSON.parse(content) as ArmTemplate;
  const facts: Facts = {
    rules: [],
    routes: [],
    natGateways: [],
    publicIps: [],
    workspaceUpdated: false,
    compute: [],
  };
  const walk = (template: ArmTemplate, passed: (key: string) => unknown) => {
    for (const r of template.resources) {
      const names = armName(r.name, passed);
      const last = names.at(-1) ?? '';
      const props = typeof r.properties === 'object' ? r.properties : {};
      if (r.type === 'Microsoft.Resources/deployments') {
        const inner = props.template as ArmTemplate;
        const args = props.parameters as Record<string, { value: string }>;
        walk(inner, (key) => {
          const value = args[key]?.value ?? '';
          return armName(value, passed)[0];
        });
      }
      if (r.type === 'Microsoft.Network/networkSecurityGroups')
        facts.rules.push(
          ...((props.securityRules as { name: string }[] | undefined) ?? []).map((x) => x.name),
        );
      if (r.type.endsWith('/securityRules')) facts.rules.push(last);
      if (r.type === 'Microsoft.Network/routeTables')
        facts.routes.push(...((props.routes as { name: string }[] | undefined) ?? []).map((x) => x.name));
      if (r.type.endsWith('/routes')) facts.routes.push(last);
      if (r.type === 'Microsoft.Network/natGateways') facts.natGateways.push(last);
      if (r.type.startsWith('Microsoft.Network/publicIP')) facts.publicIps.push(last);
      if (r.type === 'Microsoft.MachineLearningServices/workspaces') facts.workspaceUpdated = true;
      if (r.type.endsWith('/computes')) facts.compute.push(last);
    }
  };
  walk(top, (key) => top.parameters[key]?.defaultValue);
  return facts;
}

function terraformFacts(tf: Json): Facts {
  const resources = (tf.resource ?? {}) as Record<string, Record<string, Json[]>>;
  const variables = (tf.variable ?? {}) as Record<string, Json[]>;
  const value = (text: unknown) =>
    String(text).replace(/^\$\{var\.([a-z_]+)\}$/, (_, name: string) =>
      String(variables[name]?.[0]?.default),
    );
  const names = (type: string) =>
    Object.values(resources[type] ?? {}).flatMap((blocks) => blocks.map((b) => value(b.name)));
  return {
    rules: [
      ...names('azurerm_network_security_rule'),
      ...Object.values(resources.azurerm_network_security_group ?? {}).flatMap((blocks) =>
        blocks.flatMap((b) =>
          ((b.security_rule as Json[] | undefined) ?? []).map((rule) => value(rule.name)),
        ),
      ),
    ],
    routes: names('azurerm_route'),
    natGateways: names('azurerm_nat_gateway'),
    publicIps: [...names('azurerm_public_ip'), ...names('azurerm_public_ip_prefix')],
    workspaceUpdated: resources.azapi_update_resource !== undefined,
    compute: [
      ...names('azurerm_machine_learning_compute_cluster'),
      ...names('azurerm_machine_learning_compute_instance'),
      ...names('azapi_resource'),
    ],
  };
}

const sorted = (facts: Facts): Facts => ({
  rules: [...facts.rules].sort(),
  routes: [...facts.routes].sort(),
  natGateways: [...facts.natGateways].sort(),
  publicIps: [...facts.publicIps].sort(),
  workspaceUpdated: facts.workspaceUpdated,
  compute: [...facts.compute].sort(),
});

async function compare(plan: Plan): Promise<void> {
  const files = generateBundle(plan).files;
  const arm = files.find((f) => f.name === 'azuredeploy.json')?.content ?? '{}';
  const { json, problems } = await parseTerraform(files.find((f) => f.name === 'main.tf')?.content ?? '');
  expect(problems).toEqual([]);
  const fromArm = sorted(armFacts(arm));
  // Databricks is attached by ARM and Bicep once a token is given; Terraform creates only its workspace.
  if (plan.compute.kind === 'databricks') fromArm.compute = [];
  expect(sorted(terraformFacts(json ?? {}))).toEqual(fromArm);
}

describe('Terraform makes the same change as ARM', () => {
  it.each(SCENARIO_NAMES.map((name) => ({ name })))('$name', async ({ name }) => {
    await compare(scenarioPlan(name));
  });

  it('reads facts that differ when the formats differ (the comparison can fail)', () => {
    const arm = JSON.stringify({
      parameters: {},
      resources: [{ type: 'Microsoft.Network/natGateways', name: 'nat-a', properties: {} }],
    });
    expect(sorted(armFacts(arm))).not.toEqual(sorted(terraformFacts({})));
  });

  it('for plans with generated compute names', async () => {
    const named = SCENARIO_NAMES.filter((name) => 'name' in scenarioPlan(name).compute);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...named),
        fc.stringMatching(/^[a-z][a-z0-9-]{1,12}[a-z]$/),
        async (name, computeName) => {
          const raw = structuredClone(scenarioPlan(name)) as unknown as { compute: Json };
          raw.compute = { ...raw.compute, name: computeName };
          await compare(planOf(raw));
        },
      ),
      { numRuns: 15 },
    );
  });
});
