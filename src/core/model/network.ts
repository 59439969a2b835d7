import { z } from 'zod';
import { prefixTextSchema, regionSchema, subscriptionIdSchema } from './common.ts';
import { nameSchema, networkChildNameRule, resourceGroupNameRule, vnetNameRule } from './names.ts';

export const resourceModeSchema = z.enum(['new', 'existing']);
export type ResourceMode = z.infer<typeof resourceModeSchema>;

/** Read-only fields ARM and `az … show` print beside a child resource; accepted and ignored. */
const armEnvelope = {
  id: z.string().optional(),
  etag: z.string().optional(),
  type: z.string().optional(),
};

const portText = z.string().max(64);
const prefixText = z.string().max(128);

/**
 * One NSG security rule as ARM returns it. Ports and prefixes stay text here: the flow simulator
 * reports a malformed value as a finding on that rule rather than rejecting the whole plan.
 * @see https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
 */
export const securityRuleSchema = z.strictObject({
  name: nameSchema(networkChildNameRule('security rule name')),
  ...armEnvelope,
  properties: z.strictObject({
    priority: z.number().int(),
    direction: z.enum(['Inbound', 'Outbound']),
    access: z.enum(['Allow', 'Deny']),
    protocol: z.enum(['Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*']),
    description: z.string().max(140).optional(),
    sourceAddressPrefix: prefixText.optional(),
    sourceAddressPrefixes: z.array(prefixText).optional(),
    sourcePortRange: portText.optional(),
    sourcePortRanges: z.array(portText).optional(),
    destinationAddressPrefix: prefixText.optional(),
    destinationAddressPrefixes: z.array(prefixText).optional(),
    destinationPortRange: portText.optional(),
    destinationPortRanges: z.array(portText).optional(),
    sourceApplicationSecurityGroups: z.array(z.object({ id: z.string() })).optional(),
    destinationApplicationSecurityGroups: z.array(z.object({ id: z.string() })).optional(),
    provisioningState: z.string().optional(),
  }),
});
export type SecurityRule = z.infer<typeof securityRuleSchema>;

export const networkSecurityGroupSchema = z.strictObject({
  mode: resourceModeSchema,
  name: nameSchema(networkChildNameRule('network security group name')),
  securityRules: z.array(securityRuleSchema).default([]),
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
    nextHopIpAddress: z.string().max(64).optional(),
    hasBgpOverride: z.boolean().optional(),
    provisioningState: z.string().optional(),
  }),
});
export type Route = z.infer<typeof routeSchema>;

export const routeTableSchema = z.strictObject({
  name: nameSchema(networkChildNameRule('route table name')),
  routes: z.array(routeSchema).default([]),
});
export type RouteTable = z.infer<typeof routeTableSchema>;

const subnetObject = z.strictObject({
  mode: resourceModeSchema,
  name: nameSchema(networkChildNameRule('subnet name')),
  addressPrefix: prefixTextSchema,
  usedAddresses: z
    .number()
    .int()
    .min(0)
    .default(0)
    .meta({ description: 'Existing subnet: addresses already taken.' }),
  delegations: z.array(z.string().min(1)).default([]),
  defaultOutboundAccess: z.boolean().optional().meta({
    description:
      'false = private subnet. Defaults to false for a new subnet (Azure makes new subnets private since 31 Mar 2026) and true for an existing one.',
  }),
  natGateway: z
    .boolean()
    .default(false)
    .meta({ description: 'The existing subnet already has a NAT gateway.' }),
  networkSecurityGroup: networkSecurityGroupSchema.optional(),
  routeTable: routeTableSchema.optional(),
});

/** A subnet; `defaultOutboundAccess` is resolved from `mode` when omitted. */
export const subnetSchema = subnetObject.transform(({ defaultOutboundAccess, ...subnet }) => ({
  ...subnet,
  // Last, wherever the user wrote it, so that saving a re-opened plan gives the same text.
  defaultOutboundAccess: defaultOutboundAccess ?? subnet.mode === 'existing',
}));
export type Subnet = z.infer<typeof subnetSchema>;

export const otherSubnetSchema = z.strictObject({
  name: nameSchema(networkChildNameRule('subnet name')),
  addressPrefix: prefixTextSchema,
});

export const vnetSchema = z.strictObject({
  mode: resourceModeSchema,
  subscriptionId: subscriptionIdSchema
    .optional()
    .meta({ description: "Defaults to the workspace's subscription." }),
  resourceGroup: nameSchema(resourceGroupNameRule),
  name: nameSchema(vnetNameRule),
  region: regionSchema,
  addressSpace: z
    .array(prefixTextSchema)
    .min(1, { message: 'A virtual network needs at least one address space.' }),
  dnsServers: z.array(z.string().min(1)).default([]).meta({ description: 'Empty = Azure-provided DNS.' }),
  otherSubnets: z
    .array(otherSubnetSchema)
    .default([])
    .meta({ description: "Subnets this plan doesn't touch." }),
});
export type Vnet = z.infer<typeof vnetSchema>;

export const databricksSubnetsSchema = z.strictObject({
  publicSubnet: subnetSchema,
  privateSubnet: subnetSchema,
});

export const networkSchema = z.strictObject({
  vnet: vnetSchema,
  subnet: subnetSchema.optional().meta({ description: 'The compute subnet (all kinds except databricks).' }),
  databricks: databricksSubnetsSchema
    .optional()
    .meta({ description: 'kind = databricks: host and container subnets.' }),
});
export type Network = z.infer<typeof networkSchema>;
