import ipaddr from 'ipaddr.js';
import { parseCidr } from '../net/index.ts';
import type { ServiceTag, ServiceTagsFile } from './schema.ts';

/** A tag's address prefixes split by family, in file order. */
export interface TagPrefixes {
  readonly ipv4: string[];
  readonly ipv6: string[];
  /** Entries that are neither a valid IPv4 nor IPv6 prefix, with the reason. */
  readonly invalid: { readonly text: string; readonly message: string }[];
}

const indexes = new WeakMap<ServiceTagsFile, Map<string, ServiceTag>>();

function indexOf(file: ServiceTagsFile): Map<string, ServiceTag> {
  let index = indexes.get(file);
  if (!index) {
    index = new Map();
    for (const tag of file.values) {
      const key = tag.name.toLowerCase();
      if (!index.has(key)) index.set(key, tag);
    }
    indexes.set(file, index);
  }
  return index;
}

/**
 * The tag of this name. Service tag names compare case-insensitively (the files themselves write
 * `AzureCloud.usgovvirginia` but `Storage.USGovVirginia`).
 *
 * @see https://learn.microsoft.com/azure/virtual-network/service-tags-overview
 */
export function findTag(file: ServiceTagsFile, tagName: string): ServiceTag | undefined {
  return indexOf(file).get(tagName.trim().toLowerCase());
}

/** Splits prefixes into IPv4, IPv6 and invalid, parsing each with ipaddr.js. */
export function splitPrefixes(prefixes: readonly string[]): TagPrefixes {
  const result: TagPrefixes = { ipv4: [], ipv6: [], invalid: [] };
  for (const text of prefixes) {
    const v4 = parseCidr(text);
    if (v4.ok) result.ipv4.push(v4.cidr.text);
    else if (ipaddr.IPv6.isValidCIDR(text.trim())) result.ipv6.push(text.trim());
    else if (text.includes(':'))
      result.invalid.push({ text, message: `"${text}" is not a valid IPv6 prefix.` });
    else result.invalid.push({ text, message: v4.message });
  }
  return result;
}

/** The IPv4 and IPv6 prefixes of a tag, or undefined when the file has no tag of that name. */
export function tagPrefixes(file: ServiceTagsFile, tagName: string): TagPrefixes | undefined {
  const tag = findTag(file, tagName);
  return tag ? splitPrefixes(tag.properties.addressPrefixes) : undefined;
}
