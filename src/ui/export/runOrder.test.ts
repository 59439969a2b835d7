import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlanText, type Plan } from '../../core/index.ts';
import { generateBundle } from '../../core/index.ts';
import { runOrder, shellArg } from './runOrder.ts';

function example(name: string): Plan {
  const path = fileURLToPath(new URL(`../../../examples/${name}.plan.json`, import.meta.url));
  const result = parsePlanText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${name} is not a valid plan`);
  return result.plan;
}

const commandsOf = (plan: Plan) =>
  runOrder(plan, generateBundle(plan).files).map((step) => step.commands.map((c) => c.command));

describe('runOrder', () => {
  it('lists sign-in, the extension, the deployment, then the compute for a cluster', () => {
    const plan = example('compute-cluster');
    const steps = runOrder(plan, generateBundle(plan).files);
    expect(steps.map((step) => step.title)).toEqual([
      'Sign in to Azure',
      'Add the Azure Machine Learning extension',
      'Deploy the network and the compute',
      'Create the compute on its own',
    ]);
    expect(commandsOf(plan)).toEqual([
      ['az login', `az account set --subscription ${plan.workspace.subscriptionId}`],
      ['az extension add -n ml'],
      [
        'bash deploy.sh',
        `az deployment group create --resource-group ${plan.workspace.resourceGroup} --template-file azuredeploy.json --parameters @azuredeploy.parameters.json`,
        `az deployment group create --resource-group ${plan.workspace.resourceGroup} --parameters main.bicepparam`,
      ],
      [
        // compute.yml's `# Use:` line shell-quotes every value (REQUIREMENTS §12 shown-commands-escaped).
        `az ml compute create --file compute.yml --resource-group '${plan.workspace.resourceGroup}' --workspace-name '${plan.workspace.name}'`,
      ],
    ]);
  });

  it.each([
    ['virtual-machine', 'Attach the compute on its own', /^az ml compute attach --file compute\.yml /],
    ['hdinsight', 'Attach the compute on its own', /^python3 attach_compute_legacy_sdk_v1\.py$/],
    ['databricks', 'Attach the compute on its own', /^python3 attach_compute_legacy_sdk_v1\.py$/],
    ['serverless', 'Apply the serverless network settings on their own', /^python3 create_compute\.py$/],
  ])('ends %s with "%s"', (name, title, command) => {
    const plan = example(name);
    const last = runOrder(plan, generateBundle(plan).files).at(-1);
    expect(last?.title).toBe(title);
    expect(last?.commands[0]?.command).toMatch(command);
  });

  it('leaves out steps whose files the bundle lacks', () => {
    const plan = example('compute-cluster');
    const only = generateBundle(plan).files.filter((file) => file.name === 'deploy.sh');
    expect(runOrder(plan, only).map((step) => step.commands.length)).toEqual([2, 1, 1]);
  });
});

describe('shellArg', () => {
  it.each([
    ['ml-rg', 'ml-rg'],
    ['11111111-2222-3333-4444-555555555555', '11111111-2222-3333-4444-555555555555'],
    ['my group', "'my group'"],
    ["it's", "'it'\\''s'"],
    ['$(rm -rf)', "'$(rm -rf)'"],
  ])('quotes %j as %s', (value, quoted) => {
    expect(shellArg(value)).toBe(quoted);
  });
});
