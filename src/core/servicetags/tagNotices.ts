import { CLOUD_DISPLAY_NAMES, type Region } from '../catalog/regions.ts';
import type { ServiceTagsNotice } from './notice.ts';
import { findTag } from './prefixes.ts';
import type { ServiceTag, ServiceTagsFile } from './schema.ts';
import { SERVICE_TAGS_DOCS, SERVICE_TAGS_DOWNLOADS } from './sources.ts';

/** Whether the file lists `UDR` among a tag's network features; `unknown` when it says nothing. */
export type UdrSupport = 'listed' | 'notListed' | 'unknown';

export function udrSupport(tag: ServiceTag): UdrSupport {
  const features = tag.properties.networkFeatures;
  if (features === null) return 'unknown';
  return features.some((feature) => feature.toUpperCase() === 'UDR') ? 'listed' : 'notListed';
}

const describeFile = (file: ServiceTagsFile): string =>
  `The Service Tags file (${CLOUD_DISPLAY_NAMES[file.cloud]}, change ${file.changeNumber})`;

/** The region's cloud differs from the file's: its addresses are of no use for this plan. */
export function cloudMismatchNotice(file: ServiceTagsFile, region: Region): ServiceTagsNotice {
  return {
    id: 'service-tags-cloud-mismatch',
    severity: 'error',
    message:
      `The plan's region "${region.armName}" (${region.displayName}) is in ${CLOUD_DISPLAY_NAMES[region.cloud]}, ` +
      `but this Service Tags file is for ${CLOUD_DISPLAY_NAMES[file.cloud]} ("cloud": "${file.cloud}"). ` +
      `Each cloud has its own addresses: download the ${CLOUD_DISPLAY_NAMES[region.cloud]} file from ` +
      `${SERVICE_TAGS_DOWNLOADS[region.cloud]}.`,
    docUrl: SERVICE_TAGS_DOCS.downloadable,
  };
}

/** The region is not one the product knows. */
export function unknownRegionNotice(armName: string): ServiceTagsNotice {
  return {
    id: 'service-tags-unknown-region',
    severity: 'error',
    message:
      `"${armName}" is not a known Azure region, so its regional service tags cannot be found. Use the ARM ` +
      `region name in lower case without spaces, such as "eastus2" or "usgovvirginia".`,
    docUrl: SERVICE_TAGS_DOCS.overview,
  };
}

/** A requested tag is not in the file; suggests the global tag when only that exists. */
export function missingTagNotice(
  file: ServiceTagsFile,
  tagName: string,
  base: string,
  region: Region,
): ServiceTagsNotice {
  const global = base !== tagName ? findTag(file, base) : undefined;
  const advice = global
    ? `"${base}" lists no addresses of its own for ${region.displayName}. Route the global tag "${base}" ` +
      `instead (it covers every region), or check that the compute's region is right.`
    : `Check the tag's spelling against Microsoft's list of service tags, and that the file is current.`;
  return {
    id: 'service-tags-tag-missing',
    severity: 'error',
    message: `${describeFile(file)} has no tag "${tagName}". ${advice}`,
    docUrl: SERVICE_TAGS_DOCS.overview,
    tag: tagName,
  };
}

/** `route-tag-udr-feature`: IP routes taken from a tag Microsoft does not list for routes. */
export function udrNotice(
  file: ServiceTagsFile,
  tag: ServiceTag,
  base: string,
): ServiceTagsNotice | undefined {
  const support = udrSupport(tag);
  if (support === 'listed') return undefined;
  if (support === 'notListed') {
    return {
      id: 'route-tag-udr-feature',
      severity: 'warning',
      message:
        `Microsoft does not list UDR among the uses of "${tag.name}" (its networkFeatures are ` +
        `${(tag.properties.networkFeatures ?? []).join(', ') || 'empty'}), so routes built from its addresses are ` +
        `not a documented use and may not carry all of its traffic. Verify the routes after deployment, or allow ` +
        `this traffic through the firewall instead.`,
      docUrl: SERVICE_TAGS_DOCS.udr,
      tag: tag.name,
    };
  }
  const global = base !== tag.name ? findTag(file, base) : undefined;
  const hint = global && udrSupport(global) === 'listed' ? ` The global tag "${global.name}" lists UDR.` : '';
  return {
    id: 'route-tag-udr-feature',
    severity: 'info',
    message:
      `The file does not say where "${tag.name}" may be used (its networkFeatures is null), so whether ` +
      `Microsoft supports routes built from it is unknown.${hint}`,
    docUrl: SERVICE_TAGS_DOCS.udr,
    tag: tag.name,
  };
}

/** IPv6 prefixes are listed but not routed. */
export function ipv6Notice(tag: ServiceTag, count: number): ServiceTagsNotice | undefined {
  if (count === 0) return undefined;
  const prefixes = count === 1 ? 'one IPv6 prefix' : `${count} IPv6 prefixes`;
  return {
    id: 'service-tags-ipv6-omitted',
    severity: 'info',
    message:
      `"${tag.name}" also lists ${prefixes}; the routes cover IPv4 only. If the subnet has IPv6 addresses, ` +
      `add IPv6 routes for them too.`,
    docUrl: SERVICE_TAGS_DOCS.udr,
    tag: tag.name,
  };
}

/** Entries of a tag that are not address prefixes: the file is damaged. */
export function invalidPrefixNotice(
  file: ServiceTagsFile,
  tag: ServiceTag,
  texts: readonly string[],
): ServiceTagsNotice | undefined {
  if (texts.length === 0) return undefined;
  return {
    id: 'service-tags-invalid-prefix',
    severity: 'error',
    message:
      `"${tag.name}" lists ${texts.map((text) => `"${text}"`).join(', ')}, which ${texts.length === 1 ? 'is' : 'are'} ` +
      `not a valid address prefix; the file may be damaged. Download a fresh copy from ` +
      `${SERVICE_TAGS_DOWNLOADS[file.cloud]}.`,
    docUrl: SERVICE_TAGS_DOCS.downloadable,
    tag: tag.name,
  };
}

/** `ip-ranges-change`: IP routes do not follow address changes the way service-tag routes do. */
export function ipRangesChangeNotice(
  file: ServiceTagsFile,
  routes: number,
  fileDate?: string,
): ServiceTagsNotice {
  const dated = fileDate ? `, dated ${fileDate}` : '';
  return {
    id: 'ip-ranges-change',
    severity: 'warning',
    message:
      `These ${routes} routes are IP prefixes copied from the Service Tags file (change ${file.changeNumber}${dated}). ` +
      `Microsoft changes the addresses over time and IP routes do not follow; routes to service tags update ` +
      `themselves. Rebuild the routes from a current file regularly, or route the service tags instead.`,
    docUrl: SERVICE_TAGS_DOCS.udr,
  };
}
