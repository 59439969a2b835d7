/**
 * Facts about subnets (REQUIREMENTS.md §2, §6). Data only.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */

/**
 * Subnet names Azure reserves for its own services; a compute subnet must not use them (compared
 * case-insensitively).
 */
export const RESERVED_SUBNET_NAMES: readonly string[] = [
  'GatewaySubnet',
  'AzureFirewallSubnet',
  'AzureFirewallManagementSubnet',
  'AzureBastionSubnet',
  'RouteServerSubnet',
];

/** The delegation both Azure Databricks subnets need. */
export const DATABRICKS_DELEGATION = 'Microsoft.Databricks/workspaces';

/** The subnet the Azure Machine Learning Databricks article also requires in the VNet (reason undocumented). */
export const DATABRICKS_DEFAULT_SUBNET_NAME = 'default';

/** Service endpoint policy alias that limits data exfiltration from compute through `Storage.<region>`. */
export const EXFILTRATION_POLICY_ALIAS = '/services/Azure/MachineLearning';
