import * as z from 'zod/mini';
import { RESOURCE_GROUP_IDS } from '../catalog/dns.ts';
import { prefixTextSchema } from './common.ts';
import { nameSchema, networkChildNameRule } from './names.ts';

/**
 * Where the workspace's private endpoint that the compute uses is (REQUIREMENTS.md §12
 * `workspace-pe-in-compute-vnet`): already in the compute VNet, in a hub VNet peered with it, or created
 * by the bundle in an endpoint subnet of the compute VNet.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link
 */
export const privateEndpointPlacementSchema = z.enum(['computeVnet', 'hubVnet', 'create']);
export type PrivateEndpointPlacement = z.infer<typeof privateEndpointPlacementSchema>;

/** How the compute VNet and the hub are peered: already, by the bundle, or not at all. */
export const hubPeeringSchema = z.enum(['existing', 'create', 'none']);
export type HubPeering = z.infer<typeof hubPeeringSchema>;

const SUB = '/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[^/]+/providers';

/** A full ARM resource id of one type; the last segment is the name. */
function armIdSchema(type: string, example: string) {
  const pattern = new RegExp(`^${SUB}/${type.replace('.', '\\.')}/[^/]+$`, 'i');
  return z
    .string()
    .check(
      z.regex(pattern, { message: `Enter the full resource id, such as ${example}.` }),
      z.maxLength(1024),
    );
}

const EXAMPLE_SUB = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups';

/** Resource id of a virtual network (possibly in another subscription). */
export const vnetIdSchema = armIdSchema(
  'Microsoft.Network/virtualNetworks',
  `${EXAMPLE_SUB}/hub-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet`,
);

/** Resource id of a private DNS zone; its last segment is the zone's name. */
export const privateDnsZoneIdSchema = armIdSchema(
  'Microsoft.Network/privateDnsZones',
  `${EXAMPLE_SUB}/dns-rg/providers/Microsoft.Network/privateDnsZones/privatelink.api.azureml.ms`,
);

/** Resource id of an existing private endpoint. */
export const privateEndpointIdSchema = armIdSchema(
  'Microsoft.Network/privateEndpoints',
  `${EXAMPLE_SUB}/net-rg/providers/Microsoft.Network/privateEndpoints/ws-pe`,
);

/** Any full ARM resource id (storage account, key vault, container registry). */
const anyResourceIdSchema = z.string().check(
  z.regex(new RegExp(`^${SUB}/[^/]+/[^/]+/[^/]+$`, 'i'), {
    message: `Enter the full resource id, such as ${EXAMPLE_SUB}/ml-rg/providers/Microsoft.Storage/storageAccounts/contosomlstore.`,
  }),
  z.maxLength(1024),
);

/** The subnet the bundle puts private endpoints in (placement "create"). */
export const endpointSubnetSchema = z.strictObject({
  mode: z.enum(['new', 'existing']),
  name: nameSchema(networkChildNameRule('subnet name')),
  addressPrefix: prefixTextSchema,
});
export type EndpointSubnet = z.infer<typeof endpointSubnetSchema>;

/** An existing private DNS zone: linked by the bundle unless `linked` says the compute VNet's link exists. */
export const existingDnsZoneSchema = z.strictObject({
  id: privateDnsZoneIdSchema,
  linked: z
    ._default(z.boolean(), false)
    .check(
      z.meta({ description: 'The zone is already linked to the compute VNet (the bundle adds no link).' }),
    ),
});
export type ExistingDnsZone = z.infer<typeof existingDnsZoneSchema>;

/** A private endpoint the bundle creates for one of the workspace's own resources. */
export const resourceEndpointSchema = z.strictObject({
  groupId: z.enum(RESOURCE_GROUP_IDS),
  resourceId: anyResourceIdSchema,
});
export type ResourceEndpoint = z.infer<typeof resourceEndpointSchema>;

