import type { SecurityRule } from '../model/index.ts';
import type { SourcedRule } from './types.ts';

const rule = (
  name: string,
  priority: number,
  direction: 'Inbound' | 'Outbound',
  access: 'Allow' | 'Deny',
  source: string,
  destination: string,
): SecurityRule => ({
  name,
  properties: {
    priority,
    direction,
    access,
    protocol: '*',
    sourceAddressPrefix: source,
    sourcePortRange: '*',
    destinationAddressPrefix: destination,
    destinationPortRange: '*',
  },
});

/**
 * The rules Azure puts in every NSG below the user's (REQUIREMENTS.md §9); they can't be removed, only
 * overridden by rules of lower priority numbers.
 * @see https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#default-security-rules
 */
export const DEFAULT_SECURITY_RULES: readonly SourcedRule[] = [
  rule('AllowVnetInBound', 65000, 'Inbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
  rule('AllowAzureLoadBalancerInBound', 65001, 'Inbound', 'Allow', 'AzureLoadBalancer', '*'),
  rule('DenyAllInBound', 65500, 'Inbound', 'Deny', '*', '*'),
  rule('AllowVnetOutBound', 65000, 'Outbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
  rule('AllowInternetOutBound', 65001, 'Outbound', 'Allow', '*', 'Internet'),
  rule('DenyAllOutBound', 65500, 'Outbound', 'Deny', '*', '*'),
].map((r) => ({ rule: r, origin: 'default' as const }));
