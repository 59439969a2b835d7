import { regionByArmName, type Region } from '../catalog/regions.ts';
import { contains, parseCidr, type Cidr } from '../net/index.ts';
import { aggregatePrefixes } from './aggregate.ts';
import { checkRouteLimits } from './limits.ts';
import type { ServiceTagsNotice } from './notice.ts';
import { findTag, splitPrefixes } from './prefixes.ts';
import { uniqueRouteNames } from './routeName.ts';
import type { ServiceTagsFile } from './schema.ts';
import { ROUTES_PER_TABLE, SERVICE_TAG_ROUTES_PER_TABLE } from './sources.ts';
import * as notices from './tagNotices.ts';

/**
 * A tag to route: a bare name (`BatchNodeManagement`) means its regional tag in the plan's region
 * (`BatchNodeManagement.USGovVirginia`); `{ name, scope: 'global' }` means the tag as written.
 */
export type TagRequest = string | { readonly name: string; readonly scope: 'regional' | 'global' };

export interface BypassRoutesOptions {
  /** ARM name of the compute's region: `usgovvirginia`. */
  readonly region: string;
  readonly tags: readonly TagRequest[];
  /** Routes the same table holds besides these (the 0.0.0.0/0 route to the appliance, say); default 0. */
  readonly otherRoutes?: number;
  /** Of those, routes to service tags; default 0. */
  readonly otherServiceTagRoutes?: number;
  /** `yyyy-mm-dd` of the file (from `parseServiceTags`), quoted in the `ip-ranges-change` warning. */
  readonly fileDate?: string;
}

/** One route of a route table, in ARM's property names. */
export interface BypassRoute {
  readonly name: string;
  readonly addressPrefix: string;
  readonly nextHopType: 'Internet';
  /** The service tag the prefix comes from, as the file spells it. */
  readonly tag: string;
}

export interface TagRouteReport {
  /** The full tag name looked up: `BatchNodeManagement.USGovVirginia`. */
  readonly tag: string;
  readonly found: boolean;
  /** IPv4 prefixes the file lists for the tag. */
  readonly ipv4Prefixes: number;
  readonly ipv6Omitted: number;
  /** Routes made for the tag, after merging its prefixes and leaving out those an earlier tag covers. */
  readonly routes: number;
  /** The tag's `networkFeatures`; null when the file does not say (or the tag is missing). */
  readonly networkFeatures: readonly string[] | null;
}

export interface BypassRoutesResult {
  readonly routes: BypassRoute[];
  readonly tags: TagRouteReport[];
  readonly region?: Region;
  /** IPv6 prefixes of all tags left out. */
  readonly ipv6Omitted: number;
  /** Routes the table would hold: these plus `otherRoutes`. */
  readonly routeCount: number;
  readonly routeLimit: number;
  readonly serviceTagRouteLimit: number;
  /** Everything to tell the user, errors first, in a stable order. */
  readonly notices: ServiceTagsNotice[];
}

interface Resolved {
  readonly tagName: string;
  readonly base: string;
}

