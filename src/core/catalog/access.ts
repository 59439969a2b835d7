/**
 * Permissions and product dates the checks explain (REQUIREMENTS.md §1, §6, §7, §11). Data only.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */

/** Actions the person or pipeline creating compute needs on the VNet and subnet. */
export const VNET_JOIN_ACTIONS: readonly string[] = [
  'Microsoft.Network/virtualNetworks/join/action',
  'Microsoft.Network/virtualNetworks/subnets/join/action',
];

/** Also needed when the compute is created outside an ARM deployment (CLI, SDK, studio). */
export const NETWORK_READ_ACTION = 'Microsoft.Network/*/read';

/** Support for SDK v1 (`azureml-core`), the only SDK that attaches Azure Databricks, ended on this day. */
export const SDK_V1_SUPPORT_ENDED = '30 June 2026';

/** The command that provisions a managed network before the first compute is created. */
export const PROVISION_NETWORK_COMMAND = 'az ml workspace provision-network';

/** How long provisioning a managed network with the first compute takes, roughly. */
export const MANAGED_NETWORK_PROVISION_MINUTES = 30;
