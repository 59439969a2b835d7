import ipaddr from 'ipaddr.js';
import * as z from 'zod/mini';
import { nextHopTypeSchema, parseCidr, routeSchema, type Route } from '../../../core/index.ts';

type NextHopType = Route['properties']['nextHopType'];

/** What the route dialog edits; names follow the plan so findings land on the right field. */
export interface RouteFormValues {
  name: string;
  properties: {
    addressPrefix: string;
    nextHopType: NextHopType;
    /** Kept while another next hop is chosen, so switching back doesn't lose it; saved only for an appliance. */
    nextHopIpAddress: string;
  };
}

/** The dialog's values for a route, or for a new route to a virtual appliance at `applianceIp`. */
export function routeFormValues(route: Route | undefined, applianceIp = ''): RouteFormValues {
  if (!route) {
    return {
      name: '',
      properties: { addressPrefix: '', nextHopType: 'VirtualAppliance', nextHopIpAddress: applianceIp },
    };
  }
  const p = route.properties;
  return {
    name: route.name,
    properties: {
      addressPrefix: p.addressPrefix,
      nextHopType: p.nextHopType,
      nextHopIpAddress: p.nextHopIpAddress ?? '',
    },
  };
}

const PREFIX_EXAMPLES = 'a CIDR prefix such as 10.1.0.0/16, or a service tag such as AzureMachineLearning';
/** A service tag, global or regional: `Storage`, `BatchNodeManagement.EastUS`. */
const SERVICE_TAG = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)?$/;

function isIpv6Cidr(text: string): boolean {
  try {
    ipaddr.IPv6.parseCIDR(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * What is wrong with `text` as a route's address prefix, or undefined: Azure takes a prefix in CIDR notation
 * (IPv4 or IPv6) or a service tag.
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#user-defined
 */
export function routePrefixProblem(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return `Enter where the route applies: ${PREFIX_EXAMPLES}.`;
  if (value.includes(':')) {
    return isIpv6Cidr(value) ? undefined : `“${value}” isn't an IPv6 prefix such as 2001:db8::/32; fix it.`;
  }
  if (/^[\d./]+$/.test(value)) {
    const parsed = parseCidr(value);
    return parsed.ok ? undefined : parsed.message;
  }
  if (/\s/.test(value) && SERVICE_TAG.test(value.replace(/\s+/g, ''))) {
    return `Service tags have no spaces: did you mean ${value.replace(/\s+/g, '')}?`;
  }
  return SERVICE_TAG.test(value)
    ? undefined
    : `“${value}” is neither a CIDR prefix nor a service tag: enter ${PREFIX_EXAMPLES}.`;
}

/**
 * The dialog's schema: the plan's route schema for the name, a prefix Azure accepts, the appliance's IPv4
 * address when the next hop is a virtual appliance, and names unique in the table.
 */
export function routeFormSchema(others: readonly Route[], table: string) {
  return z
    .object({
      name: routeSchema.shape.name,
      properties: z.object({
        addressPrefix: z.string(),
        nextHopType: nextHopTypeSchema,
        nextHopIpAddress: z.string(),
      }),
    })
    .check(
      z.superRefine((values, ctx) => {
        const p = values.properties;
        const name = values.name.toLowerCase();
        if (others.some((route) => route.name.toLowerCase() === name)) {
          ctx.addIssue({
            code: 'custom',
            path: ['name'],
            message: `Another route on ${table} has this name; give this one its own.`,
          });
        }
        const prefix = routePrefixProblem(p.addressPrefix);
        if (prefix) ctx.addIssue({ code: 'custom', path: ['properties', 'addressPrefix'], message: prefix });
        if (p.nextHopType !== 'VirtualAppliance') return;
        const ip = p.nextHopIpAddress.trim();
        if (!ipaddr.IPv4.isValidFourPartDecimal(ip)) {
          ctx.addIssue({
            code: 'custom',
            path: ['properties', 'nextHopIpAddress'],
            message:
              ip === ''
                ? 'Enter the appliance’s private IP, such as 10.0.0.4: a route to a virtual appliance needs it.'
                : `“${ip}” isn't an IPv4 address; enter one such as 10.0.0.4.`,
          });
        }
      }),
    );
}

/**
 * The route after the dialog: the original's other fields (an ARM id, `hasBgpOverride`) kept in their order,
 * the edited ones replaced. Azure takes a next hop IP only for a virtual appliance, so it goes otherwise.
 */
export function applyRouteEdit(original: Route | undefined, values: RouteFormValues): Route {
  const v = values.properties;
  const { nextHopIpAddress: _ip, ...rest } = original?.properties ?? {};
  const ip = v.nextHopIpAddress.trim();
  return {
    ...(original ?? {}),
    name: values.name,
    properties: {
      ...rest,
      addressPrefix: v.addressPrefix.trim(),
      nextHopType: v.nextHopType,
      ...(v.nextHopType === 'VirtualAppliance' ? { nextHopIpAddress: ip } : {}),
    },
  };
}
