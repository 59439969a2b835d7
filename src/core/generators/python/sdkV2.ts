import { TOOL_VERSIONS } from '../apiVersions.ts';
import { commentBlock, headerLines } from '../header.ts';
import type { ComputeModel, DeploymentModel } from '../../resources/model.ts';
import type { GeneratedFile } from '../types.ts';
import { pythonString as str } from './escape.ts';

/** Module-level constants (name → value), printed as `NAME = "value"`. */
type Constants = [string, string][];

/**
 * The compute's network settings: the full subnet id when the VNet is in another resource group
 * (then `vnet_name` is omitted, as the SDK requires), otherwise VNet and subnet names.
 */
function networkSettings(model: DeploymentModel, constants: Constants): string | undefined {
  const network = model.network;
  const subnet = network?.subnets.find((s) => s.role === 'compute');
  if (!network || !subnet) return undefined;
  const sameGroup =
    network.resourceGroup.toLowerCase() === model.workspace.resourceGroup.toLowerCase() &&
    network.subscriptionId.toLowerCase() === model.workspace.subscriptionId.toLowerCase();
  if (sameGroup) {
    constants.push(['VNET_NAME', network.vnet.name], ['SUBNET_NAME', subnet.name]);
    return 'NetworkSettings(vnet_name=VNET_NAME, subnet=SUBNET_NAME)';
  }
  const id = `/subscriptions/${network.subscriptionId}/resourceGroups/${network.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${network.vnet.name}/subnets/${subnet.name}`;
  constants.push(['SUBNET_ID', id]);
  return 'NetworkSettings(subnet=SUBNET_ID)';
}

const pyBool = (value: boolean) => (value ? 'True' : 'False');

function computeLines(
  compute: ComputeModel,
  network: string | undefined,
  constants: Constants,
): { imports: string[]; body: string[] } {
  if (compute.kind === 'computeCluster' || compute.kind === 'computeInstance') {
    constants.push(['COMPUTE_NAME', compute.name], ['VM_SIZE', compute.vmSize], ['LOCATION', compute.region]);
    const cluster = compute.kind === 'computeCluster';
    const args = ['name=COMPUTE_NAME', 'size=VM_SIZE', 'location=LOCATION'];
    if (compute.kind === 'computeCluster') {
      args.push(`min_instances=${compute.minNodes}`, `max_instances=${compute.maxNodes}`);
      args.push(
        `idle_time_before_scale_down=${compute.idleSeconds}`,
        `tier=${str(compute.priority === 'LowPriority' ? 'low_priority' : 'dedicated')}`,
      );
    }
    if (network) args.push(`network_settings=${network}`);
    args.push(
      `enable_node_public_ip=${pyBool(compute.publicIp)}`,
      `ssh_public_access_enabled=${pyBool(compute.ssh !== undefined)}`,
    );
    const sshClass = cluster ? 'AmlComputeSshSettings' : 'ComputeInstanceSshSettings';
    if (compute.ssh) {
      const user = cluster ? `admin_username=${str('azureuser')}, ` : '';
      args.push(`ssh_settings=${sshClass}(${user}ssh_key_value=read_public_key())`);
    }
    const cls = cluster ? 'AmlCompute' : 'ComputeInstance';
    return {
      imports: [cls, ...(network ? ['NetworkSettings'] : []), ...(compute.ssh ? [sshClass] : [])],
      body: [
        `compute = ${cls}(`,
        ...args.map((arg) => `    ${arg},`),
        ')',
        'ml_client.compute.begin_create_or_update(compute).result()',
      ],
    };
  }
  if (compute.kind === 'virtualMachine') {
    constants.push(['COMPUTE_NAME', compute.name], ['VM_RESOURCE_ID', compute.resourceId]);
    return {
      imports: ['VirtualMachineCompute', 'VirtualMachineSshSettings'],
      body: [
        'compute = VirtualMachineCompute(',
        '    name=COMPUTE_NAME,',
        '    resource_id=VM_RESOURCE_ID,',
        '    ssh_settings=VirtualMachineSshSettings(',
        '        admin_username=os.environ["ADMIN_USERNAME"],',
        '        ssh_private_key_file=os.environ.get("SSH_PRIVATE_KEY_FILE", os.path.expanduser("~/.ssh/id_rsa")),',
        `        ssh_port=${compute.sshPort},`,
        '    ),',
        ')',
        'ml_client.compute.begin_create_or_update(compute).result()',
      ],
    };
  }
  return { imports: [], body: [] };
}

