/**
 * REQUIREMENTS.md §12 rows that are generator behaviour, each in both directions: the plan the row
 * is about, and a nearby plan that must not get the behaviour.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/index.ts';
import { generateBundle } from './index.ts';
import { parseTerraform } from '../../../test/helpers/generators/parsers.ts';
import { planOf, scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';

type Json = Record<string, unknown>;
interface ArmRes {
  type: string;
  name: string;
  condition?: string;
  dependsOn?: string[];
  properties: Json | string;
}

const fileOf = (plan: Plan, name: string): string => {
  const file = generateBundle(plan).files.find((f) => f.name === name);
  if (!file) throw new Error(`no ${name}`);
  return file.content;
};

/** Every resource of the ARM template, nested deployments' included, with the variables in scope. */
function armResources(plan: Plan): { resource: ArmRes; variables: Json }[] {
  const walk = (template: {
    resources: ArmRes[];
    variables?: Json;
  }): { resource: ArmRes; variables: Json }[] =>
    template.resources.flatMap((resource) => {
      const inner =
        typeof resource.properties === 'object' ? (resource.properties.template as never) : undefined;
      return [{ resource, variables: template.variables ?? {} }, ...(inner ? walk(inner) : [])];
    });
  return walk(JSON.parse(fileOf(plan, 'azuredeploy.json')) as { resources: ArmRes[] });
}

const ofType = (plan: Plan, type: string) => armResources(plan).filter((r) => r.resource.type === type);

async function terraform(plan: Plan): Promise<Json> {
  const { json, problems } = await parseTerraform(fileOf(plan, 'main.tf'));
  expect(problems).toEqual([]);
  return json ?? {};
}

const withGroup = (name: string, resourceGroup: string): Plan => {
  const plan = structuredClone(scenarioPlan(name)) as unknown as { workspace: Json };
  plan.workspace = { ...plan.workspace, resourceGroup };
  return planOf(plan);
};

describe('workspace-put-resets', () => {
  it('changes only the serverless settings and carries everything else from the current workspace', () => {
    const [workspace] = ofType(scenarioPlan('serverless'), 'Microsoft.MachineLearningServices/workspaces');
    expect(workspace?.resource.properties).toBe(
      "[union(parameters('workspaceCurrent').properties, variables('workspaceChanges'))]",
    );
    expect(Object.keys(workspace?.variables.workspaceChanges as Json)).toEqual(['serverlessComputeSettings']);
    expect(workspace?.resource).toMatchObject({ identity: "[parameters('workspaceCurrent').identity]" });
    expect(fileOf(scenarioPlan('serverless'), 'workspace.bicep')).toContain(
      'properties: union(workspaceCurrent.properties, {',
    );
  });

  it('does not deploy the workspace when the plan changes none of its settings', () => {
    expect(ofType(scenarioPlan('compute-cluster'), 'Microsoft.MachineLearningServices/workspaces')).toEqual(
      [],
    );
    expect(generateBundle(scenarioPlan('compute-cluster')).files.map((f) => f.name)).not.toContain(
      'workspace.bicep',
    );
  });
});

describe('attach-not-idempotent', () => {
  it('skips the attach on re-runs in ARM, Bicep, Terraform and deploy.sh', async () => {
    const plan = scenarioPlan('virtual-machine');
    const [compute] = ofType(plan, 'Microsoft.MachineLearningServices/workspaces/computes');
    expect(compute?.resource.condition).toBe("[parameters('deployCompute')]");
    expect(fileOf(plan, 'main.bicep')).toContain('= if (deployCompute) {');
    const tf = await terraform(plan);
    const attach = (tf.resource as Json).azapi_resource as Json;
    expect((attach.attach as Json[])[0]?.count).toBe('${var.deploy_compute ? 1 : 0}');
    expect(fileOf(plan, 'deploy.sh')).toContain('if [ "$DEPLOY_COMPUTE" = true ]; then');
  });

  it('creates a compute cluster unconditionally', () => {
    const plan = scenarioPlan('compute-cluster');
    const [compute] = ofType(plan, 'Microsoft.MachineLearningServices/workspaces/computes');
    expect(compute?.resource.condition).toBeUndefined();
    expect(fileOf(plan, 'deploy.sh')).not.toContain('DEPLOY_COMPUTE');
  });
});