function resolve(request: TagRequest, region: Region): Resolved {
  const { name, scope } = typeof request === 'string' ? { name: request, scope: 'regional' } : request;
  const base = name.trim();
  if (scope === 'global' || base.includes('.')) return { tagName: base, base: base.split('.')[0] ?? base };
  return { tagName: `${base}.${region.tagSuffix}`, base };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function finish(
  partial: Omit<BypassRoutesResult, 'routeLimit' | 'serviceTagRouteLimit'>,
): BypassRoutesResult {
  const sorted = partial.notices
    .map((notice, index) => ({ notice, index }))
    .sort(
      (a, b) => SEVERITY_ORDER[a.notice.severity] - SEVERITY_ORDER[b.notice.severity] || a.index - b.index,
    )
    .map(({ notice }) => notice);
  return {
    ...partial,
    notices: sorted,
    routeLimit: ROUTES_PER_TABLE,
    serviceTagRouteLimit: SERVICE_TAG_ROUTES_PER_TABLE,
  };
}

/** Prefixes of one tag not already covered by an earlier tag's routes (same next hop: redundant). */
function uncovered(prefixes: readonly string[], emitted: Cidr[]): string[] {
  return prefixes.filter((text) => {
    const parsed = parseCidr(text);
    if (!parsed.ok || emitted.some((route) => contains(route, parsed.cidr))) return false;
    emitted.push(parsed.cidr);
    return true;
  });
}

interface TagOutcome {
  readonly report: TagRouteReport;
  readonly prefixes: string[];
  readonly notices: ServiceTagsNotice[];
}

function routeTag(file: ServiceTagsFile, resolved: Resolved, region: Region, emitted: Cidr[]): TagOutcome {
  const tag = findTag(file, resolved.tagName);
  if (!tag) {
    const report = { tag: resolved.tagName, found: false, ipv4Prefixes: 0, ipv6Omitted: 0, routes: 0 };
    const notice = notices.missingTagNotice(file, resolved.tagName, resolved.base, region);
    return { report: { ...report, networkFeatures: null }, prefixes: [], notices: [notice] };
  }
  const split = splitPrefixes(tag.properties.addressPrefixes);
  const prefixes = uncovered(aggregatePrefixes(split.ipv4), emitted);
  const found = [
    notices.invalidPrefixNotice(
      file,
      tag,
      split.invalid.map((entry) => entry.text),
    ),
    notices.udrNotice(file, tag, resolved.base),
    notices.ipv6Notice(tag, split.ipv6.length),
  ].filter((notice) => notice !== undefined);
  const report: TagRouteReport = {
    tag: tag.name,
    found: true,
    ipv4Prefixes: split.ipv4.length,
    ipv6Omitted: split.ipv6.length,
    routes: prefixes.length,
    networkFeatures: tag.properties.networkFeatures,
  };
  return { report, prefixes, notices: found };
}

/**
 * Routes that send a region's service-tag traffic straight to the internet past a forced tunnel
 * (0.0.0.0/0 to a firewall), written as the exact IPv4 prefixes of a Service Tags file: each tag's
 * prefixes merged exactly, prefixes an earlier tag already covers left out, names stable and legal.
 * Nothing is thrown: an unknown region, a file of another cloud or a missing tag is an error notice.
 *
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview
 */
export function bypassRoutes(file: ServiceTagsFile, options: BypassRoutesOptions): BypassRoutesResult {
  const otherRoutes = options.otherRoutes ?? 0;
  const empty = { routes: [], tags: [], ipv6Omitted: 0, routeCount: otherRoutes };
  const region = regionByArmName(options.region);
  if (!region) return finish({ ...empty, notices: [notices.unknownRegionNotice(options.region)] });
  if (region.cloud !== file.cloud) {
    return finish({ ...empty, region, notices: [notices.cloudMismatchNotice(file, region)] });
  }
  const emitted: Cidr[] = [];
  const outcomes = options.tags.map((request) => routeTag(file, resolve(request, region), region, emitted));
  const items = outcomes.flatMap((o) => o.prefixes.map((prefix) => ({ tag: o.report.tag, prefix })));
  const names = uniqueRouteNames(items);
  const routes = items.map(({ tag, prefix }, i) => ({
    name: names[i] ?? tag,
    addressPrefix: prefix,
    nextHopType: 'Internet' as const,
    tag,
  }));
  const routeCount = routes.length + otherRoutes;
  const limits = checkRouteLimits({
    routes: routeCount,
    serviceTagRoutes: options.otherServiceTagRoutes ?? 0,
  });
  const change =
    routes.length > 0 ? [notices.ipRangesChangeNotice(file, routes.length, options.fileDate)] : [];
  return finish({
    routes,
    tags: outcomes.map((o) => o.report),
    region,
    ipv6Omitted: outcomes.reduce((sum, o) => sum + o.report.ipv6Omitted, 0),
    routeCount,
    notices: [...outcomes.flatMap((o) => o.notices), ...limits, ...change],
  });
}
