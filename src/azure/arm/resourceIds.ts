import { ArmError } from './armError.ts';

/** True when `path` is an absolute ARM path with no query, fragment, scheme or dot segments. */
function isSafePath(path: string): boolean {
  if (!path.startsWith('/') || /[?#\\\s]/.test(path)) return false;
  const segments = path.slice(1).split('/');
  return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * `origin` + the path (each segment percent-encoded) + `api-version`. A path that could leave ARM's
 * origin or smuggle a query is refused, so a pasted or crafted id can't redirect the bearer token.
 */
export function armUrl(origin: string, path: string, apiVersion: string): string {
  if (!isSafePath(path)) {
    throw new ArmError({
      status: 0,
      code: 'InvalidResourceId',
      message: `"${path}" is not an Azure resource id; it should look like /subscriptions/<id>/resourceGroups/<group>/providers/….`,
      requestUrl: origin,
    });
  }
  const encoded = path
    .slice(1)
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return `${origin}/${encoded}?api-version=${encodeURIComponent(apiVersion)}`;
}

/** What a resource id of each kind looks like, for checks and messages. */
export const ID_SHAPES = {
  subnet: {
    pattern:
      /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+\/subnets\/[^/]+$/i,
    example:
      '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>',
  },
  networkSecurityGroup: {
    pattern:
      /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/networkSecurityGroups\/[^/]+$/i,
    example:
      '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/networkSecurityGroups/<nsg>',
  },
  routeTable: {
    pattern:
      /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/routeTables\/[^/]+$/i,
    example: '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/routeTables/<table>',
  },
  natGateway: {
    pattern:
      /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/natGateways\/[^/]+$/i,
    example: '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/natGateways/<gateway>',
  },
  scope: {
    pattern: /^\/subscriptions\/[^/]+(\/resourceGroups\/[^/]+(\/providers\/[^/]+(\/[^/]+\/[^/]+)+)?)?$/i,
    example: '/subscriptions/<id>[/resourceGroups/<group>[/providers/<namespace>/<type>/<name>]]',
  },
} as const;

export type IdKind = keyof typeof ID_SHAPES;

const KIND_WORDS: Record<IdKind, string> = {
  subnet: 'subnet',
  networkSecurityGroup: 'network security group',
  routeTable: 'route table',
  natGateway: 'NAT gateway',
  scope: 'subscription, resource group or resource',
};

/** Throws an `InvalidResourceId` {@link ArmError} unless `id` is a resource id of `kind`. */
export function requireId(kind: IdKind, id: string): string {
  const shape = ID_SHAPES[kind];
  if (shape.pattern.test(id)) return id;
  throw new ArmError({
    status: 0,
    code: 'InvalidResourceId',
    message: `"${id}" is not a ${KIND_WORDS[kind]} id; it should look like ${shape.example}.`,
    requestUrl: '',
  });
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Throws an `InvalidResourceId` {@link ArmError} unless `subscriptionId` is a GUID. */
export function requireSubscriptionId(subscriptionId: string): string {
  if (GUID.test(subscriptionId)) return subscriptionId;
  throw new ArmError({
    status: 0,
    code: 'InvalidResourceId',
    message: `"${subscriptionId}" is not a subscription id; it is a GUID such as 11111111-2222-3333-4444-555555555555.`,
    requestUrl: '',
  });
}

/** The resource group named in an id, or undefined. */
export function resourceGroupOf(id: string): string | undefined {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
}
