import { shellQuote } from '../azcli/escape.ts';
import { Document } from 'yaml';
import { headerLines, oneLine } from '../header.ts';
import type { DeploymentModel } from '../../resources/model.ts';
import type { GeneratedFile } from '../types.ts';

const SCHEMA = 'https://azuremlschemas.azureedge.net/latest';

/** The subnet as CLI v2 expects it: the full id, which works whether or not the VNet is in the workspace's group. */
function networkSettings(model: DeploymentModel): { subnet: string } | undefined {
  const network = model.network;
  const subnet = network?.subnets.find((s) => s.role === 'compute');
  if (!network || !subnet) return undefined;
  return {
    subnet: `/subscriptions/${network.subscriptionId}/resourceGroups/${network.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${network.vnet.name}/subnets/${subnet.name}`,
  };
}

function computeDocument(model: DeploymentModel): Record<string, unknown> | undefined {
  const compute = model.compute;
  const network = networkSettings(model);
  switch (compute.kind) {
    case 'computeCluster':
      return {
        $schema: `${SCHEMA}/amlCompute.schema.json`,
        name: compute.name,
        type: 'amlcompute',
        size: compute.vmSize,
        location: compute.region,
        min_instances: compute.minNodes,
        max_instances: compute.maxNodes,
        idle_time_before_scale_down: compute.idleSeconds,
        tier: compute.priority === 'LowPriority' ? 'low_priority' : 'dedicated',
        ...(network ? { network_settings: network } : {}),
        enable_node_public_ip: compute.publicIp,
        ssh_public_access_enabled: compute.ssh !== undefined,
      };
    case 'computeInstance':
      return {
        $schema: `${SCHEMA}/computeInstance.schema.json`,
        name: compute.name,
        type: 'computeinstance',
        size: compute.vmSize,
        location: compute.region,
        ...(network ? { network_settings: network } : {}),
        enable_node_public_ip: compute.publicIp,
        ssh_public_access_enabled: compute.ssh !== undefined,
      };
    case 'virtualMachine':
      return {
        $schema: `${SCHEMA}/vmCompute.schema.json`,
        name: compute.name,
        type: 'virtualmachine',
        resource_id: compute.resourceId,
        ssh_settings: { ssh_port: compute.sshPort },
      };
    default:
      return undefined;
  }
}

/**
 * How to use the file, as a command a person pastes into bash: every value shell-quoted, and the
 * values that must not be written into it read from variables they set first.
 */
function usage(model: DeploymentModel): string {
  const compute = model.compute;
  const verb = compute.kind === 'virtualMachine' ? 'attach' : 'create';
  const where = `--resource-group ${shellQuote(model.workspace.resourceGroup)} --workspace-name ${shellQuote(model.workspace.name)}`;
  const base = `az ml compute ${verb} --file compute.yml ${where}`;
  if (compute.kind === 'virtualMachine') {
    return `${base} --set ssh_settings.admin_username="$ADMIN_USERNAME" ssh_settings.ssh_private_key_file="$SSH_PRIVATE_KEY_FILE"`;
  }
  if (compute.kind === 'computeCluster' && compute.ssh)
    return `${base} --admin-username azureuser --ssh-key-value "$SSH_PUBLIC_KEY_FILE"`;
  if (compute.kind === 'computeInstance' && compute.ssh)
    return `${base} --ssh-key-value "$SSH_PUBLIC_KEY_FILE"`;
  return base;
}

/**
 * `compute.yml` for `az ml compute create --file` (CLI v2), for the kinds it supports: compute
 * cluster, compute instance and an attached virtual machine. Built as a structure and printed by the
 * `yaml` package, so every value is quoted as YAML needs.
 * @see https://learn.microsoft.com/azure/machine-learning/reference-yaml-compute-aml
 */
export function computeYaml(model: DeploymentModel): GeneratedFile | undefined {
  const content = computeDocument(model);
  if (!content) return undefined;
  const doc = new Document(content);
  const lines = [
    ...headerLines(model, 'Azure Machine Learning CLI v2 compute definition'),
    `Use: ${usage(model)}`,
  ];
  doc.commentBefore = lines.map((line) => ` ${oneLine(line)}`).join('\n');
  return { name: 'compute.yml', language: 'yaml', content: doc.toString({ lineWidth: 0 }) };
}