/**
 * Details of the workspace's private endpoint (`workspace.privateLink`). When absent,
 * `resolvePrivateConnectivity` (privateEndpoint.ts) derives them from the rest of the plan.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
export const privateLinkSchema = z.strictObject({
  placement: privateEndpointPlacementSchema.check(
    z.meta({
      description:
        '"computeVnet" = an endpoint already in the compute VNet; "hubVnet" = an endpoint in a peered hub VNet; "create" = the bundle creates it in an endpoint subnet of the compute VNet.',
    }),
  ),
  endpointSubnet: z.optional(endpointSubnetSchema).check(
    z.meta({
      description:
        'placement "create": the subnet for private endpoints. Defaults to a new /27 "private-endpoints" in free space of the VNet.',
    }),
  ),
  hubVnetId: z
    .optional(vnetIdSchema)
    .check(z.meta({ description: 'placement "hubVnet": resource id of the VNet holding the endpoint.' })),
  peering: z.optional(hubPeeringSchema).check(
    z.meta({
      description: 'placement "hubVnet": the peering with the compute VNet. Defaults to "existing".',
    }),
  ),
  endpointId: z
    .optional(privateEndpointIdSchema)
    .check(z.meta({ description: 'The existing endpoint, when known (filled by the audit).' })),
  dnsZones: z._default(z.array(existingDnsZoneSchema), []).check(
    z.meta({
      description:
        'Private DNS zones that exist already (any subscription): linked, never recreated. Zones not listed are created by the bundle for placement "create".',
    }),
  ),
  resourceEndpoints: z._default(z.array(resourceEndpointSchema), []).check(
    z.meta({
      description:
        'placement "create": endpoints for the workspace storage (blob, file), key vault and container registry.',
    }),
  ),
});
export type PrivateLink = z.infer<typeof privateLinkSchema>;

type Issue = (path: (string | number)[], message: string) => void;

/** What the shape check reads of a plan; structural, so this file doesn't import the plan schema. */
interface PlanShape {
  readonly workspace: { readonly isolation: string; readonly privateLink?: PrivateLink | undefined };
  readonly network?: { readonly vnet: { readonly mode: string } } | undefined;
}

const at = (...path: (string | number)[]) => ['workspace', 'privateLink', ...path];

/** Fields that belong to one placement only, with the placement they need. */
function checkPlacementFields(link: PrivateLink, issue: Issue): void {
  const hub = link.placement === 'hubVnet';
  if (hub && link.hubVnetId === undefined) {
    issue(
      at('hubVnetId'),
      'Placement "hubVnet" needs hubVnetId: the resource id of the hub VNet that holds the workspace private endpoint.',
    );
  }
  for (const field of ['hubVnetId', 'peering'] as const) {
    if (!hub && link[field] !== undefined) {
      issue(
        at(field),
        `${field} is used only with placement "hubVnet"; remove it or set placement to "hubVnet".`,
      );
    }
  }
  const bundleEndpoints = link.placement === 'create' || link.resourceEndpoints.length > 0;
  if (!bundleEndpoints && link.endpointSubnet !== undefined) {
    issue(
      at('endpointSubnet'),
      'endpointSubnet is used only when the bundle creates endpoints (placement "create" or resourceEndpoints); remove it.',
    );
  }
}

/**
 * Zones and endpoints listed twice, at paths inside `privateLink` (`dnsZones.1`). The wizard's form runs
 * it too, so a person sees the problem at the row rather than a plan that stops updating.
 */
export function checkPrivateLinkDuplicates(
  link: Pick<PrivateLink, 'dnsZones' | 'resourceEndpoints'>,
  issue: Issue,
): void {
  const seen = new Set<string>();
  link.dnsZones.forEach((zone, index) => {
    const name = (zone.id.split('/').at(-1) ?? '').toLowerCase();
    if (seen.has(name)) {
      issue(['dnsZones', index], `The zone ${name} is listed twice; keep one entry per zone name.`);
    }
    seen.add(name);
  });
  const endpoints = new Set<string>();
  link.resourceEndpoints.forEach((endpoint, index) => {
    const key = `${endpoint.groupId} ${endpoint.resourceId.toLowerCase()}`;
    if (endpoints.has(key)) {
      issue(['resourceEndpoints', index], `This ${endpoint.groupId} endpoint is listed twice; remove one.`);
    }
    endpoints.add(key);
  });
}

/**
 * Cross-field shape constraints of `workspace.privateLink` (called from the plan's shape check).
 * Documented requirements (zones of the wrong cloud, subnet sizes) are findings, in the rules.
 */
export function checkPrivateLinkShape(plan: PlanShape, issue: Issue): void {
  const link = plan.workspace.privateLink;
  if (!link) return;
  // Ignored under a managed network (no endpoint in a VNet of yours), so switching isolation keeps it.
  if (plan.workspace.isolation !== 'customerVnet') return;
  checkPlacementFields(link, issue);
  checkPrivateLinkDuplicates(link, (path, message) => issue(at(...path), message));
  if (plan.network?.vnet.mode === 'new' && link.endpointSubnet?.mode === 'existing') {
    issue(
      at('endpointSubnet', 'mode'),
      'The plan creates the VNet, so it has no existing subnets: set endpointSubnet.mode to "new".',
    );
  }
}
