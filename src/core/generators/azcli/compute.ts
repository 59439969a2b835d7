import type { DeploymentModel } from '../../resources/model.ts';
import type { Arg, Command, VarRef, Variables } from './print.ts';

/** Variables the compute commands share. */
export interface ScriptVars {
  readonly workspace: Arg[];
  readonly location: VarRef;
  readonly subnetId?: VarRef;
}

/**
 * `az ml compute create` for a compute cluster or instance, with the full subnet id.
 * @see https://learn.microsoft.com/cli/azure/ml/compute#az-ml-compute-create
 */
export function clusterCommand(model: DeploymentModel, v: Variables, s: ScriptVars): Command[] {
  const compute = model.compute;
  if (compute.kind !== 'computeCluster' && compute.kind !== 'computeInstance') return [];
  const cluster = compute.kind === 'computeCluster';
  const args: Arg[] = [
    'az',
    'ml',
    'compute',
    'create',
    ...s.workspace,
    '--name',
    v.set('computeName', compute.name),
  ];
  args.push(
    '--type',
    cluster ? 'AmlCompute' : 'ComputeInstance',
    '--size',
    v.set('vmSize', compute.vmSize),
    '--location',
    s.location,
  );
  if (compute.kind === 'computeCluster') {
    args.push('--min-instances', String(compute.minNodes), '--max-instances', String(compute.maxNodes));
    args.push(
      '--idle-time-before-scale-down',
      String(compute.idleSeconds),
      '--tier',
      compute.priority === 'LowPriority' ? 'low_priority' : 'dedicated',
    );
  }
  // The full subnet id works whether or not the VNet is in the workspace's resource group.
  if (s.subnetId) args.push('--subnet', s.subnetId);
  // Always stated, as in the template: left out, a cluster's port is "NotSpecified" (open on public nodes
  // when there is no VNet), not closed.
  args.push('--ssh-public-access-enabled', compute.ssh ? 'true' : 'false');
  if (compute.ssh) {
    if (cluster) args.push('--admin-username', v.set('adminUsername', 'azureuser'));
    args.push('--ssh-key-value', { ref: 'SSH_PUBLIC_KEY' });
  }
  args.push('--set', `enable_node_public_ip=${compute.publicIp ? 'True' : 'False'}`);
  return [{ comment: `Create the ${cluster ? 'compute cluster' : 'compute instance'} in the subnet`, args }];
}

/**
 * `az ml workspace update` for serverless compute in the subnet (from a workspace YAML with only the
 * `serverless_compute` settings), or the managed network (then provisioned).
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-managed-network
 */
export function workspaceCommands(model: DeploymentModel, s: ScriptVars): Command[] {
  const { compute, workspace } = model;
  const out: Command[] = [];
  if (compute.kind === 'serverless' && s.subnetId) {
    // The documented CLI route is a workspace YAML with only these settings; update changes nothing else.
    const noPublicIp = String(!compute.publicIp);
    out.push({
      comment: 'Serverless compute: run in the subnet (a workspace setting; only these settings change)',
      prepare: [
        // mktemp -d with a template is the form GNU and BSD (macOS) mktemp both accept.
        'SERVERLESS_CONFIG="$(mktemp -d "${TMPDIR:-/tmp}/aml.XXXXXX")/serverless.yml"',
        `printf 'serverless_compute:\\n  custom_subnet: "%s"\\n  no_public_ip: ${noPublicIp}\\n' "$${s.subnetId.ref}" >"$SERVERLESS_CONFIG"`,
      ],
      // The subnet id is printed into the file, not passed as an argument: define it all the same.
      uses: [s.subnetId],
      args: [
        'az',
        'ml',
        'workspace',
        'update',
        ...s.workspace.map((arg) => (arg === '--workspace-name' ? '--name' : arg)),
        '--file',
        { ref: 'SERVERLESS_CONFIG' },
      ],
    });
  }
  if (workspace.managedNetworkMode) {
    const mode =
      workspace.managedNetworkMode === 'allowOnlyApprovedOutbound'
        ? 'allow_only_approved_outbound'
        : 'allow_internet_outbound';
    const ws = s.workspace.map((arg) => (arg === '--workspace-name' ? '--name' : arg));
    out.push(
      {
        comment: 'Managed virtual network (irreversible: it cannot be turned off later)',
        args: ['az', 'ml', 'workspace', 'update', ...ws, '--managed-network', mode],
      },
      {
        comment: 'Provision the managed network now rather than with the first compute (about 30 minutes)',
        args: ['az', 'ml', 'workspace', 'provision-network', ...ws],
      },
    );
  }
  return out;
}

/**
 * Attach an Ubuntu VM (`az ml compute attach`), or create the Databricks workspace with VNet injection.
 * @see https://learn.microsoft.com/azure/databricks/security/network/classic/vnet-inject
 */
export function attachCommands(model: DeploymentModel, v: Variables, s: ScriptVars): Command[] {
  const compute = model.compute;
  if (compute.kind === 'virtualMachine') {
    return [
      {
        comment: 'Attach the virtual machine (Azure Machine Learning signs in over SSH)',
        onlyIf: 'DEPLOY_COMPUTE',
        args: [
          'az',
          'ml',
          'compute',
          'attach',
          ...s.workspace,
          '--name',
          v.set('computeName', compute.name),
          '--type',
          'virtualmachine',
          '--resource-id',
          v.set('vmResourceId', compute.resourceId),
          '--ssh-port',
          String(compute.sshPort),
          '--admin-username',
          { ref: 'ADMIN_USERNAME' },
          '--ssh-private-key-file',
          { ref: 'SSH_PRIVATE_KEY_FILE' },
        ],
      },
    ];
  }
  if (compute.kind === 'databricks' && model.network) {
    return [
      {
        comment: 'Databricks workspace with VNet injection (needs: az extension add --name databricks)',
        args: [
          'az',
          'databricks',
          'workspace',
          'create',
          '--subscription',
          { ref: 'SUBSCRIPTION_ID' },
          '--resource-group',
          { ref: 'WORKSPACE_RESOURCE_GROUP' },
          '--name',
          v.set('databricksWorkspaceName', compute.workspaceName),
          '--location',
          s.location,
          '--sku',
          'premium',
          '--vnet',
          { ref: 'VNET_ID' },
          '--public-subnet',
          { ref: 'PUBLIC_SUBNET_NAME' },
          '--private-subnet',
          { ref: 'PRIVATE_SUBNET_NAME' },
          ...(compute.publicIp ? [] : ['--enable-no-public-ip']),
        ],
      },
    ];
  }
  return [];
}
