import * as z from 'zod/mini';
import { dnsServerSchema, prefixTextSchema, regionSchema, subscriptionIdSchema } from './common.ts';
import { nameSchema, networkChildNameRule, resourceGroupNameRule, vnetNameRule } from './names.ts';
import { resourceIdSchema } from './resourceId.ts';

export const resourceModeSchema = z.enum(['new', 'existing']);
export type ResourceMode = z.infer<typeof resourceModeSchema>;

/** Read-only fields ARM and `az … show` print beside a child resource; accepted and ignored. */
const armEnvelope = {
  id: z.optional(resourceIdSchema()),
  etag: z.optional(z.string()),
  type: z.optional(z.string()),
};

const applicationSecurityGroup = z.object({
  id: resourceIdSchema({ type: 'Microsoft.Network/applicationSecurityGroups' }),
});
const portText = z.string().check(z.maxLength(64));
const prefixText = z.string().check(z.maxLength(128));

/**
 * One NSG security rule as ARM returns it. Ports and prefixes stay text here: the flow simulator
 * reports a malformed value as a finding on that rule rather than rejecting the whole plan.
 * @see https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
 */
export const securityRuleSchema = z.strictObject({
  name: nameSchema(networkChildNameRule('security rule name')),
  ...armEnvelope,
  properties: z.strictObject({
    priority: z.number().check(z.int()),
    direction: z.enum(['Inbound', 'Outbound']),
    access: z.enum(['Allow', 'Deny']),
    protocol: z.enum(['Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*']),
    description: z.optional(z.string().check(z.maxLength(140))),
    sourceAddressPrefix: z.optional(prefixText),
    sourceAddressPrefixes: z.optional(z.array(prefixText)),
    sourcePortRange: z.optional(portText),
    sourcePortRanges: z.optional(z.array(portText)),
    destinationAddressPrefix: z.optional(prefixText),
    destinationAddressPrefixes: z.optional(z.array(prefixText)),
    destinationPortRange: z.optional(portText),
    destinationPortRanges: z.optional(z.array(portText)),
    sourceApplicationSecurityGroups: z.optional(z.array(applicationSecurityGroup)),
    destinationApplicationSecurityGroups: z.optional(z.array(applicationSecurityGroup)),
    provisioningState: z.optional(z.string()),
  }),
});
export type SecurityRule = z.infer<typeof securityRuleSchema>;

export const networkSecurityGroupSchema = z.strictObject({
  mode: resourceModeSchema,
  name: nameSchema(networkChildNameRule('network security group name')),
  securityRules: z._default(z.array(securityRuleSchema), []),
});
export type NetworkSecurityGroup = z.infer<typeof networkSecurityGroupSchema>;

export const nextHopTypeSchema = z.enum([
  'VirtualNetworkGateway',
  'VnetLocal',
  'Internet',
  'VirtualAppliance',
  'None',
]);

export const routeSchema = z.strictObject({
  name: nameSchema(networkChildNameRule('route name')),
  ...armEnvelope,
  properties: z.strictObject({
    addressPrefix: prefixText,
    nextHopType: nextHopTypeSchema,
    nextHopIpAddress: z.optional(z.string().check(z.maxLength(64))),
    hasBgpOverride: z.optional(z.boolean()),
    provisioningState: z.optional(z.string()),
  }),
});
export type Route = z.infer<typeof routeSchema>;

export const routeTableSchema = z.strictObject({
  name: nameSchema(networkChildNameRule('route table name')),
  routes: z._default(z.array(routeSchema), []),
});
export type RouteTable = z.infer<typeof routeTableSchema>;

const subnetObject = z.strictObject({
  mode: resourceModeSchema,
  name: nameSchema(networkChildNameRule('subnet name')),
  addressPrefix: prefixTextSchema,
  usedAddresses: z
    ._default(z.number().check(z.int(), z.gte(0)), 0)
    .check(z.meta({ description: 'Existing subnet: addresses already taken.' })),
  delegations: z._default(z.array(z.string().check(z.minLength(1))), []),
  defaultOutboundAccess: z.optional(z.boolean()).check(
    z.meta({
      description:
        'false = private subnet. Defaults to false for a new subnet (Azure makes new subnets private since 31 Mar 2026) and true for an existing one.',
    }),
  ),
  natGateway: z
    ._default(z.boolean(), false)
    .check(z.meta({ description: 'The existing subnet already has a NAT gateway.' })),
  networkSecurityGroup: z.optional(networkSecurityGroupSchema),
  routeTable: z.optional(routeTableSchema),
});

/** A subnet; `defaultOutboundAccess` is resolved from `mode` when omitted. */
export const subnetSchema = z.pipe(
  subnetObject,
  z.transform(({ defaultOutboundAccess, ...subnet }) => ({
    ...subnet,
    // Last, wherever the user wrote it, so that saving a re-opened plan gives the same text.
    defaultOutboundAccess: defaultOutboundAccess ?? subnet.mode === 'existing',
  })),
);
export type Subnet = z.infer<typeof subnetSchema>;

export const otherSubnetSchema = z.strictObject({
  name: nameSchema(networkChildNameRule('subnet name')),
  addressPrefix: prefixTextSchema,
});

export const vnetSchema = z.strictObject({
  mode: resourceModeSchema,
  subscriptionId: z
    .optional(subscriptionIdSchema)
    .check(z.meta({ description: "Defaults to the workspace's subscription." })),
  resourceGroup: nameSchema(resourceGroupNameRule),
  name: nameSchema(vnetNameRule),
  region: regionSchema,
  addressSpace: z
    .array(prefixTextSchema)
    .check(z.minLength(1, { message: 'A virtual network needs at least one address space.' })),
  dnsServers: z
    ._default(z.array(dnsServerSchema), [])
    .check(z.meta({ description: 'IPv4 addresses of DNS servers; empty = Azure-provided DNS.' })),
  otherSubnets: z
    ._default(z.array(otherSubnetSchema), [])
    .check(z.meta({ description: "Subnets this plan doesn't touch." })),
});
export type Vnet = z.infer<typeof vnetSchema>;

export const databricksSubnetsSchema = z.strictObject({
  publicSubnet: subnetSchema,
  privateSubnet: subnetSchema,
});

export const networkSchema = z.strictObject({
  vnet: vnetSchema,
  subnet: z
    .optional(subnetSchema)
    .check(z.meta({ description: 'The compute subnet (all kinds except databricks).' })),
  databricks: z
    .optional(databricksSubnetsSchema)
    .check(z.meta({ description: 'kind = databricks: host and container subnets.' })),
});
export type Network = z.infer<typeof networkSchema>;
