import * as z from 'zod/mini';
import { nextHopTypeSchema, routeTableSchema, type Route, type RouteTable } from '../model/index.ts';
import { pasteUnedited, wrongKindMessage } from './detect.ts';
import { armObject, caseInsensitiveEnum } from './normalize.ts';
import {
  describeIssues,
  imported,
  rejected,
  REPORT_INPUT,
  unfit,
  unreadable,
  type ImportResult,
} from './result.ts';

/** One route in either shape. */
const armRouteInput = armObject({
  name: z.string().check(z.minLength(1)),
  addressPrefix: z.string(),
  nextHopType: caseInsensitiveEnum(nextHopTypeSchema.options),
  nextHopIpAddress: z.optional(z.string()),
  hasBgpOverride: z.optional(z.boolean()),
});

/** A route table in either shape. */
export const armRouteTableInput = armObject({
  id: z.optional(z.string()),
  name: z.string().check(z.minLength(1)),
  routes: z.optional(z.array(armRouteInput)),
});

/** The plan's nested route; read-only fields are left out, and an empty next hop address is dropped. */
function toPlanRoute(route: z.output<typeof armRouteInput>): Route {
  const properties: Route['properties'] = {
    addressPrefix: route.addressPrefix,
    nextHopType: route.nextHopType,
  };
  if (route.nextHopIpAddress !== undefined && route.nextHopIpAddress !== '') {
    properties.nextHopIpAddress = route.nextHopIpAddress;
  }
  if (route.hasBgpOverride !== undefined) properties.hasBgpOverride = route.hasBgpOverride;
  return { name: route.name, properties };
}

/**
 * The plan's `routeTable` from the output of `az network route-table show -o json` or an ARM REST body.
 * @see https://learn.microsoft.com/cli/azure/network/route-table#az-network-route-table-show
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview
 */
export function routeTableFromArm(json: unknown): ImportResult<RouteTable> {
  const wrongKind = wrongKindMessage(json, 'routeTable');
  if (wrongKind !== undefined) return rejected(wrongKind);
  const parsed = armRouteTableInput.safeParse(json, REPORT_INPUT);
  if (!parsed.success)
    return rejected(describeIssues(unreadable('route table'), parsed.error, pasteUnedited('routeTable')));
  const routes = (parsed.data.routes ?? []).map(toPlanRoute);
  const result = routeTableSchema.safeParse({ name: parsed.data.name, routes }, REPORT_INPUT);
  if (!result.success) return rejected(describeIssues(unfit('route table', parsed.data.name), result.error));
  return imported(result.data);
}
