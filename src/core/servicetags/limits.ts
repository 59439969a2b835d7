import type { ServiceTagsNotice } from './notice.ts';
import { ROUTES_PER_TABLE, SERVICE_TAG_ROUTES_PER_TABLE, SERVICE_TAGS_DOCS } from './sources.ts';

/** What one route table would hold. */
export interface RouteTableCount {
  /** Every route in the table, service-tag routes included. */
  readonly routes: number;
  /** Routes whose address prefix is a service tag. */
  readonly serviceTagRoutes: number;
}

/**
 * Errors when a route table would exceed Azure's limits: 400 routes, of which at most 25 may use a
 * service tag as address prefix.
 *
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#azure-networking-limits
 */
export function checkRouteLimits(count: RouteTableCount): ServiceTagsNotice[] {
  const notices: ServiceTagsNotice[] = [];
  if (count.routes > ROUTES_PER_TABLE) {
    notices.push({
      id: 'route-limit',
      severity: 'error',
      message:
        `The route table would hold ${count.routes} routes; Azure allows at most ${ROUTES_PER_TABLE} in one ` +
        `route table. Route fewer tags as IP prefixes, or route the service tags themselves (one route per tag).`,
      docUrl: SERVICE_TAGS_DOCS.limits,
    });
  }
  if (count.serviceTagRoutes > SERVICE_TAG_ROUTES_PER_TABLE) {
    notices.push({
      id: 'route-tag-limit',
      severity: 'error',
      message:
        `The route table would hold ${count.serviceTagRoutes} routes to service tags; Azure allows at most ` +
        `${SERVICE_TAG_ROUTES_PER_TABLE} in one route table. Route some tags as IP prefixes from a Service ` +
        `Tags file, or split the subnets over several route tables.`,
      docUrl: SERVICE_TAGS_DOCS.limits,
    });
  }
  return notices;
}
