/**
 * Azure regions of the three clouds that publish a Service Tags file, with the three spellings the
 * product meets: the ARM name (`eastus2`, what plans and templates use), the display name ("East US 2",
 * what people read) and the service-tag suffix (`EastUS2`, as in `BatchNodeManagement.EastUS2`).
 *
 * The suffix is the display name without spaces, and its lower-case form is the ARM name; the tests
 * hold every row to both. Staging regions (`eastusstg`, `southcentralusstg`) appear in the Public
 * file but cannot hold customer resources, so they are left out.
 *
 * @see https://learn.microsoft.com/azure/reliability/regions-list
 * @see https://learn.microsoft.com/azure/virtual-network/service-tags-overview
 */

/** The clouds, spelled as the `cloud` field of a Service Tags file spells them. */
export const AZURE_CLOUDS = ['Public', 'AzureGovernment', 'AzureChinaCloud'] as const;
export type AzureCloud = (typeof AZURE_CLOUDS)[number];

/** Names people use for each cloud, for messages. */
export const CLOUD_DISPLAY_NAMES: Readonly<Record<AzureCloud, string>> = {
  Public: 'Azure public cloud',
  AzureGovernment: 'Azure Government',
  AzureChinaCloud: 'Microsoft Azure operated by 21Vianet (Azure China)',
};

export interface Region {
  /** ARM location name, lower case: `eastus2`. */
  readonly armName: string;
  /** As the portal shows it: "East US 2". */
  readonly displayName: string;
  /** Suffix of regional service tags: `EastUS2`. */
  readonly tagSuffix: string;
  readonly cloud: AzureCloud;
}

const PUBLIC_REGIONS = [
  // Americas
  'East US',
  'East US 2',
  'East US 3',
  'Central US',
  'North Central US',
  'South Central US',
  'South Central US 2',
  'West Central US',
  'West US',
  'West US 2',
  'West US 3',
  'Central US EUAP',
  'East US 2 EUAP',
  'Canada Central',
  'Canada East',
  'Brazil South',
  'Brazil Southeast',
  'Mexico Central',
  'Chile Central',
  // Europe
  'North Europe',
  'West Europe',
  'UK South',
  'UK West',
  'France Central',
  'France South',
  'Germany West Central',
  'Germany North',
  'Switzerland North',
  'Switzerland West',
  'Norway East',
  'Norway West',
  'Sweden Central',
  'Sweden South',
  'Poland Central',
  'Italy North',
  'Spain Central',
  'Austria East',
  'Belgium Central',
  'Denmark East',
  // Middle East and Africa
  'UAE North',
  'UAE Central',
  'Qatar Central',
  'Israel Central',
  'Israel Northwest',
  'South Africa North',
  'South Africa West',
  // Asia Pacific
  'Central India',
  'South India',
  'West India',
  'Jio India Central',
  'Jio India West',
  'East Asia',
  'Southeast Asia',
  'Japan East',
  'Japan West',
  'Korea Central',
  'Korea South',
  'Taiwan North',
  'Taiwan Northwest',
  'Indonesia Central',
  'Malaysia West',
  'Malaysia South',
  'New Zealand North',
  'Australia East',
  'Australia Southeast',
  'Australia Central',
  'Australia Central 2',
];

const GOVERNMENT_REGIONS = ['USGov Virginia', 'USGov Texas', 'USGov Arizona', 'USDoD East', 'USDoD Central'];

const CHINA_REGIONS = [
  'China East',
  'China East 2',
  'China East 3',
  'China North',
  'China North 2',
  'China North 3',
];

const fromDisplayName =
  (cloud: AzureCloud) =>
  (displayName: string): Region => {
    const tagSuffix = displayName.replace(/ /g, '');
    return { armName: tagSuffix.toLowerCase(), displayName, tagSuffix, cloud };
  };

/** Every known region, Public first, then Azure Government, then Azure China; stable order. */
export const REGIONS: readonly Region[] = [
  ...PUBLIC_REGIONS.map(fromDisplayName('Public')),
  ...GOVERNMENT_REGIONS.map(fromDisplayName('AzureGovernment')),
  ...CHINA_REGIONS.map(fromDisplayName('AzureChinaCloud')),
];

const byArmName = new Map(REGIONS.map((region) => [region.armName, region]));

/** The region with this ARM name (`eastus2`; case and surrounding spaces ignored), if known. */
export function regionByArmName(armName: string): Region | undefined {
  return byArmName.get(armName.trim().toLowerCase());
}

/**
 * The region of a service-tag suffix (`EastUS2`). Tags compare case-insensitively, and the Public
 * and Government files spell the `AzureCloud.<region>` tags in lower case (`AzureCloud.eastus2`), so
 * both spellings are found.
 */
export function regionByTagSuffix(suffix: string): Region | undefined {
  return byArmName.get(suffix.trim().toLowerCase());
}

