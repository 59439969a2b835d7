/**
 * The Microsoft documentation pages findings and generated files link to (REQUIREMENTS.md, header).
 * One place, so a moved page is fixed once.
 */
export const DOCS = {
  secureTraining: 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet',
  firewall: 'https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall',
  managedNetwork: 'https://learn.microsoft.com/azure/machine-learning/how-to-managed-network',
  planIsolation: 'https://learn.microsoft.com/azure/machine-learning/concept-plan-network-isolation',
  computeCluster: 'https://learn.microsoft.com/azure/machine-learning/how-to-create-attach-compute-cluster',
  defaultOutbound: 'https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access',
  udr: 'https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview',
  nsg: 'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
  limits:
    'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits',
  naming: 'https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules',
  databricksVnet: 'https://learn.microsoft.com/azure/databricks/security/network/classic/vnet-inject',
  hdinsightServiceTags: 'https://learn.microsoft.com/azure/hdinsight/hdinsight-service-tags',
  workspacePrivateLink: 'https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link',
  workspaceCustomDns: 'https://learn.microsoft.com/azure/machine-learning/how-to-custom-dns',
  privateEndpointDns: 'https://learn.microsoft.com/azure/private-link/private-endpoint-dns',
  regionsList: 'https://learn.microsoft.com/azure/reliability/regions-list',
  vmSizes: 'https://learn.microsoft.com/azure/virtual-machines/sizes/overview',
  ncv3Retirement: 'https://learn.microsoft.com/azure/virtual-machines/ncv3-nc6s-nc12s-nc24s-retirement',
  privateLinkResources:
    'https://learn.microsoft.com/azure/private-link/private-endpoint-overview#private-link-resource',
} as const;

/** The day the requirements catalogue was last reviewed against the documentation; shown in the UI and every generated file. */
export const CATALOG_REVIEWED = '2026-11-26';