describe('existing-subnet-same-change', () => {
  it('keeps an existing subnet as it is and changes only the associations, as the CLI does', () => {
    const [subnet] = ofType(scenarioPlan('nat-existing-subnet'), 'Microsoft.Network/virtualNetworks/subnets');
    expect(subnet?.resource.properties).toBe(
      "[union(parameters('subnetComputeCurrent'), variables('subnetComputeChanges'))]",
    );
    expect(Object.keys(subnet?.variables.subnetComputeChanges as Json)).toEqual(['natGateway']);
    expect(fileOf(scenarioPlan('nat-existing-subnet'), 'deploy.sh')).not.toContain('network-policies');
  });

  it('gives a new subnet its whole property set', () => {
    const vnet = ofType(scenarioPlan('compute-instance'), 'Microsoft.Network/virtualNetworks');
    const subnets = (vnet[0]?.resource.properties as { subnets: { properties: Json }[] }).subnets;
    expect(subnets[0]?.properties).toMatchObject({ addressPrefix: "[parameters('subnetPrefix')]" });
  });
});

describe('same-compute-everywhere', () => {
  it('gives the Terraform cluster no identity, like ARM and Bicep', async () => {
    const tf = await terraform(scenarioPlan('compute-cluster'));
    const cluster = ((tf.resource as Json).azurerm_machine_learning_compute_cluster as Json).this as Json[];
    expect(cluster[0]).toBeDefined();
    expect(cluster[0]).not.toHaveProperty('identity');
    const [compute] = ofType(
      scenarioPlan('compute-cluster'),
      'Microsoft.MachineLearningServices/workspaces/computes',
    );
    expect(compute?.resource).not.toHaveProperty('identity');
  });
});

describe('portable-scripts', () => {
  it('makes the serverless config file with mktemp flags BSD mktemp accepts', () => {
    const script = fileOf(scenarioPlan('serverless'), 'deploy.sh');
    expect(script).toContain('mktemp -d "${TMPDIR:-/tmp}/aml.XXXXXX"');
    expect(script).not.toContain('--suffix');
  });
});

describe('shown-commands-escaped', () => {
  const useLine = (plan: Plan) => /^# Use: (.+)$/m.exec(fileOf(plan, 'compute.yml'))?.[1] ?? '';
  const bashSyntax = (command: string) => spawnSync('bash', ['-n'], { input: command, encoding: 'utf8' });

  it.each(['ml(prod)', '(ml)', 'ml.(x)_-'])(
    'quotes the resource group %s in the compute.yml command',
    (group) => {
      for (const name of ['compute-cluster', 'virtual-machine']) {
        const plan = withGroup(name, group);
        const command = useLine(plan);
        expect(command).toContain('az ml compute');
        expect(bashSyntax(command).status).toBe(0);
        const readme = fileOf(plan, 'README.md');
        expect(readme).not.toContain(`--resource-group ${group} `);
      }
    },
  );

  it('an unquoted group would not parse (the check can fail)', () => {
    expect(bashSyntax('az ml compute create --resource-group ml(prod)').status).not.toBe(0);
  });
});

describe('managed-network-order', () => {
  it('creates the compute after the switch, with the network provisioned up front, on azurerm >= 4.18', async () => {
    const plan = scenarioPlan('managed-vnet');
    const tf = await terraform(plan);
    const cluster = ((tf.resource as Json).azurerm_machine_learning_compute_cluster as Json).this as Json[];
    expect(cluster[0]?.depends_on).toContain('${azapi_update_resource.managed_network}');
    const update = (((tf.resource as Json).azapi_update_resource as Json).managed_network as Json[])[0];
    expect(update?.body).toMatchObject({ properties: { provisionNetworkNow: true } });
    expect(JSON.stringify(tf.terraform)).toContain('~> 4.18');
    const [compute] = ofType(plan, 'Microsoft.MachineLearningServices/workspaces/computes');
    expect(compute?.resource.dependsOn).toContain(
      "[resourceId('Microsoft.Resources/deployments', 'aml-update-workspace')]",
    );
    const script = fileOf(plan, 'deploy.sh');
    expect(script.indexOf('provision-network')).toBeGreaterThan(-1);
    expect(script.indexOf('provision-network')).toBeLessThan(script.indexOf('az ml compute create'));
  });

  it('has no managed-network dependency without a managed network', async () => {
    const tf = await terraform(scenarioPlan('compute-cluster'));
    expect(JSON.stringify(tf)).not.toContain('managed_network');
  });
});
