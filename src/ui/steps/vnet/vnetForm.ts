import * as z from 'zod/mini';
import { otherSubnetSchema, vnetSchema, type Vnet } from '../../../core/index.ts';
import { cidrFieldSchema, ipAddressFieldSchema } from './prefixFields.ts';

/** The VNet section as the form checks it: the plan's schema, with prefixes and DNS servers checked too. */
export const vnetFormSchema = z.extend(vnetSchema, {
  addressSpace: z
    .array(cidrFieldSchema)
    .check(z.minLength(1, { message: 'A virtual network needs at least one address space.' })),
  dnsServers: z._default(z.array(ipAddressFieldSchema), []),
  otherSubnets: z._default(z.array(z.extend(otherSubnetSchema, { addressPrefix: cidrFieldSchema })), []),
});

/** What the VNet form edits. */
export type VnetInput = z.input<typeof vnetFormSchema>;

/** The VNet as stored: no subscription (an empty box) means "the workspace's subscription". */
export function tidyVnet(vnet: Vnet): Vnet {
  // Keeps the key order of the schema, so an exported plan diffs cleanly.
  const { subscriptionId, ...rest } = vnet;
  return subscriptionId ? vnet : rest;
}

/**
 * What a VNet region other than the workspace's means, or undefined when they match (or the region box
 * doesn't hold a region yet).
 */
export function regionDifference(vnetRegion: string, workspaceRegion: string): string | undefined {
  if (vnetRegion === '' || vnetRegion === workspaceRegion) return undefined;
  return (
    `The virtual network is in ${vnetRegion} but the workspace is in ${workspaceRegion}. ` +
    `Compute can only join a virtual network in its own region, so the compute would run in ${vnetRegion}: ` +
    'a compute instance can’t do that at all, and a compute cluster then needs the workspace reachable from ' +
    'this network (peering or a private endpoint, with its DNS zones) and pays for traffic between regions.'
  );
}
