import { pairedRegion } from '../catalog/regions.ts';
import {
  bypassRoutes,
  uniqueRouteNames,
  type BypassRoute,
  type BypassRoutesResult,
  type ServiceTagsFile,
} from '../servicetags/index.ts';
import { parseIpv4Range } from './address.ts';

/** True when `prefix` lies inside one of `emitted` (so a second route for it would add nothing). */
function covered(prefix: string, emitted: readonly BypassRoute[]): boolean {
  const inner = parseIpv4Range(prefix);
  if (!inner) return false;
  return emitted.some((route) => {
    const outer = parseIpv4Range(route.addressPrefix);
    return outer !== undefined && outer.first <= inner.first && inner.last <= outer.last;
  });
}

/**
 * The IP-prefix bypass routes of `tags` for a region and its paired region: the firewall guidance asks
 * for the prefixes of both the primary and the secondary region (REQUIREMENTS.md §12,
 * paired-region-prefixes). The paired region's prefixes that the primary's already cover are left out,
 * and route names stay unique across both. Notices are the primary region's (a region the file can't
 * serve, another cloud); the paired region's tags are reported in `tags` after the primary's.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 * @see https://learn.microsoft.com/azure/reliability/regions-paired
 */
export function pairedBypassRoutes(
  file: ServiceTagsFile,
  region: string,
  tags: readonly string[],
): BypassRoutesResult {
  const primary = bypassRoutes(file, { region, tags });
  const pair = pairedRegion(region);
  if (!pair || tags.length === 0 || !primary.region || pair.cloud !== file.cloud) return primary;
  const secondary = bypassRoutes(file, { region: pair.armName, tags });
  const extra = secondary.routes.filter((route) => !covered(route.addressPrefix, primary.routes));
  const items = [...primary.routes, ...extra].map((route) => ({
    tag: route.tag,
    prefix: route.addressPrefix,
  }));
  const names = uniqueRouteNames(items);
  const routes = [...primary.routes, ...extra].map((route, i) => ({
    ...route,
    name: names[i] ?? route.name,
  }));
  return {
    ...primary,
    routes,
    tags: [...primary.tags, ...secondary.tags],
    ipv6Omitted: primary.ipv6Omitted + secondary.ipv6Omitted,
    routeCount: primary.routeCount + extra.length,
  };
}
