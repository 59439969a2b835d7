import type { AzureCloud } from '../catalog/regions.ts';

/**
 * Where Microsoft publishes the weekly "Azure IP Ranges and Service Tags" file of each cloud, and the
 * pages that explain it. Messages about a wrong or missing file point here.
 *
 * @see https://learn.microsoft.com/azure/virtual-network/service-tags-overview#discover-service-tags-by-using-downloadable-json-files
 */
export const SERVICE_TAGS_DOWNLOADS: Readonly<Record<AzureCloud, string>> = {
  Public: 'https://www.microsoft.com/download/details.aspx?id=56519',
  AzureGovernment: 'https://www.microsoft.com/download/details.aspx?id=57063',
  AzureChinaCloud: 'https://www.microsoft.com/download/details.aspx?id=57062',
};

/** The name part Microsoft gives each cloud's file: `ServiceTags_<part>_<yyyymmdd>.json`. */
export const FILE_NAME_CLOUD_PARTS: Readonly<Record<AzureCloud, string>> = {
  Public: 'Public',
  AzureGovernment: 'Gov',
  AzureChinaCloud: 'China',
};

export const SERVICE_TAGS_DOCS = {
  overview: 'https://learn.microsoft.com/azure/virtual-network/service-tags-overview',
  downloadable:
    'https://learn.microsoft.com/azure/virtual-network/service-tags-overview#discover-service-tags-by-using-downloadable-json-files',
  udr: 'https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview',
  limits:
    'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#azure-networking-limits',
  firewall: 'https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall',
} as const;

/** One line naming the three download pages, for messages that cannot tell which cloud is meant. */
export const DOWNLOAD_HINT =
  `Download it from ${SERVICE_TAGS_DOWNLOADS.Public} (public cloud), ` +
  `${SERVICE_TAGS_DOWNLOADS.AzureGovernment} (Azure Government) or ` +
  `${SERVICE_TAGS_DOWNLOADS.AzureChinaCloud} (Azure China).`;

/** Microsoft republishes the files weekly; older than this, a file has likely missed address changes. */
export const STALE_AFTER_WEEKS = 8;

/** Route table limits (REQUIREMENTS.md §9). */
export const ROUTES_PER_TABLE = 400;
export const SERVICE_TAG_ROUTES_PER_TABLE = 25;

/** The Public file is about 5 MB; anything five times that is not a Service Tags file. */
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
