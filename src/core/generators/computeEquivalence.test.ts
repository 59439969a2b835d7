/**
 * Cross-format equivalence of the compute: every format makes the same compute and workspace change as
 * the ARM template. Each file is read back with a real parser (JSON, @cdktf/hcl2json, the `yaml`
 * package, Python's `ast`, bash running deploy.sh with a recording `az`, tree-sitter-bicep) and
 * reduced to the same "compute facts"; each format's facts must equal the template's, except where
 * a format cannot express something, which {@link notExpressed} names with the reason.
 */
import fc from 'fast-check';
import { nodeParserHost } from '../../../test/helpers/nodeParserHost.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Plan } from '../model/index.ts';
import { generateBundle, type GeneratedFile } from './index.ts';
import { armDeep, armId, armResources, isUnresolved } from '../../../test/helpers/generators/armTemplate.ts';
import { opt, recordAzCalls, type AzCall } from '../../../test/helpers/generators/azCalls.ts';
import { bicepDeployed } from '../../../test/helpers/generators/bicepTemplate.ts';
import { parseTerraform } from '../../../test/helpers/generators/parsers.ts';
import { planOf, SCENARIO_NAMES, scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';

type Json = Record<string, unknown>;

const host = nodeParserHost('aml-compute-eq');
afterAll(host.dispose);

// ---------------------------------------------------------------------------------------------------
// What every format is compared on

/** The compute and workspace change of a deployment, in ARM's terms. */
interface ComputeFacts {
  computeType?: string;
  name?: string;
  location?: string;
  vmSize?: string;
  priority?: string;
  minNodes?: number;
  maxNodes?: number;
  idleSeconds?: number;
  subnetId?: string;
  nodePublicIp?: boolean;
  sshPublicAccess?: boolean;
  /** An SSH public key is given to the nodes. */
  sshKey?: boolean;
  resourceId?: string;
  sshPort?: number;
  serverlessSubnetId?: string;
  serverlessNoPublicIp?: boolean;
  isolationMode?: string;
  provisionNetworkNow?: boolean;
}
type Fact = keyof ComputeFacts;

const COMPUTE_FACTS: readonly Fact[] = [
  'computeType',
  'name',
  'location',
  'vmSize',
  'priority',
  'minNodes',
  'maxNodes',
  'idleSeconds',
  'subnetId',
  'nodePublicIp',
  'sshPublicAccess',
  'sshKey',
  'resourceId',
  'sshPort',
];
const WORKSPACE_FACTS: readonly Fact[] = [
  'serverlessSubnetId',
  'serverlessNoPublicIp',
  'isolationMode',
  'provisionNetworkNow',
];

/** Drops absent members (and unresolved expressions, which no other format has either). */
function clean(facts: ComputeFacts): ComputeFacts {
  return Object.fromEntries(
    Object.entries(facts).filter(([, value]) => value !== undefined && !isUnresolved(value)),
  ) as ComputeFacts;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && /^\d+$/.test(value)
      ? Number(value)
      : undefined;
const bool = (value: unknown): boolean | undefined =>
  typeof value === 'boolean'
    ? value
    : typeof value === 'string' && /^(true|false)$/i.test(value)
      ? value.toLowerCase() === 'true'
      : undefined;
const obj = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const seconds = (iso: unknown): number | undefined => num(/^PT(\d+)S$/.exec(String(iso))?.[1]);
const subnetsType = 'Microsoft.Network/virtualNetworks/subnets';
/** CLI v2 / SDK v2 tier names as ARM's `vmPriority`. */
const TIERS: Readonly<Record<string, string>> = { dedicated: 'Dedicated', low_priority: 'LowPriority' };
/** `allow_only_approved_outbound` / `ALLOW_ONLY_APPROVED_OUTBOUND` as ARM's `AllowOnlyApprovedOutbound`. */
const pascal = (snake: string): string =>
  snake
    .toLowerCase()
    .split('_')
    .map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)
    .join('');

// ---------------------------------------------------------------------------------------------------
// ARM and Bicep: the `workspaces/computes` resource and the workspace update, evaluated

function resourceFacts(
  compute: { name: string; location: unknown; properties: Json } | undefined,
  workspace: Json | undefined,
): ComputeFacts {
  const body = obj(compute?.properties);
  const p = obj(body.properties);
  const scale = obj(p.scaleSettings);
  const ssh = obj(p.sshSettings);
  const credentials = obj(p.userAccountCredentials);
  const access = str(p.remoteLoginPortPublicAccess) ?? str(ssh.sshPublicAccess);
  const serverless = obj(workspace?.serverlessComputeSettings);
  const managed = obj(workspace?.managedNetwork);
  return clean({
    ...(compute
      ? {
          computeType: str(body.computeType),
          name: compute.name.split('/').at(-1),
          location: str(compute.location),
          vmSize: str(p.vmSize),
          priority: str(p.vmPriority),
          minNodes: num(scale.minNodeCount),
          maxNodes: num(scale.maxNodeCount),
          idleSeconds: seconds(scale.nodeIdleTimeBeforeScaleDown),
          subnetId: str(obj(p.subnet).id),
          nodePublicIp: bool(p.enableNodePublicIp),
          sshPublicAccess: access === undefined ? undefined : access === 'Enabled',
          // The key is a secure parameter: present in the body, its value supplied at deployment.
          sshKey: 'adminUserSshPublicKey' in credentials || 'adminPublicKey' in ssh,
          resourceId: str(body.resourceId),
          sshPort: num(p.sshPort),
        }
      : {}),
    serverlessSubnetId: str(serverless.serverlessComputeCustomSubnet),
    serverlessNoPublicIp: bool(serverless.serverlessComputeNoPublicIP),
    isolationMode: str(managed.isolationMode),
    provisionNetworkNow: bool(workspace?.provisionNetworkNow),
  });
}

const COMPUTES = 'Microsoft.MachineLearningServices/workspaces/computes';
const WORKSPACES = 'Microsoft.MachineLearningServices/workspaces';

function armFacts(content: string, plan: Plan): ComputeFacts {
  const all = armResources(content, plan.workspace.subscriptionId, plan.workspace.resourceGroup);
  const compute = all.find(({ r }) => r.type === COMPUTES);
  const workspace = all.find(({ r }) => r.type === WORKSPACES);
  return resourceFacts(
    compute && {
      name: String(armDeep(compute.r.name, compute.s)),
      location: armDeep(compute.r.location, compute.s),
      properties: obj(armDeep(compute.r.properties, compute.s)),
    },
    workspace && obj(armDeep(workspace.r.properties, workspace.s)),
  );
}

async function bicepFacts(files: readonly GeneratedFile[], plan: Plan): Promise<ComputeFacts> {
  const scope = { subscription: plan.workspace.subscriptionId, group: plan.workspace.resourceGroup };
  const deployed = await bicepDeployed(host, files, scope);
  const compute = deployed.find((d) => d.type === COMPUTES);
  const workspace = deployed.find((d) => d.type === WORKSPACES);
  return resourceFacts(
    compute && {
      name: compute.name,
      location: compute.body.location,
      properties: obj(compute.body.properties),
    },
    workspace && obj(workspace.body.properties),
  );
}

// ---------------------------------------------------------------------------------------------------
// Terraform: the azurerm compute blocks and the azapi resources, references resolved

function terraformFacts(tf: Json): ComputeFacts {
  const resources = obj(tf.resource) as Record<string, Record<string, Json[]>>;
  const data = obj(tf.data) as Record<string, Record<string, Json[]>>;
  const variables = obj(tf.variable) as Record<string, Json[]>;
  const providers = (obj(tf.provider).azurerm ?? []) as Json[];
  const first = (type: string, source = resources): Json | undefined =>
    Object.values(source[type] ?? {}).flat()[0];
  /** A literal, a variable's default, or a block's `name` / subnet or VNet `id`. */
  const value = (text: unknown): unknown => {
    const variable = /^\$\{var\.([a-z_]+)\}$/.exec(String(text));
    if (variable) return variables[variable[1] ?? '']?.[0]?.default;
    const ref = /^\$\{(data\.)?([a-z_]+)\.([a-z0-9_]+)\.(id|name)\}$/.exec(String(text));
    if (!ref) return text;
    const [, isData, type = '', label = '', attribute] = ref;
    const block = (isData ? data : resources)[type]?.[label]?.[0] ?? {};
    const name = String(value(block.name));
    if (attribute === 'name') return name;
    const alias = /^\$\{azurerm\.([a-z_]+)\}$/.exec(String(block.provider))?.[1];
    const provider = providers.find((p) => (alias ? p.alias === alias : p.alias === undefined)) ?? {};
    const subscription = String(value(provider.subscription_id));
    const group = String(value(block.resource_group_name));
    if (type === 'azurerm_subnet')
      return armId(subscription, group, subnetsType, [String(value(block.virtual_network_name)), name]);
    return `${type}:${name}`;
  };
  const cluster = first('azurerm_machine_learning_compute_cluster');
  const instance = first('azurerm_machine_learning_compute_instance');
  const attach = first('azapi_resource');
  const updates = Object.values(resources.azapi_update_resource ?? {})
    .flat()
    .map((b) => obj(obj(b.body).properties));
  const settings = Object.assign({}, ...updates) as Json;
  const workspace = {
    serverlessSubnetId: str(value(obj(settings.serverlessComputeSettings).serverlessComputeCustomSubnet)),
    serverlessNoPublicIp: bool(obj(settings.serverlessComputeSettings).serverlessComputeNoPublicIP),
    isolationMode: str(obj(settings.managedNetwork).isolationMode),
    provisionNetworkNow: bool(settings.provisionNetworkNow),
  };
  if (cluster) {
    const scale = obj((cluster.scale_settings as Json[] | undefined)?.[0]);
    return clean({
      computeType: 'AmlCompute',
      name: str(value(cluster.name)),
      location: str(value(cluster.location)),
      vmSize: str(value(cluster.vm_size)),
      priority: str(value(cluster.vm_priority)),
      minNodes: num(scale.min_node_count),
      maxNodes: num(scale.max_node_count),
      idleSeconds: seconds(scale.scale_down_nodes_after_idle_duration),
      subnetId: str(value(cluster.subnet_resource_id)),
      nodePublicIp: bool(cluster.node_public_ip_enabled),
      sshPublicAccess: bool(cluster.ssh_public_access_enabled),
      sshKey: ((cluster.ssh as Json[] | undefined)?.length ?? 0) > 0,
      ...workspace,
    });
  }
  if (instance) {
    // azurerm opens the instance's public SSH port exactly when it has an `ssh` block (with the key).
    const ssh = ((instance.ssh as Json[] | undefined)?.length ?? 0) > 0;
    return clean({
      computeType: 'ComputeInstance',
      name: str(value(instance.name)),
      location: str(value(instance.location)),
      vmSize: str(value(instance.virtual_machine_size)),
      subnetId: str(value(instance.subnet_resource_id)),
      nodePublicIp: bool(instance.node_public_ip_enabled),
      sshPublicAccess: ssh,
      sshKey: ssh,
      ...workspace,
    });
  }
  if (attach) {
    const body = obj(obj(attach.body).properties);
    return clean({
      computeType: str(body.computeType),
      name: str(value(attach.name)),
      location: str(value(attach.location)),
      resourceId: str(body.resourceId),
      sshPort: num(obj(body.properties).sshPort),
      sshKey: false,
      ...workspace,
    });
  }
  return clean(workspace);
}

// ---------------------------------------------------------------------------------------------------
// compute.yml: the CLI v2 document, and its usage line for what is given on the command line

const YAML_TYPES: Readonly<Record<string, string>> = {
  amlcompute: 'AmlCompute',
  computeinstance: 'ComputeInstance',
  virtualmachine: 'VirtualMachine',
};

function yamlFacts(content: string, plan: Plan): ComputeFacts {
  const doc = parseDocument(content);
  expect(doc.errors).toEqual([]);
  const y = obj(doc.toJS());
  const network = obj(y.network_settings);
  const subnet = str(network.subnet);
  const vnet = str(network.vnet_name);
  const { subscriptionId, resourceGroup } = plan.workspace;
  return clean({
    computeType: YAML_TYPES[String(y.type)],
    name: str(y.name),
    location: str(y.location),
    vmSize: str(y.size),
    priority: y.tier === undefined ? undefined : TIERS[String(y.tier)],
    minNodes: num(y.min_instances),
    maxNodes: num(y.max_instances),
    idleSeconds: num(y.idle_time_before_scale_down),
    // A subnet name with `vnet_name` is in the workspace's resource group (CLI v2 semantics).
    subnetId: vnet && subnet ? armId(subscriptionId, resourceGroup, subnetsType, [vnet, subnet]) : subnet,
    nodePublicIp: bool(y.enable_node_public_ip),
    sshPublicAccess: bool(y.ssh_public_access_enabled),
    // The key is never written into the file: the usage line passes it with --ssh-key-value.
    sshKey: (doc.commentBefore ?? '').includes('--ssh-key-value'),
    resourceId: str(y.resource_id),
    sshPort: num(obj(y.ssh_settings).ssh_port),
  });
}

// ---------------------------------------------------------------------------------------------------
// create_compute.py: Python's own parser, the compute constructor's keywords and the module constants

/** Dumps the module constants, every call (function and keyword arguments) and attribute assignments. */
const PYTHON_DUMP = String.raw`
import ast, json, sys

tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
constants = {}
for node in tree.body:
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        try:
            constants[node.targets[0].id] = ast.literal_eval(node.value)
        except ValueError:
            pass

def value(node):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.Call):
        return {"call": ast.unparse(node.func), "kwargs": {k.arg: value(k.value) for k in node.keywords}}
    return {"expr": ast.unparse(node)}

calls, assigns = [], {}
for node in ast.walk(tree):
    if isinstance(node, ast.Call):
        calls.append(value(node))
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Attribute):
        assigns[ast.unparse(node.targets[0])] = value(node.value)
print(json.dumps({"constants": constants, "calls": calls, "assigns": assigns}))
`;

interface PyCall {
  call: string;
  kwargs: Json;
}

function pythonDump(content: string): { calls: PyCall[]; assigns: Record<string, unknown> } {
  const result = host.runOnFile('python3', ['-c', PYTHON_DUMP], 'create_compute.py', content);
  if (result.status !== 0) throw new Error(`python3: ${result.stderr}`);
  return JSON.parse(result.stdout) as { calls: PyCall[]; assigns: Record<string, unknown> };
}

const SDK_TYPES: Readonly<Record<string, string>> = {
  AmlCompute: 'AmlCompute',
  ComputeInstance: 'ComputeInstance',
  VirtualMachineCompute: 'VirtualMachine',
};

function pythonFacts(content: string, plan: Plan): ComputeFacts {
  const { calls, assigns } = pythonDump(content);
  const compute = calls.find((c) => SDK_TYPES[c.call] !== undefined);
  const k = compute?.kwargs ?? {};
  const network = obj(obj(k.network_settings).kwargs);
  const subnet = str(network.subnet);
  const vnet = str(network.vnet_name);
  const ssh = obj(obj(k.ssh_settings).kwargs);
  const serverless = obj(obj(assigns['workspace.serverless_compute']).kwargs);
  const managed = str(obj(obj(obj(assigns['workspace.managed_network']).kwargs).isolation_mode).expr);
  const { subscriptionId, resourceGroup } = plan.workspace;
  return clean({
    ...(compute
      ? {
          computeType: SDK_TYPES[compute.call],
          name: str(k.name),
          location: str(k.location),
          vmSize: str(k.size),
          priority: k.tier === undefined ? undefined : TIERS[String(k.tier)],
          minNodes: num(k.min_instances),
          maxNodes: num(k.max_instances),
          idleSeconds: num(k.idle_time_before_scale_down),
          // NetworkSettings(vnet_name=…, subnet=…) names a subnet in the workspace's resource group.
          subnetId:
            vnet && subnet ? armId(subscriptionId, resourceGroup, subnetsType, [vnet, subnet]) : subnet,
          nodePublicIp: bool(k.enable_node_public_ip),
          sshPublicAccess: bool(k.ssh_public_access_enabled),
          sshKey: 'ssh_key_value' in ssh,
          resourceId: str(k.resource_id),
          sshPort: num(ssh.ssh_port),
        }
      : {}),
    serverlessSubnetId: str(serverless.custom_subnet),
    serverlessNoPublicIp: bool(serverless.no_public_ip),
    isolationMode: managed === undefined ? undefined : pascal(managed.replace(/^IsolationMode\./, '')),
    provisionNetworkNow: calls.some((c) => c.call.endsWith('.begin_provision_network')) || undefined,
  });
}

// ---------------------------------------------------------------------------------------------------
// deploy.sh: run by bash with a recording `az`

const CLI_TYPES: Readonly<Record<string, string>> = {
  amlcompute: 'AmlCompute',
  computeinstance: 'ComputeInstance',
  virtualmachine: 'VirtualMachine',
};

const optional = (call: AzCall, name: string): string | undefined =>
  call.options.has(name) ? opt(call, name) : undefined;

function scriptFacts(calls: readonly AzCall[]): ComputeFacts {
  const compute = calls.find((c) => c.command === 'ml compute create' || c.command === 'ml compute attach');
  const updates = calls.filter((c) => c.command === 'ml workspace update');
  const serverlessFile = updates.flatMap((c) => [...c.files.values()])[0];
  const serverless = obj(
    obj(serverlessFile === undefined ? {} : parseDocument(serverlessFile).toJS()).serverless_compute,
  );
  const managed = updates.map((c) => optional(c, '--managed-network')).find((m) => m !== undefined);
  const sets = compute?.options.get('--set') ?? [];
  const publicIp = sets.map((s) => /^enable_node_public_ip=(\w+)$/.exec(s)?.[1]).find((v) => v !== undefined);
  const type = compute && CLI_TYPES[String(optional(compute, '--type')).toLowerCase()];
  const tier = compute && optional(compute, '--tier');
  return clean({
    ...(compute
      ? {
          computeType: type,
          name: optional(compute, '--name'),
          location: optional(compute, '--location'),
          vmSize: optional(compute, '--size'),
          priority: tier === undefined ? undefined : TIERS[tier],
          minNodes: num(optional(compute, '--min-instances')),
          maxNodes: num(optional(compute, '--max-instances')),
          idleSeconds: num(optional(compute, '--idle-time-before-scale-down')),
          subnetId: optional(compute, '--subnet'),
          nodePublicIp: bool(publicIp),
          sshPublicAccess: bool(optional(compute, '--ssh-public-access-enabled')),
          sshKey: compute.options.has('--ssh-key-value'),
          resourceId: optional(compute, '--resource-id'),
          sshPort: num(optional(compute, '--ssh-port')),
        }
      : {}),
    serverlessSubnetId: str(serverless.custom_subnet),
    serverlessNoPublicIp: bool(serverless.no_public_ip),
    isolationMode: managed === undefined ? undefined : pascal(managed),
    provisionNetworkNow: calls.some((c) => c.command === 'ml workspace provision-network') || undefined,
  });
}

// ---------------------------------------------------------------------------------------------------
// What a format cannot express, and why

type Format = 'bicep' | 'terraform' | 'yaml' | 'python' | 'deploy.sh';
const FORMATS: readonly Format[] = ['bicep', 'terraform', 'yaml', 'python', 'deploy.sh'];

/** The facts a format leaves out for a deployment, each with the reason. */
function notExpressed(format: Format, arm: ComputeFacts): { facts: readonly Fact[]; reason: string }[] {
  const out: { facts: readonly Fact[]; reason: string }[] = [];
  const type = arm.computeType;
  const all = [...COMPUTE_FACTS, ...WORKSPACE_FACTS];
  if (format === 'yaml') {
    if (type === undefined || type === 'Databricks' || type === 'HDInsight')
      out.push({
        facts: all,
        reason: 'CLI v2 has no compute YAML for serverless compute, Databricks or HDInsight',
      });
    out.push({
      facts: WORKSPACE_FACTS,
      reason: 'compute.yml defines the compute; workspace settings are not in it',
    });
    if (type === 'VirtualMachine')
      out.push({ facts: ['location'], reason: 'an attached VM stays where it is; the YAML has no location' });
  }
  if (format === 'python') {
    if (type === 'Databricks' || type === 'HDInsight')
      out.push({
        facts: all,
        reason: 'SDK v2 cannot attach it; the bundle has the legacy SDK v1 script instead',
      });
    if (type === 'VirtualMachine')
      out.push({
        facts: ['location'],
        reason: 'VirtualMachineCompute has no location: the VM stays where it is',
      });
  }
  if (format === 'deploy.sh') {
    if (type === 'HDInsight')
      out.push({
        facts: COMPUTE_FACTS,
        reason: 'CLI v2 cannot attach HDInsight; the script points to the SDK v1 script',
      });
    if (type === 'Databricks')
      out.push({
        facts: COMPUTE_FACTS,
        reason: 'the script creates the Databricks workspace; attaching needs a token',
      });
    if (type === 'VirtualMachine')
      out.push({
        facts: ['location'],
        reason: 'az ml compute attach has no location: the VM stays where it is',
      });
  }
  if (format === 'terraform') {
    if (type === 'Databricks')
      out.push({
        facts: COMPUTE_FACTS,
        reason: 'Terraform creates the Databricks workspace only; attaching needs a token',
      });
    if (type === 'ComputeInstance')
      out.push({
        facts: ['location'],
        reason: 'azurerm_machine_learning_compute_instance has no location argument',
      });
  }
  return out;
}

function without(facts: ComputeFacts, dropped: readonly Fact[]): ComputeFacts {
  const out: ComputeFacts = { ...facts };
  for (const fact of dropped) delete out[fact];
  return out;
}

// ---------------------------------------------------------------------------------------------------

/** Equal as records (member order aside). */
const same = (a: ComputeFacts | undefined, b: ComputeFacts | undefined): boolean => {
  const text = (f: ComputeFacts | undefined) =>
    JSON.stringify(f && Object.fromEntries(Object.entries(f).sort(([x], [y]) => x.localeCompare(y))));
  return text(a) === text(b);
};

const fileOf = (files: readonly GeneratedFile[], name: string): string | undefined =>
  files.find((f) => f.name === name)?.content;

/** Each format's facts, read from the files (undefined: the bundle has no such file). */
async function formatFacts(
  files: readonly GeneratedFile[],
  plan: Plan,
): Promise<Record<Format, ComputeFacts | undefined>> {
  const tf = fileOf(files, 'main.tf');
  const yml = fileOf(files, 'compute.yml');
  const py = fileOf(files, 'create_compute.py');
  const sh = fileOf(files, 'deploy.sh');
  const parsed = tf === undefined ? undefined : await parseTerraform(tf);
  expect(parsed?.problems ?? []).toEqual([]);
  return {
    bicep: fileOf(files, 'main.bicep') === undefined ? undefined : await bicepFacts(files, plan),
    terraform: parsed?.json && terraformFacts(parsed.json),
    yaml: yml === undefined ? undefined : yamlFacts(yml, plan),
    python: py === undefined ? undefined : pythonFacts(py, plan),
    'deploy.sh': sh === undefined ? undefined : scriptFacts(recordAzCalls(host, sh)),
  };
}

/** Compares every format with the template; returns the template's facts. */
async function compare(plan: Plan): Promise<ComputeFacts> {
  const files = generateBundle(plan).files;
  const arm = armFacts(fileOf(files, 'azuredeploy.json') ?? '{}', plan);
  const facts = await formatFacts(files, plan);
  for (const format of FORMATS) {
    const dropped = notExpressed(format, arm).flatMap((n) => n.facts);
    const expected = without(arm, dropped);
    const found = facts[format];
    if (found === undefined) {
      // A missing file is right only when the format expresses nothing of this deployment.
      expect(Object.keys(expected), `${format}: no file, yet it should express these`).toEqual([]);
      continue;
    }
    expect(without(found, dropped), format).toEqual(expected);
  }
  return arm;
}

describe('every format makes the compute change the ARM template makes', () => {
  it.each(SCENARIO_NAMES.map((name) => ({ name })))('$name', async ({ name }) => {
    const arm = await compare(scenarioPlan(name));
    expect(Object.keys(arm).length).toBeGreaterThan(1);
  });

  it('for generated compute clusters and instances', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'compute-cluster',
          'compute-instance',
          'managed-vnet',
          'vnet-other-group',
          'nat-existing-subnet',
        ),
        fc.record({
          name: fc.stringMatching(/^[a-z][a-z0-9-]{1,12}[a-z]$/),
          vmSize: fc.constantFrom(
            'Standard_DS3_v2',
            'Standard_D4s_v5',
            'Standard_NC6s_v3',
            'Standard_E8ds_v5',
          ),
          minNodes: fc.integer({ min: 0, max: 4 }),
          extra: fc.integer({ min: 1, max: 40 }),
          idle: fc.integer({ min: 60, max: 3600 }),
          priority: fc.constantFrom('dedicated', 'lowPriority'),
          publicIp: fc.boolean(),
          ssh: fc.boolean(),
        }),
        async (scenario, v) => {
          const raw = structuredClone(scenarioPlan(scenario)) as unknown as { compute: Json };
          const kind = raw.compute.kind;
          raw.compute = {
            ...raw.compute,
            ...(kind === 'serverless' ? {} : { name: v.name, vmSize: v.vmSize }),
            ...(kind === 'computeCluster'
              ? {
                  minNodes: v.minNodes,
                  maxNodes: v.minNodes + v.extra,
                  idleSecondsBeforeScaleDown: v.idle,
                  priority: v.priority,
                }
              : {}),
            publicIp: v.publicIp,
            ...(kind === 'serverless' ? {} : { ssh: { enabled: v.ssh, port: 22 } }),
          };
          await compare(planOf(raw));
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('what the comparison sees', () => {
  it('reads the compute cluster from every format', async () => {
    const plan = scenarioPlan('compute-cluster');
    const files = generateBundle(plan).files;
    const facts = await formatFacts(files, plan);
    const expected: ComputeFacts = {
      computeType: 'AmlCompute',
      name: 'cpu-cluster',
      location: 'eastus2',
      vmSize: 'Standard_DS3_v2',
      priority: 'Dedicated',
      minNodes: 0,
      maxNodes: 4,
      idleSeconds: 120,
      subnetId:
        '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/contoso-vnet/subnets/training',
      nodePublicIp: false,
      sshPublicAccess: false,
      sshKey: false,
    };
    expect(armFacts(fileOf(files, 'azuredeploy.json') ?? '', plan)).toEqual(expected);
    for (const format of FORMATS) expect(facts[format], format).toEqual(expected);
  });

  it.each([
    ['azuredeploy.json', '"maxNodeCount": 4', '"maxNodeCount": 5'],
    ['main.tf', 'vm_priority = "Dedicated"', 'vm_priority = "LowPriority"'],
    ['main.bicep', "nodeIdleTimeBeforeScaleDown: 'PT120S'", "nodeIdleTimeBeforeScaleDown: 'PT180S'"],
    ['compute.yml', 'enable_node_public_ip: false', 'enable_node_public_ip: true'],
    ['create_compute.py', 'VM_SIZE = "Standard_DS3_v2"', 'VM_SIZE = "Standard_D2_v3"'],
    ['create_compute.py', 'min_instances=0', 'min_instances=1'],
    ['deploy.sh', "SUBNET_NAME='training'", "SUBNET_NAME='other'"],
    ['deploy.sh', '--tier dedicated', '--tier low_priority'],
  ])('finds a changed %s (%s; the comparison can fail)', async (name, from, to) => {
    const plan = scenarioPlan('compute-cluster');
    const files = generateBundle(plan).files;
    const arm = armFacts(fileOf(files, 'azuredeploy.json') ?? '', plan);
    const file = files.find((f) => f.name === name);
    expect(file?.content).toContain(from);
    const changed = files.map((f) => (f === file ? { ...f, content: f.content.replace(from, to) } : f));
    const after = await formatFacts(changed, plan);
    const changedArm = armFacts(fileOf(changed, 'azuredeploy.json') ?? '', plan);
    const disagree = FORMATS.filter((format) => !same(after[format], changedArm));
    expect(disagree.length).toBeGreaterThan(0);
    expect(same(changedArm, arm) && disagree.length === 0).toBe(false);
  });

  it('reads the serverless subnet, the managed network and an attached VM', async () => {
    const read = async (name: string) => {
      const plan = scenarioPlan(name);
      return formatFacts(generateBundle(plan).files, plan);
    };
    const serverless = await read('vnet-other-group');
    expect(serverless.python?.serverlessSubnetId).toContain('/resourceGroups/hub-network-rg/');
    expect(serverless['deploy.sh']?.serverlessNoPublicIp).toBe(true);
    const managed = await read('managed-vnet');
    expect(managed.python).toMatchObject({
      isolationMode: 'AllowOnlyApprovedOutbound',
      provisionNetworkNow: true,
    });
    expect(managed['deploy.sh']).toMatchObject({
      isolationMode: 'AllowOnlyApprovedOutbound',
      provisionNetworkNow: true,
    });
    const vm = await read('virtual-machine');
    expect(vm.yaml).toMatchObject({ computeType: 'VirtualMachine', sshPort: 22 });
    expect(vm['deploy.sh']?.resourceId).toContain('/virtualMachines/gpu-vm-01');
  });
});
