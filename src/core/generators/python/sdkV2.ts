import { TOOL_VERSIONS } from '../apiVersions.ts';
import { commentBlock, headerLines } from '../header.ts';
import {
  computeSettings,
  resourcesOf,
  type ComputeSettings,
  type SubnetSetting,
} from '../../resources/index.ts';
import type { DeploymentModel } from '../../resources/model.ts';
import type { GeneratedFile } from '../types.ts';
import { pythonString as str } from './escape.ts';

/** Module-level constants (name → value), printed as `NAME = "value"`. */
type Constants = [string, string][];

/**
 * The compute's network settings: the full subnet id when the VNet is in another resource group
 * (then `vnet_name` is omitted, as the SDK requires), otherwise VNet and subnet names.
 */
function networkSettings(
  model: DeploymentModel,
  subnet: SubnetSetting | undefined,
  constants: Constants,
): string | undefined {
  if (!subnet) return undefined;
  const sameGroup =
    subnet.resourceGroup.toLowerCase() === model.workspace.resourceGroup.toLowerCase() &&
    subnet.subscriptionId.toLowerCase() === model.workspace.subscriptionId.toLowerCase();
  if (sameGroup) {
    constants.push(['VNET_NAME', subnet.vnetName], ['SUBNET_NAME', subnet.subnetName]);
    return 'NetworkSettings(vnet_name=VNET_NAME, subnet=SUBNET_NAME)';
  }
  constants.push(['SUBNET_ID', subnet.id]);
  return 'NetworkSettings(subnet=SUBNET_ID)';
}

const pyBool = (value: boolean | undefined) => (value ? 'True' : 'False');

/** `ALLOW_ONLY_APPROVED_OUTBOUND` of ARM's `AllowOnlyApprovedOutbound` (the SDK's `IsolationMode` member). */
const isolationMember = (mode: string) => mode.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

function computeLines(
  settings: ComputeSettings,
  network: string | undefined,
  constants: Constants,
): { imports: string[]; body: string[] } {
  const { computeType } = settings;
  if (computeType === 'AmlCompute' || computeType === 'ComputeInstance') {
    constants.push(
      ['COMPUTE_NAME', settings.name ?? ''],
      ['VM_SIZE', settings.vmSize ?? ''],
      ['LOCATION', settings.location ?? ''],
    );
    const cluster = computeType === 'AmlCompute';
    const args = ['name=COMPUTE_NAME', 'size=VM_SIZE', 'location=LOCATION'];
    if (cluster) {
      args.push(`min_instances=${String(settings.minNodes)}`, `max_instances=${String(settings.maxNodes)}`);
      args.push(
        `idle_time_before_scale_down=${String(settings.idleSeconds)}`,
        `tier=${str(settings.priority === 'LowPriority' ? 'low_priority' : 'dedicated')}`,
      );
    }
    if (network) args.push(`network_settings=${network}`);
    args.push(
      `enable_node_public_ip=${pyBool(settings.nodePublicIp)}`,
      `ssh_public_access_enabled=${pyBool(settings.sshPublicAccess)}`,
    );
    const sshClass = cluster ? 'AmlComputeSshSettings' : 'ComputeInstanceSshSettings';
    if (settings.sshKey) {
      const user = cluster ? `admin_username=${str(settings.sshAdminUser ?? '')}, ` : '';
      args.push(`ssh_settings=${sshClass}(${user}ssh_key_value=read_public_key())`);
    }
    return {
      imports: [computeType, ...(network ? ['NetworkSettings'] : []), ...(settings.sshKey ? [sshClass] : [])],
      body: [
        `compute = ${computeType}(`,
        ...args.map((arg) => `    ${arg},`),
        ')',
        'ml_client.compute.begin_create_or_update(compute).result()',
      ],
    };
  }
  if (computeType === 'VirtualMachine') {
    constants.push(['COMPUTE_NAME', settings.name ?? ''], ['VM_RESOURCE_ID', settings.resourceId ?? '']);
    return {
      imports: ['VirtualMachineCompute', 'VirtualMachineSshSettings'],
      body: [
        'compute = VirtualMachineCompute(',
        '    name=COMPUTE_NAME,',
        '    resource_id=VM_RESOURCE_ID,',
        '    ssh_settings=VirtualMachineSshSettings(',
        '        admin_username=os.environ["ADMIN_USERNAME"],',
        '        ssh_private_key_file=os.environ.get("SSH_PRIVATE_KEY_FILE", os.path.expanduser("~/.ssh/id_rsa")),',
        `        ssh_port=${String(settings.sshPort)},`,
        '    ),',
        ')',
        'ml_client.compute.begin_create_or_update(compute).result()',
      ],
    };
  }
  return { imports: [], body: [] };
}

function workspaceLines(
  settings: ComputeSettings,
  constants: Constants,
): { imports: string[]; body: string[] } {
  const { serverless, managedNetwork } = settings;
  if (serverless) {
    constants.push(['SUBNET_ID', serverless.subnet.id]);
    return {
      imports: ['ServerlessComputeSettings'],
      body: [
        'workspace = ml_client.workspaces.get(WORKSPACE_NAME)',
        `workspace.serverless_compute = ServerlessComputeSettings(custom_subnet=SUBNET_ID, no_public_ip=${pyBool(serverless.noPublicIp)})`,
        'ml_client.workspaces.begin_update(workspace).result()',
      ],
    };
  }
  if (managedNetwork) {
    return {
      imports: ['IsolationMode', 'ManagedNetwork'],
      body: [
        '# Irreversible: a managed network cannot be turned off later.',
        'workspace = ml_client.workspaces.get(WORKSPACE_NAME)',
        `workspace.managed_network = ManagedNetwork(isolation_mode=IsolationMode.${isolationMember(managedNetwork.isolationMode)})`,
        'ml_client.workspaces.begin_update(workspace).result()',
        ...(managedNetwork.provisionNow
          ? ['ml_client.workspaces.begin_provision_network(workspace_name=WORKSPACE_NAME).result()']
          : []),
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
 * compute instance, serverless compute (a workspace setting), managed network, attached VM. The
 * settings are the resource model's (see `computeSettings`), the ones ARM and Bicep deploy.
 * @see https://learn.microsoft.com/python/api/azure-ai-ml/azure.ai.ml.entities.networksettings
 */
export function pythonSdkV2(model: DeploymentModel): GeneratedFile | undefined {
  const constants: Constants = [
    ['SUBSCRIPTION_ID', model.workspace.subscriptionId],
    ['RESOURCE_GROUP', model.workspace.resourceGroup],
    ['WORKSPACE_NAME', model.workspace.name],
  ];
  const settings = computeSettings(resourcesOf(model));
  const ws = workspaceLines(settings, constants);
  const compute = computeLines(settings, networkSettings(model, settings.subnet, constants), constants);
  const body = [...ws.body, ...compute.body];
  if (body.length === 0) return undefined;
  const entities = [...new Set([...ws.imports, ...compute.imports])].sort();
  const needsKey = settings.sshKey;
  const lines = [
    commentBlock(headerLines(model, 'Python SDK v2 script'), '#'),
    `# Requires: pip install "azure-ai-ml>=${TOOL_VERSIONS.azureAiMl}" azure-identity`,
    '# Signs in with DefaultAzureCredential (az login, environment variables or a managed identity).',
    ...(needsKey || settings.computeType === 'VirtualMachine' ? ['import os', ''] : []),
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