function workspaceLines(model: DeploymentModel, constants: Constants): { imports: string[]; body: string[] } {
  const { compute, workspace, network } = model;
  if (compute.kind === 'serverless' && network) {
    const subnet = network.subnets.find((s) => s.role === 'compute');
    const id = `/subscriptions/${network.subscriptionId}/resourceGroups/${network.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${network.vnet.name}/subnets/${subnet?.name ?? ''}`;
    constants.push(['SUBNET_ID', id]);
    return {
      imports: ['ServerlessComputeSettings'],
      body: [
        'workspace = ml_client.workspaces.get(WORKSPACE_NAME)',
        `workspace.serverless_compute = ServerlessComputeSettings(custom_subnet=SUBNET_ID, no_public_ip=${pyBool(!compute.publicIp)})`,
        'ml_client.workspaces.begin_update(workspace).result()',
      ],
    };
  }
  if (workspace.managedNetworkMode) {
    const mode =
      workspace.managedNetworkMode === 'allowOnlyApprovedOutbound'
        ? 'ALLOW_ONLY_APPROVED_OUTBOUND'
        : 'ALLOW_INTERNET_OUTBOUND';
    return {
      imports: ['IsolationMode', 'ManagedNetwork'],
      body: [
        '# Irreversible: a managed network cannot be turned off later.',
        'workspace = ml_client.workspaces.get(WORKSPACE_NAME)',
        `workspace.managed_network = ManagedNetwork(isolation_mode=IsolationMode.${mode})`,
        'ml_client.workspaces.begin_update(workspace).result()',
        'ml_client.workspaces.begin_provision_network(workspace_name=WORKSPACE_NAME).result()',
      ],
    };
  }
  return { imports: [], body: [] };
}

const READ_KEY = [
  'def read_public_key() -> str:',
  '    path = os.environ.get("SSH_PUBLIC_KEY_FILE", os.path.expanduser("~/.ssh/id_rsa.pub"))',
  '    with open(path, encoding="utf-8") as key_file:',
  '        return key_file.read().strip()',
  '',
  '',
];

/**
 * `create_compute.py` (Python SDK v2, azure-ai-ml), for the kinds v2 supports: compute cluster,
 * compute instance, serverless compute (a workspace setting), managed network, attached VM.
 * @see https://learn.microsoft.com/python/api/azure-ai-ml/azure.ai.ml.entities.networksettings
 */
export function pythonSdkV2(model: DeploymentModel): GeneratedFile | undefined {
  const constants: Constants = [
    ['SUBSCRIPTION_ID', model.workspace.subscriptionId],
    ['RESOURCE_GROUP', model.workspace.resourceGroup],
    ['WORKSPACE_NAME', model.workspace.name],
  ];
  const ws = workspaceLines(model, constants);
  const placed = model.compute.kind === 'computeCluster' || model.compute.kind === 'computeInstance';
  const compute = computeLines(
    model.compute,
    placed ? networkSettings(model, constants) : undefined,
    constants,
  );
  const body = [...ws.body, ...compute.body];
  if (body.length === 0) return undefined;
  const entities = [...new Set([...ws.imports, ...compute.imports])].sort();
  const needsKey = 'ssh' in model.compute && model.compute.ssh !== undefined;
  const lines = [
    commentBlock(headerLines(model, 'Python SDK v2 script'), '#'),
    `# Requires: pip install "azure-ai-ml>=${TOOL_VERSIONS.azureAiMl}" azure-identity`,
    '# Signs in with DefaultAzureCredential (az login, environment variables or a managed identity).',
    ...(needsKey || model.compute.kind === 'virtualMachine' ? ['import os', ''] : []),
    'from azure.ai.ml import MLClient',
    `from azure.ai.ml.entities import ${entities.join(', ')}`,
    'from azure.identity import DefaultAzureCredential',
    '',
    ...constants.map(([name, value]) => `${name} = ${str(value)}`),
    '',
    '',
    ...(needsKey ? READ_KEY : []),
    'def main() -> None:',
    '    ml_client = MLClient(DefaultAzureCredential(), SUBSCRIPTION_ID, RESOURCE_GROUP, WORKSPACE_NAME)',
    ...body.map((line) => `    ${line}`),
    '',
    '',
    'if __name__ == "__main__":',
    '    main()',
  ];
  return { name: 'create_compute.py', language: 'python', content: `${lines.join('\n')}\n` };
}
