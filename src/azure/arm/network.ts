import { API_VERSIONS } from './apiVersions.ts';
import type { ArmList, ArmReader, ReadOptions } from './client.ts';
import {
  toNatGateway,
  toNetworkSecurityGroup,
  toRouteTable,
  toSubnet,
  toVnet,
  type ArmNatGateway,
  type ArmNetworkSecurityGroup,
  type ArmRouteTable,
  type ArmSubnet,
  type ArmVirtualNetwork,
} from './networkShapes.ts';
import { requireId, requireSubscriptionId } from './resourceIds.ts';
import { toUsage, type ArmUsage } from './usages.ts';

/**
 * Network reads: virtual networks, subnets, NSGs, route tables and NAT gateways.
 * @see https://learn.microsoft.com/rest/api/virtualnetwork/
 */
export function networkReads(reader: ArmReader) {
  const version = API_VERSIONS.network;
  return {
    /** The subscription's network quotas in `region` (public IPs, load balancers, NSGs, NICs). @see https://learn.microsoft.com/rest/api/virtualnetwork/usages/list */
    async listNetworkUsages(
      subscriptionId: string,
      region: string,
      options?: ReadOptions,
    ): Promise<ArmList<ArmUsage>> {
      const path = `/subscriptions/${requireSubscriptionId(subscriptionId)}/providers/Microsoft.Network/locations/${region}/usages`;
      const { items, truncated } = await reader.list(path, version, options);
      return { items: items.map(toUsage), truncated };
    },
    async listVirtualNetworks(
      subscriptionId: string,
      options?: ReadOptions,
    ): Promise<ArmList<ArmVirtualNetwork>> {
      const path = `/subscriptions/${requireSubscriptionId(subscriptionId)}/providers/Microsoft.Network/virtualNetworks`;
      const { items, truncated } = await reader.list(path, version, options);
      return { items: items.map(toVnet), truncated };
    },
    async getSubnet(id: string, options?: ReadOptions): Promise<ArmSubnet> {
      return toSubnet(await reader.get(requireId('subnet', id), version, options));
    },
    async getNetworkSecurityGroup(id: string, options?: ReadOptions): Promise<ArmNetworkSecurityGroup> {
      return toNetworkSecurityGroup(
        await reader.get(requireId('networkSecurityGroup', id), version, options),
      );
    },
    async getRouteTable(id: string, options?: ReadOptions): Promise<ArmRouteTable> {
      return toRouteTable(await reader.get(requireId('routeTable', id), version, options));
    },
    async getNatGateway(id: string, options?: ReadOptions): Promise<ArmNatGateway> {
      return toNatGateway(await reader.get(requireId('natGateway', id), version, options));
    },
  };
}