/** The cloud a region belongs to, if the region is known. */
export function cloudOfRegion(armName: string): AzureCloud | undefined {
  return regionByArmName(armName)?.cloud;
}

/**
 * The regional service tag of a tag in a region: `regionalTagName('BatchNodeManagement', 'eastus2')`
 * is `BatchNodeManagement.EastUS2`. Undefined when the region is unknown.
 *
 * @see https://learn.microsoft.com/azure/virtual-network/service-tags-overview#available-service-tags
 */
export function regionalTagName(tag: string, armName: string): string | undefined {
  const region = regionByArmName(armName);
  return region ? `${tag}.${region.tagSuffix}` : undefined;
}

/**
 * Each region's paired region (its secondary), by ARM name. Pairs are directional: most are mutual,
 * but Brazil South → South Central US, West India → South India, West US 3 → East US and
 * USGov Arizona → USGov Texas are one-way. Regions without a pair (most newer regions, which rely on
 * availability zones) are absent. The firewall guidance asks for the IP prefixes of both the primary
 * and the paired region when routes are written as IP prefixes (REQUIREMENTS.md §12, paired-region-prefixes).
 *
 * @see https://learn.microsoft.com/azure/reliability/regions-list
 * @see https://learn.microsoft.com/azure/reliability/regions-paired
 * @see https://learn.microsoft.com/azure/azure-government/documentation-government-overview-dod
 */
const PAIRS: readonly (readonly [string, string])[] = [
  // Public cloud (regions-list, "Paired region" column)
  ['australiacentral', 'australiacentral2'],
  ['australiacentral2', 'australiacentral'],
  ['australiaeast', 'australiasoutheast'],
  ['australiasoutheast', 'australiaeast'],
  ['brazilsouth', 'southcentralus'],
  ['brazilsoutheast', 'brazilsouth'],
  ['canadacentral', 'canadaeast'],
  ['canadaeast', 'canadacentral'],
  ['centralindia', 'southindia'],
  ['southindia', 'centralindia'],
  ['westindia', 'southindia'],
  ['centralus', 'eastus2'],
  ['eastus2', 'centralus'],
  ['eastus', 'westus'],
  ['westus', 'eastus'],
  ['westus3', 'eastus'],
  ['northcentralus', 'southcentralus'],
  ['southcentralus', 'northcentralus'],
  ['westcentralus', 'westus2'],
  ['westus2', 'westcentralus'],
  ['eastasia', 'southeastasia'],
  ['southeastasia', 'eastasia'],
  ['francecentral', 'francesouth'],
  ['francesouth', 'francecentral'],
  ['germanywestcentral', 'germanynorth'],
  ['germanynorth', 'germanywestcentral'],
  ['japaneast', 'japanwest'],
  ['japanwest', 'japaneast'],
  ['koreacentral', 'koreasouth'],
  ['koreasouth', 'koreacentral'],
  ['northeurope', 'westeurope'],
  ['westeurope', 'northeurope'],
  ['norwayeast', 'norwaywest'],
  ['norwaywest', 'norwayeast'],
  ['southafricanorth', 'southafricawest'],
  ['southafricawest', 'southafricanorth'],
  ['swedencentral', 'swedensouth'],
  ['swedensouth', 'swedencentral'],
  ['switzerlandnorth', 'switzerlandwest'],
  ['switzerlandwest', 'switzerlandnorth'],
  ['uaenorth', 'uaecentral'],
  ['uaecentral', 'uaenorth'],
  ['uksouth', 'ukwest'],
  ['ukwest', 'uksouth'],
  ['jioindiawest', 'jioindiacentral'],
  ['jioindiacentral', 'jioindiawest'],
  // Azure Government
  ['usgovvirginia', 'usgovtexas'],
  ['usgovtexas', 'usgovvirginia'],
  ['usgovarizona', 'usgovtexas'],
  ['usdodeast', 'usdodcentral'],
  ['usdodcentral', 'usdodeast'],
  // Azure operated by 21Vianet
  ['chinanorth', 'chinaeast'],
  ['chinaeast', 'chinanorth'],
  ['chinanorth2', 'chinaeast2'],
  ['chinaeast2', 'chinanorth2'],
  ['chinanorth3', 'chinaeast3'],
  ['chinaeast3', 'chinanorth3'],
];

const pairOf = new Map(PAIRS);

/** The ARM names of every region pair entry, for tests and documentation: `[region, paired region]`. */
export const REGION_PAIRS: readonly (readonly [string, string])[] = PAIRS;

/**
 * The paired (secondary) region of a region (`eastus2` → Central US), in the same cloud; undefined for
 * an unknown region or one without a pair.
 * @see https://learn.microsoft.com/azure/reliability/regions-paired
 */
export function pairedRegion(armName: string): Region | undefined {
  const pair = pairOf.get(armName.trim().toLowerCase());
  return pair === undefined ? undefined : regionByArmName(pair);
}
