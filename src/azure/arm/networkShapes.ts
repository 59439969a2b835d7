/** The network resources the wizard reads, as typed summaries that keep the ARM body for the importers in core. */
import * as z from 'zod/mini';
import { parseBody, regionName } from './parseBody.ts';
import { resourceGroupOf } from './resourceIds.ts';

const reference = z.looseObject({ id: z.string().check(z.minLength(1)) });
const ids = (refs: readonly { id: string }[] | undefined): string[] => (refs ?? []).map((ref) => ref.id);
const envelope = {
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  location: z.string().check(z.minLength(1)),
};

const subnetBody = z.looseObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  properties: z._default(
    z.looseObject({
      addressPrefix: z.optional(z.string()),
      addressPrefixes: z.optional(z.array(z.string())),
      delegations: z.optional(
        z.array(z.looseObject({ properties: z.looseObject({ serviceName: z.string() }) })),
      ),
      networkSecurityGroup: z.optional(reference),
      routeTable: z.optional(reference),
      natGateway: z.optional(reference),
      ipConfigurations: z.optional(z.array(z.unknown())),
      defaultOutboundAccess: z.optional(z.boolean()),
    }),
    {},
  ),
});

/** A subnet as the wizard audits it; `body` is the ARM JSON for `subnetFromArm` in core. */
export interface ArmSubnet {
  readonly id: string;
  readonly name: string;
  /** `addressPrefix` and `addressPrefixes` together (multi-prefix and dual-stack subnets). */
  readonly addressPrefixes: readonly string[];
  readonly delegations: readonly string[];
  readonly networkSecurityGroupId?: string;
  readonly routeTableId?: string;
  readonly natGatewayId?: string;
  /** Addresses in use: one per IP configuration. */
  readonly ipConfigurationCount: number;
  /** Absent on subnets created before the property existed, which have default outbound access. */
  readonly defaultOutboundAccess?: boolean;
  readonly body: unknown;
}

export function toSubnet(body: unknown): ArmSubnet {
  const { id, name, properties: p } = parseBody(subnetBody, body, 'a subnet');
  const prefixes = [
    ...(p.addressPrefix === undefined ? [] : [p.addressPrefix]),
    ...(p.addressPrefixes ?? []),
  ];
  return {
    id,
    name,
    addressPrefixes: prefixes.filter((prefix, index) => prefixes.indexOf(prefix) === index),
    delegations: (p.delegations ?? []).map((delegation) => delegation.properties.serviceName),
    ...(p.networkSecurityGroup ? { networkSecurityGroupId: p.networkSecurityGroup.id } : {}),
    ...(p.routeTable ? { routeTableId: p.routeTable.id } : {}),
    ...(p.natGateway ? { natGatewayId: p.natGateway.id } : {}),
    ipConfigurationCount: p.ipConfigurations?.length ?? 0,
    ...(p.defaultOutboundAccess === undefined ? {} : { defaultOutboundAccess: p.defaultOutboundAccess }),
    body,
  };
}

const vnetBody = z.looseObject({
  ...envelope,
  properties: z.looseObject({
    addressSpace: z._default(z.looseObject({ addressPrefixes: z._default(z.array(z.string()), []) }), {
      addressPrefixes: [],
    }),
    subnets: z._default(z.array(z.unknown()), []),
  }),
});

export interface ArmVirtualNetwork {
  readonly id: string;
  readonly name: string;
  readonly resourceGroup?: string;
  readonly region: string;
  readonly addressPrefixes: readonly string[];
  readonly subnets: readonly ArmSubnet[];
  /** The ARM JSON, for `vnetFromArm` in core. */
  readonly body: unknown;
}

export function toVnet(body: unknown): ArmVirtualNetwork {
  const vnet = parseBody(vnetBody, body, 'a virtual network');
  const resourceGroup = resourceGroupOf(vnet.id);
  return {
    id: vnet.id,
    name: vnet.name,
    ...(resourceGroup === undefined ? {} : { resourceGroup }),
    region: regionName(vnet.location),
    addressPrefixes: vnet.properties.addressSpace.addressPrefixes,
    subnets: vnet.properties.subnets.map(toSubnet),
    body,
  };
}

const nsgBody = z.looseObject({
  ...envelope,
  properties: z._default(
    z.looseObject({
      securityRules: z._default(z.array(z.unknown()), []),
      subnets: z.optional(z.array(reference)),
    }),
    { securityRules: [] },
  ),
});

export interface ArmNetworkSecurityGroup {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly securityRuleCount: number;
  readonly subnetIds: readonly string[];
  /** The ARM JSON, for `nsgFromArm` in core. */
  readonly body: unknown;
}

const routeTableBody = z.looseObject({
  ...envelope,
  properties: z._default(
    z.looseObject({
      routes: z._default(z.array(z.unknown()), []),
      disableBgpRoutePropagation: z._default(z.boolean(), false),
      subnets: z.optional(z.array(reference)),
    }),
    { routes: [], disableBgpRoutePropagation: false },
  ),
});

export interface ArmRouteTable {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly routeCount: number;
  readonly disableBgpRoutePropagation: boolean;
  readonly subnetIds: readonly string[];
  /** The ARM JSON, for `routeTableFromArm` in core. */
  readonly body: unknown;
}

const natGatewayBody = z.looseObject({
  ...envelope,
  properties: z._default(
    z.looseObject({
      publicIpAddresses: z.optional(z.array(reference)),
      publicIpPrefixes: z.optional(z.array(reference)),
      idleTimeoutInMinutes: z.optional(z.number()),
    }),
    {},
  ),
});

export interface ArmNatGateway {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly publicIpAddressIds: readonly string[];
  readonly publicIpPrefixIds: readonly string[];
  readonly idleTimeoutInMinutes?: number;
  readonly body: unknown;
}

export function toNetworkSecurityGroup(body: unknown): ArmNetworkSecurityGroup {
  const nsg = parseBody(nsgBody, body, 'a network security group');
  const { securityRules, subnets } = nsg.properties;
  return {
    id: nsg.id,
    name: nsg.name,
    region: regionName(nsg.location),
    securityRuleCount: securityRules.length,
    subnetIds: ids(subnets),
    body,
  };
}

export function toRouteTable(body: unknown): ArmRouteTable {
  const table = parseBody(routeTableBody, body, 'a route table');
  const { routes, disableBgpRoutePropagation, subnets } = table.properties;
  return {
    id: table.id,
    name: table.name,
    region: regionName(table.location),
    routeCount: routes.length,
    disableBgpRoutePropagation,
    subnetIds: ids(subnets),
    body,
  };
}

export function toNatGateway(body: unknown): ArmNatGateway {
  const nat = parseBody(natGatewayBody, body, 'a NAT gateway');
  const p = nat.properties;
  return {
    id: nat.id,
    name: nat.name,
    region: regionName(nat.location),
    publicIpAddressIds: ids(p.publicIpAddresses),
    publicIpPrefixIds: ids(p.publicIpPrefixes),
    ...(p.idleTimeoutInMinutes === undefined ? {} : { idleTimeoutInMinutes: p.idleTimeoutInMinutes }),
    body,
  };
}
