import { API_VERSIONS } from '../apiVersions.ts';
import { isoSeconds, type DeploymentModel } from '../../resources/model.ts';
import { subnetAddress, vnetIdExpression } from './network.ts';
import { block, ref, type HclBlock, type HclEntry, type HclValue } from './print.ts';

const ML = `Microsoft.MachineLearningServices/workspaces@${API_VERSIONS.machineLearning}`;

const workspaceId: HclEntry = [
  'machine_learning_workspace_id',
  ref('data.azurerm_machine_learning_workspace.this.id'),
];

/**
 * The compute: azurerm compute cluster or instance with `subnet_resource_id` and `node_public_ip_enabled`,
 * or (through azapi) the workspace settings and attached compute.
 * @see https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/machine_learning_compute_instance
 */
export function computeBlocks(
  model: DeploymentModel,
  subnetId: HclValue | undefined,
  after: HclValue[],
): HclBlock[] {
  const { compute } = model;
  const dependsOn: HclEntry = ['depends_on', after.length > 0 ? after : undefined];
  switch (compute.kind) {
    case 'computeCluster':
      return [
        block(
          'resource',
          ['azurerm_machine_learning_compute_cluster', 'this'],
          [
            ['name', ref('var.compute_name')],
            ['location', ref('var.location')],
            workspaceId,
            ['vm_size', ref('var.vm_size')],
            ['vm_priority', compute.priority],
            ['subnet_resource_id', subnetId],
            ['node_public_ip_enabled', compute.publicIp],
            ['ssh_public_access_enabled', compute.ssh !== undefined],
            block(
              'scale_settings',
              [],
              [
                ['min_node_count', compute.minNodes],
                ['max_node_count', compute.maxNodes],
                ['scale_down_nodes_after_idle_duration', isoSeconds(compute.idleSeconds)],
              ],
            ),
            // No identity block: ARM, Bicep, the CLI and the SDK give the cluster none either (same-compute-everywhere).
            ...(compute.ssh
              ? [
                  block(
                    'ssh',
                    [],
                    [
                      ['admin_username', 'azureuser'],
                      ['key_value', ref('var.ssh_public_key')],
                    ],
                  ),
                ]
              : []),
            dependsOn,
          ],
        ),
      ];
    case 'computeInstance':
      return [
        block(
          'resource',
          ['azurerm_machine_learning_compute_instance', 'this'],
          [
            ['name', ref('var.compute_name')],
            workspaceId,
            ['virtual_machine_size', ref('var.vm_size')],
            ['subnet_resource_id', subnetId],
            ['node_public_ip_enabled', compute.publicIp],
            ...(compute.ssh ? [block('ssh', [], [['public_key', ref('var.ssh_public_key')]])] : []),
            dependsOn,
          ],
        ),
      ];
    case 'serverless':
    case 'databricks':
    case 'virtualMachine':
    case 'hdinsight':
      return azapiBlocks(model, subnetId, after);
  }
}

/** What azurerm has no arguments for: workspace network settings and attaching existing compute (azapi). */
function azapiBlocks(model: DeploymentModel, subnetId: HclValue | undefined, after: HclValue[]): HclBlock[] {
  const { compute } = model;
  const dependsOn: HclEntry = ['depends_on', after.length > 0 ? after : undefined];
  if (compute.kind === 'serverless' && subnetId) {
    return [
      block(
        'resource',
        ['azapi_update_resource', 'serverless'],
        [
          ['type', ML],
          ['resource_id', ref('data.azurerm_machine_learning_workspace.this.id')],
          [
            'body',
            {
              properties: {
                serverlessComputeSettings: {
                  serverlessComputeCustomSubnet: subnetId,
                  serverlessComputeNoPublicIP: !compute.publicIp,
                },
              },
            },
          ],
          dependsOn,
        ],
      ),
    ];
  }
  if (compute.kind === 'virtualMachine' || compute.kind === 'hdinsight') {
    return [
      block(
        'resource',
        ['azapi_resource', 'attach'],
        [
          // Attaching a compute that is already attached fails: set deploy_compute = false on re-runs.
          ['count', ref('var.deploy_compute ? 1 : 0')],
          ['type', `${ML.replace('@', '/computes@')}`],
          ['name', ref('var.compute_name')],
          ['parent_id', ref('data.azurerm_machine_learning_workspace.this.id')],
          ['location', ref('var.location')],
          [
            'body',
            {
              properties: {
                computeType: compute.kind === 'virtualMachine' ? 'VirtualMachine' : 'HDInsight',
                resourceId: compute.resourceId,
                properties: {
                  sshPort: compute.sshPort,
                  administratorAccount: {
                    username: ref('var.admin_username'),
                    privateKeyData: ref('var.admin_private_key'),
                  },
                },
              },
            },
          ],
          dependsOn,
        ],
      ),
    ];
  }
  return [];
}

/**
 * The workspace's managed network mode, changed in place with azapi_update_resource.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-managed-network
 */
export function managedNetworkBlocks(model: DeploymentModel): HclBlock[] {
  const mode = model.workspace.managedNetworkMode;
  if (!mode) return [];
  const isolationMode =
    mode === 'allowOnlyApprovedOutbound' ? 'AllowOnlyApprovedOutbound' : 'AllowInternetOutbound';
  return [
    block(
      'resource',
      ['azapi_update_resource', 'managed_network'],
      [
        ['type', ML],
        ['resource_id', ref('data.azurerm_machine_learning_workspace.this.id')],
        // Provisioned at once, so compute created after the switch finds the network ready.
        ['body', { properties: { managedNetwork: { isolationMode }, provisionNetworkNow: true } }],
      ],
    ),
  ];
}

/**
 * The Databricks workspace with VNet injection into the plan's two delegated subnets.
 * @see https://learn.microsoft.com/azure/databricks/security/network/classic/vnet-inject
 */
export function databricksBlocks(model: DeploymentModel, after: HclValue[]): HclBlock[] {
  const { compute, network } = model;
  if (compute.kind !== 'databricks' || !network) return [];
  const [pub, priv] = [
    network.subnets.find((s) => s.role === 'databricksPublic'),
    network.subnets.find((s) => s.role === 'databricksPrivate'),
  ];
  if (!pub || !priv) return [];
  // azurerm identifies an association by the subnet id; an existing association is referred to that way.
  const created = new Set(after.map((item) => (typeof item === 'object' && 'expr' in item ? item.expr : '')));
  const association = (subnet: typeof pub) => {
    const name = `azurerm_subnet_network_security_group_association.${subnet.role === 'databricksPublic' ? 'databricks_public' : 'databricks_private'}`;
    return ref(created.has(name) ? `${name}.id` : `${subnetAddress(subnet)}.id`);
  };
  return [
    block(
      'resource',
      ['azurerm_databricks_workspace', 'this'],
      [
        ['name', compute.workspaceName],
        ['resource_group_name', ref('var.workspace_resource_group')],
        ['location', ref('var.location')],
        ['sku', 'premium'],
        ['managed_resource_group_name', `${compute.workspaceName}-managed`],
        block(
          'custom_parameters',
          [],
          [
            ['no_public_ip', !compute.publicIp],
            ['virtual_network_id', ref(vnetIdExpression(network))],
            ['public_subnet_name', ref('var.public_subnet_name')],
            ['private_subnet_name', ref('var.private_subnet_name')],
            ['public_subnet_network_security_group_association_id', association(pub)],
            ['private_subnet_network_security_group_association_id', association(priv)],
          ],
        ),
        ['depends_on', after.length > 0 ? after : undefined],
      ],
    ),
  ];
}
