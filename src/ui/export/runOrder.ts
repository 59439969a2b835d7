import type { Plan } from '../../core/index.ts';
import type { GeneratedFile } from '../../core/index.ts';

/** One command of a step, with what it is when a step offers several ways. */
export interface RunCommand {
  readonly label?: string;
  readonly command: string;
}

/** One thing to do, in order, with the commands that do it. */
export interface RunStep {
  readonly title: string;
  readonly detail: string;
  readonly commands: readonly RunCommand[];
}

/** A shell argument: bare when it has only safe characters, otherwise single-quoted. */
export function shellArg(value: string): string {
  if (/^[A-Za-z0-9._/:@=+-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

const signIn = (plan: Plan): RunStep => ({
  title: 'Sign in to Azure',
  detail:
    'Sign in as someone allowed to join the subnet and to create the resources, then choose the workspace’s subscription.',
  commands: [
    { command: 'az login' },
    { command: `az account set --subscription ${shellArg(plan.workspace.subscriptionId)}` },
  ],
});

const extension: RunStep = {
  title: 'Add the Azure Machine Learning extension',
  detail: 'The ml extension of the Azure CLI creates and attaches compute.',
  commands: [{ command: 'az extension add -n ml' }],
};

function deployStep(plan: Plan, has: (name: string) => boolean): RunStep | undefined {
  const group = shellArg(plan.workspace.resourceGroup);
  const commands: RunCommand[] = [];
  if (has('deploy.sh')) commands.push({ label: 'Azure CLI script', command: 'bash deploy.sh' });
  if (has('azuredeploy.json'))
    commands.push({
      label: 'or the ARM template',
      command: `az deployment group create --resource-group ${group} --template-file azuredeploy.json --parameters @azuredeploy.parameters.json`,
    });
  if (has('main.bicep'))
    commands.push({
      label: 'or Bicep',
      command: `az deployment group create --resource-group ${group} --parameters main.bicepparam`,
    });
  if (commands.length === 0) return undefined;
  return {
    title: 'Deploy the network and the compute',
    detail:
      'Run one of these in the folder with the files. Each creates or updates the network resources first, then the compute.',
    commands,
  };
}

/** The `# Use: …` line a CLI v2 YAML file starts with. */
function yamlCommand(file: GeneratedFile | undefined): string | undefined {
  return file?.content.match(/^# Use: (.+)$/m)?.[1]?.trim();
}

function computeStep(plan: Plan, files: readonly GeneratedFile[]): RunStep | undefined {
  const byName = (name: string) => files.find((file) => file.name === name);
  const fromYaml = yamlCommand(byName('compute.yml'));
  const script = ['create_compute.py', 'attach_compute_legacy_sdk_v1.py'].find((name) => byName(name));
  const command = fromYaml ?? (script ? `python3 ${script}` : undefined);
  if (!command) return undefined;
  const kind = plan.compute.kind;
  const attach = kind === 'virtualMachine' || kind === 'hdinsight' || kind === 'databricks';
  const title =
    kind === 'serverless'
      ? 'Apply the serverless network settings on their own'
      : `${attach ? 'Attach' : 'Create'} the compute on its own`;
  return {
    title,
    detail:
      'The script and templates above already do this. Use it when the network is in place already, for example in a pipeline; replace any <placeholder> first.',
    commands: [{ command }],
  };
}

/**
 * What to run, in order: prerequisites, the deployment (script or template with its parameters
 * file), then the compute on its own. Only steps whose files are in the bundle are listed.
 */
export function runOrder(plan: Plan, files: readonly GeneratedFile[]): RunStep[] {
  const has = (name: string) => files.some((file) => file.name === name);
  const steps: (RunStep | undefined)[] = [
    signIn(plan),
    extension,
    deployStep(plan, has),
    computeStep(plan, files),
  ];
  return steps.filter((step): step is RunStep => step !== undefined);
}

/**
 * What a command is called on its copy button: its label without the "or" that links it to the one
 * before, otherwise its step's title, counted when the step has several unlabelled commands.
 */
export function commandName(step: RunStep, index: number): string {
  const label = step.commands[index]?.label?.replace(/^or /, '');
  if (label) return label;
  return step.commands.length > 1 ? `${step.title}, ${index + 1} of ${step.commands.length}` : step.title;
}
