import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlanText, type Plan } from '../../core/index.ts';
import { generateBundle } from '../../core/index.ts';
import { commandName, runOrder, shellArg } from './runOrder.ts';

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

describe('runOrder with names that are legal in Azure and special to the shell', () => {
  /** The words bash makes of a command line, or its syntax error: what a person pasting it gets. */
  const words = (command: string) => {
    const result = spawnSync('bash', ['-c', `words() { printf '%s\\n' "$@"; }; words ${command}`], {
      encoding: 'utf8',
    });
    return result.status === 0 ? result.stdout.split('\n').slice(0, -1) : [`bash error: ${result.stderr}`];
  };

  it.each(['ml(prod)', '(ml)', 'ml.(x)_-', 'ml-ü_(ø)'])(
    'hands the resource group %j to every command as one word',
    (group) => {
      for (const name of ['compute-cluster', 'virtual-machine', 'serverless']) {
        const base = example(name);
        const plan = { ...base, workspace: { ...base.workspace, resourceGroup: group } } as Plan;
        const commands = runOrder(plan, generateBundle(plan).files).flatMap((step) =>
          step.commands.map((c) => c.command),
        );
        const withGroup = commands.filter((command) => command.includes('--resource-group'));
        expect(withGroup.length, name).toBeGreaterThan(0);
        for (const command of withGroup) {
          const argv = words(command);
          expect(argv[argv.indexOf('--resource-group') + 1], command).toBe(group);
        }
      }
    },
  );

  it('would catch an unquoted group (the check can fail)', () => {
    expect(words('az group show --resource-group ml(prod)')[0]).toMatch(/^bash error: /);
    expect(words('az group show --resource-group ml rg')).toEqual([
      'az',
      'group',
      'show',
      '--resource-group',
      'ml',
      'rg',
    ]);
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

describe('commandName', () => {
  it('names each command of a cluster by its label or its step, never twice the same', () => {
    const plan = example('compute-cluster');
    const names = runOrder(plan, generateBundle(plan).files).flatMap((step) =>
      step.commands.map((_, i) => commandName(step, i)),
    );
    expect(names).toEqual([
      'Sign in to Azure, 1 of 2',
      'Sign in to Azure, 2 of 2',
      'Add the Azure Machine Learning extension',
      'Azure CLI script',
      'the ARM template',
      'Bicep',
      'Create the compute on its own',
    ]);
  });
});
