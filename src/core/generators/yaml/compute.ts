import { shellQuote } from '../azcli/escape.ts';
import { Document } from 'yaml';
import { headerLines, oneLine } from '../header.ts';
import { computeSettings, resourcesOf, type ComputeSettings } from '../../resources/index.ts';
import type { DeploymentModel } from '../../resources/model.ts';
import type { GeneratedFile } from '../types.ts';

const SCHEMA = 'https://azuremlschemas.azureedge.net/latest';

const tier = (settings: ComputeSettings) =>
  settings.priority === 'LowPriority' ? 'low_priority' : 'dedicated';

/** The subnet as CLI v2 expects it: the full id, which works whether or not the VNet is in the workspace's group. */
const networkSettings = (settings: ComputeSettings) =>
  settings.subnet ? { network_settings: { subnet: settings.subnet.id } } : {};

/** The compute as the resource model deploys it (see `computeSettings`), in CLI v2's terms. */
function computeDocument(settings: ComputeSettings): Record<string, unknown> | undefined {
  switch (settings.computeType) {
    case 'AmlCompute':
      return {
        $schema: `${SCHEMA}/amlCompute.schema.json`,
        name: settings.name,
        type: 'amlcompute',
        size: settings.vmSize,
        location: settings.location,
        min_instances: settings.minNodes,
        max_instances: settings.maxNodes,
        idle_time_before_scale_down: settings.idleSeconds,
        tier: tier(settings),
        ...networkSettings(settings),
        enable_node_public_ip: settings.nodePublicIp,
        ssh_public_access_enabled: settings.sshPublicAccess,
      };
    case 'ComputeInstance':
      return {
        $schema: `${SCHEMA}/computeInstance.schema.json`,
        name: settings.name,
        type: 'computeinstance',
        size: settings.vmSize,
        location: settings.location,
        ...networkSettings(settings),
        enable_node_public_ip: settings.nodePublicIp,
        ssh_public_access_enabled: settings.sshPublicAccess,
      };
    case 'VirtualMachine':
      return {
        $schema: `${SCHEMA}/vmCompute.schema.json`,
        name: settings.name,
        type: 'virtualmachine',
        resource_id: settings.resourceId,
        ssh_settings: { ssh_port: settings.sshPort },
      };
    default:
      // CLI v2 has no YAML for serverless compute (a workspace setting), Databricks or HDInsight.
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
 * `yaml` package, so every value is quoted as YAML needs. The settings are the resource model's, the
 * ones ARM and Bicep deploy.
 * @see https://learn.microsoft.com/azure/machine-learning/reference-yaml-compute-aml
 */
export function computeYaml(model: DeploymentModel): GeneratedFile | undefined {
  const content = computeDocument(computeSettings(resourcesOf(model)));
  if (!content) return undefined;
  const doc = new Document(content);
  const lines = [
    ...headerLines(model, 'Azure Machine Learning CLI v2 compute definition'),
    `Use: ${usage(model)}`,
  ];
  doc.commentBefore = lines.map((line) => ` ${oneLine(line)}`).join('\n');
  return { name: 'compute.yml', language: 'yaml', content: doc.toString({ lineWidth: 0 }) };
}
