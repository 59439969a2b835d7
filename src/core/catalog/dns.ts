/**
 * Name resolution facts (REQUIREMENTS.md §1). Data only.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */

/** Azure-provided DNS, which custom DNS servers must forward to so private-link zones resolve. */
export const AZURE_DNS_IP = '168.63.129.16';

/** Private DNS zones of the workspace's private endpoint; a VNet using the workspace privately links both. */
export const WORKSPACE_PRIVATE_DNS_ZONES: readonly string[] = [
  'privatelink.api.azureml.ms',
  'privatelink.notebooks.azure.net',
];

/** Hosts a compute instance's Jupyter reaches over WebSockets. */
export const INSTANCE_WEBSOCKET_HOSTS: readonly string[] = [
  '*.instances.azureml.net',
  '*.instances.azureml.ms',
];
