/**
 * Name resolution facts (REQUIREMENTS.md §1, §12 `dns-zones-per-cloud`). Data only.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 * @see https://learn.microsoft.com/azure/private-link/private-endpoint-dns
 */
import { AZURE_CLOUDS, cloudOfRegion, type AzureCloud } from './regions.ts';

/** Azure-provided DNS, which custom DNS servers must forward to so private-link zones resolve. */
export const AZURE_DNS_IP = '168.63.129.16';

/**
 * The private endpoint sub-resources (group ids) the product knows: the workspace's own (`amlworkspace`)
 * and those of the workspace's storage account, key vault and container registry.
 * @see https://learn.microsoft.com/azure/private-link/private-endpoint-overview#private-link-resource
 */
export const PRIVATE_LINK_GROUP_IDS = ['amlworkspace', 'blob', 'file', 'vault', 'registry'] as const;
export type PrivateLinkGroupId = (typeof PRIVATE_LINK_GROUP_IDS)[number];

/** The sub-resources of the workspace's own resources that may get a private endpoint of their own. */
export const RESOURCE_GROUP_IDS = ['blob', 'file', 'vault', 'registry'] as const;
export type ResourceGroupId = (typeof RESOURCE_GROUP_IDS)[number];

/**
 * The resource type each of those sub-resources belongs to, and what a person calls it: an endpoint's
 * target must be a resource of that type, or Azure refuses the endpoint when the bundle deploys it.
 * @see https://learn.microsoft.com/azure/private-link/private-endpoint-overview#private-link-resource
 */
export const RESOURCE_ENDPOINT_TARGETS: Readonly<
  Record<ResourceGroupId, { readonly type: string; readonly words: string }>
> = {
  blob: { type: 'Microsoft.Storage/storageAccounts', words: 'a storage account' },
  file: { type: 'Microsoft.Storage/storageAccounts', words: 'a storage account' },
  vault: { type: 'Microsoft.KeyVault/vaults', words: 'a key vault' },
  registry: { type: 'Microsoft.ContainerRegistry/registries', words: 'a container registry' },
};

/**
 * Private DNS zone names per cloud and sub-resource, as Microsoft Learn lists them ("Azure Private
 * Endpoint private DNS zone values": Commercial, Government and China tabs). The workspace needs two.
 * Never name one cloud's zone in another cloud: names outside Public differ in their suffix.
 * @see https://learn.microsoft.com/azure/private-link/private-endpoint-dns
 */
export const PRIVATE_DNS_ZONES: Readonly<
  Record<AzureCloud, Readonly<Record<PrivateLinkGroupId, readonly string[]>>>
> = {
  Public: {
    amlworkspace: ['privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net'],
    blob: ['privatelink.blob.core.windows.net'],
    file: ['privatelink.file.core.windows.net'],
    vault: ['privatelink.vaultcore.azure.net'],
    registry: ['privatelink.azurecr.io'],
  },
  AzureGovernment: {
    amlworkspace: ['privatelink.api.ml.azure.us', 'privatelink.notebooks.usgovcloudapi.net'],
    blob: ['privatelink.blob.core.usgovcloudapi.net'],
    file: ['privatelink.file.core.usgovcloudapi.net'],
    vault: ['privatelink.vaultcore.usgovcloudapi.net'],
    registry: ['privatelink.azurecr.us'],
  },
  AzureChinaCloud: {
    amlworkspace: ['privatelink.api.ml.azure.cn', 'privatelink.notebooks.chinacloudapi.cn'],
    blob: ['privatelink.blob.core.chinacloudapi.cn'],
    file: ['privatelink.file.core.chinacloudapi.cn'],
    vault: ['privatelink.vaultcore.azure.cn'],
    registry: ['privatelink.azurecr.cn'],
  },
};

/**
 * The cloud a plan's region is in; a region this build doesn't know is taken as the public cloud,
 * where nearly every region is (the region rules report an unknown name).
 */
export const cloudForRegion = (region: string): AzureCloud => cloudOfRegion(region) ?? 'Public';

/**
 * The workspace's two private DNS zones (api, notebooks) in the cloud of `region`.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-custom-dns
 */
export const workspaceZones = (region: string): readonly string[] =>
  PRIVATE_DNS_ZONES[cloudForRegion(region)].amlworkspace;

/** The one private DNS zone of a storage, key vault or registry sub-resource in the cloud of `region`. */
export function resourceZone(groupId: ResourceGroupId, region: string): string {
  const [zone] = PRIVATE_DNS_ZONES[cloudForRegion(region)][groupId];
  return zone ?? '';
}

/** Which cloud and sub-resource a private DNS zone name belongs to (case-insensitive), if it is one we know. */
export function zoneOwner(
  zoneName: string,
): { readonly cloud: AzureCloud; readonly groupId: PrivateLinkGroupId } | undefined {
  const name = zoneName.trim().toLowerCase();
  for (const cloud of AZURE_CLOUDS) {
    for (const [groupId, zones] of Object.entries(PRIVATE_DNS_ZONES[cloud])) {
      if (zones.includes(name)) return { cloud, groupId: groupId as PrivateLinkGroupId };
    }
  }
  return undefined;
}

/**
 * Private IP addresses each private endpoint takes in its subnet. The workspace's takes one for the api
 * and cert names, one for notebooks and one for inference; a registry's one for the registry and one
 * for its regional data endpoint.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-custom-dns
 * @see https://learn.microsoft.com/azure/container-registry/container-registry-private-link
 */
export const ENDPOINT_ADDRESSES: Readonly<Record<PrivateLinkGroupId, number>> = {
  amlworkspace: 3,
  blob: 1,
  file: 1,
  vault: 1,
  registry: 2,
};

/** The endpoint subnet the bundle creates when a plan names none: its name and the sizes tried, largest first. */
export const ENDPOINT_SUBNET_DEFAULT = { name: 'private-endpoints', lengths: [27, 28, 29] } as const;

/** The zone that plays the same part as `zoneName` (same sub-resource, same place in its list) in `cloud`. */
export function sameZoneIn(zoneName: string, cloud: AzureCloud): string | undefined {
  const owner = zoneOwner(zoneName);
  if (!owner) return undefined;
  const index = PRIVATE_DNS_ZONES[owner.cloud][owner.groupId].indexOf(zoneName.trim().toLowerCase());
  return PRIVATE_DNS_ZONES[cloud][owner.groupId][index];
}

/** Hosts a compute instance's Jupyter reaches over WebSockets. */
export const INSTANCE_WEBSOCKET_HOSTS: readonly string[] = [
  '*.instances.azureml.net',
  '*.instances.azureml.ms',
];
