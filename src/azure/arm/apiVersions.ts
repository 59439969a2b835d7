/**
 * The ARM API versions this client reads with, in one place so an upgrade is one reviewed change.
 * Each is a stable (non-preview) version that returns every field the wizard reads.
 */
export const API_VERSIONS = {
  /**
   * `GET /subscriptions`, and `GET /subscriptions/{id}/locations`.
   * @see https://learn.microsoft.com/rest/api/resources/subscriptions/list
   * @see https://learn.microsoft.com/rest/api/resources/subscriptions/list-locations
   */
  subscriptions: '2022-12-01',
  /** `GET /subscriptions/{id}/resourcegroups`. @see https://learn.microsoft.com/rest/api/resources/resource-groups/list */
  resourceGroups: '2021-04-01',
  /** Azure Machine Learning workspaces (`managedNetwork`, `privateEndpointConnections`). @see https://learn.microsoft.com/rest/api/azureml/workspaces/list-by-subscription */
  machineLearning: '2025-06-01',
  /** Virtual networks, subnets (`defaultOutboundAccess`), NSGs, route tables, NAT gateways. @see https://learn.microsoft.com/rest/api/virtualnetwork/subnets/get */
  network: '2024-05-01',
  /** Management locks. @see https://learn.microsoft.com/rest/api/resources/management-locks/list-by-scope */
  locks: '2020-05-01',
  /** The caller's effective permissions at a scope. @see https://learn.microsoft.com/rest/api/authorization/permissions/list-for-resource-group */
  permissions: '2022-04-01',
} as const;

/** Azure Resource Manager in the public cloud; sovereign clouds pass their own `baseUrl`. */
export const DEFAULT_ARM_BASE_URL = 'https://management.azure.com';
