import { regionalTagName, regionByArmName, type AzureCloud } from '../catalog/regions.ts';
import { ipPrefixBypassTags, prefixBypass, usesIpPrefixRoutes } from '../flows/index.ts';
import type { Plan } from '../model/index.ts';
import { computeRegion } from '../net/index.ts';
import type { ServiceTagsInput } from '../rules/index.ts';
import { parseServiceTagsFileName, SERVICE_TAGS_DOWNLOADS } from '../servicetags/index.ts';

/** The Service Tags file the IP-prefix routes were taken from. */
export interface ServiceTagsFileModel {
  readonly cloud: AzureCloud;
  readonly changeNumber: number;
  /** `yyyy-mm-dd` from the file name, when it carries one. */
  readonly date?: string;
}

/**
 * Routes written as IP prefixes: which tags they copy, from which file, and what a user needs to
 * refresh them (the region and its cloud).
 */
export interface IpPrefixRoutesModel {
  /** ARM name of the compute region. */
  readonly region: string;
  readonly cloud: AzureCloud;
  /** Full tag names, `BatchNodeManagement.USGovVirginia`. */
  readonly tags: readonly string[];
  /** Routes written from the file (0 without a file). */
  readonly routes: number;
  readonly file?: ServiceTagsFileModel;
}

/** `az cloud set --name` of each cloud. */
const AZ_CLOUD_NAMES: Readonly<Record<AzureCloud, string>> = {
  Public: 'AzureCloud',
  AzureGovernment: 'AzureUSGovernment',
  AzureChinaCloud: 'AzureChinaCloud',
};

function fileModel(input: ServiceTagsInput): ServiceTagsFileModel {
  const date = input.fileName ? parseServiceTagsFileName(input.fileName).date : undefined;
  const { cloud, changeNumber } = input.file;
  return date === undefined ? { cloud, changeNumber } : { cloud, changeNumber, date };
}

/** The IP-prefix routes part of the deployment model; undefined unless the plan routes IP prefixes in a known region. */
export function buildIpPrefixRoutes(
  plan: Plan,
  serviceTags: ServiceTagsInput | undefined,
): IpPrefixRoutesModel | undefined {
  if (!usesIpPrefixRoutes(plan)) return undefined;
  const region = regionByArmName(computeRegion(plan));
  if (!region) return undefined;
  const tags = ipPrefixBypassTags(plan).flatMap((tag) => {
    const name = regionalTagName(tag.split('.')[0] ?? tag, region.armName);
    return name ? [name] : [];
  });
  const routes = serviceTags ? (prefixBypass(plan, serviceTags.file)?.routes.length ?? 0) : 0;
  return {
    region: region.armName,
    cloud: region.cloud,
    tags,
    routes,
    ...(serviceTags ? { file: fileModel(serviceTags) } : {}),
  };
}

/** `Service Tags file: Azure Government, change 401, 2026-07-19`. */
export function describeServiceTagsFile(file: ServiceTagsFileModel): string {
  return `${file.cloud}, change ${file.changeNumber}${file.date ? `, ${file.date}` : ''}`;
}

/** The JMESPath query listing a tag's current address prefixes. */
export const prefixQuery = (tag: string): string => `values[?name=='${tag}'].properties.addressPrefixes[]`;

/**
 * The commands that print each routed tag's current prefixes, to compare with the routes (as the 2020
 * article does with `az network list-service-tags`). Every value comes from the region table.
 * @see https://learn.microsoft.com/cli/azure/network#az-network-list-service-tags
 */
export function refreshCommands(routes: IpPrefixRoutesModel, quote: (text: string) => string): string[] {
  const cloud = routes.cloud === 'Public' ? [] : [`az cloud set --name ${AZ_CLOUD_NAMES[routes.cloud]}`];
  return [
    ...cloud,
    ...routes.tags.map(
      (tag) =>
        `az network list-service-tags --location ${quote(routes.region)} --query ${quote(prefixQuery(tag))} --output tsv`,
    ),
  ];
}

/** Where the region's cloud publishes its weekly file. */
export const downloadPage = (routes: IpPrefixRoutesModel): string => SERVICE_TAGS_DOWNLOADS[routes.cloud];
