import { API_VERSIONS } from '../generators/apiVersions.ts';
import type { NatGatewayModel, NetworkModel, NsgModel, RouteModel, SubnetModel } from './model.ts';
import { subnetParamNames } from './params.ts';
import { idOf, idRef, paramRef, type AzureResource, type Value, type ValueObject } from './types.ts';

const NET = API_VERSIONS.network;
const location = paramRef('location');
const T = {
  nsg: 'Microsoft.Network/networkSecurityGroups',
  rule: 'Microsoft.Network/networkSecurityGroups/securityRules',
  pip: 'Microsoft.Network/publicIPAddresses',
  prefix: 'Microsoft.Network/publicIPPrefixes',
  nat: 'Microsoft.Network/natGateways',
  table: 'Microsoft.Network/routeTables',
  route: 'Microsoft.Network/routeTables/routes',
  vnet: 'Microsoft.Network/virtualNetworks',
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
} as const;

/** Keys of the network resources other resources refer to. */
export const NETWORK_KEYS = {
  nsg: (name: string) => `nsg:${name.toLowerCase()}`,
  nat: 'natGateway',
  routeTable: 'routeTable',
  vnet: 'vnet',
  subnet: (subnet: SubnetModel) =>
    subnet.role === 'other' ? `subnet:other:${subnet.name}` : `subnet:${subnet.role}`,
} as const;

type Base = Pick<AzureResource, 'apiVersion' | 'scope' | 'dependsOn'>;
const base: Base = { apiVersion: NET, scope: 'network', dependsOn: [] };

/** An NSG rule as the planner wrote it, read-only fields dropped. */
function ruleBody(rule: NsgModel['rules'][number]): ValueObject {
  const { provisioningState: _state, ...properties } = rule.properties;
  return properties as ValueObject;
}

function nsgResources(nsg: NsgModel): AzureResource[] {
  const key = NETWORK_KEYS.nsg(nsg.name);
  if (nsg.mode === 'new') {
    const securityRules = nsg.rules.map((rule) => ({ name: rule.name, properties: ruleBody(rule) }));
    return [
      {
        ...base,
        key,
        type: T.nsg,
        action: 'create',
        name: [nsg.name],
        location,
        properties: { securityRules },
        summary: `New NSG ${nsg.name} with ${nsg.rules.length} rules`,
      },
    ];
  }
  const parent: AzureResource = {
    ...base,
    key,
    type: T.nsg,
    action: 'reference',
    name: [nsg.name],
    properties: {},
    summary: `Existing NSG ${nsg.name}`,
  };
  const rules = nsg.rules.map((rule): AzureResource => ({
    ...base,
    key: `${key}/${rule.name}`,
    type: T.rule,
    action: 'create',
    name: [nsg.name, rule.name],
    properties: ruleBody(rule),
    summary: `Rule ${rule.name} added to the existing NSG ${nsg.name}`,
  }));
  return [parent, ...rules];
}

function routeBody(route: RouteModel): ValueObject {
  const hop = route.nextHopType === 'VirtualAppliance' ? { nextHopIpAddress: paramRef('applianceIp') } : {};
  return { addressPrefix: route.addressPrefix, nextHopType: route.nextHopType, ...hop };
}

/**
 * A Standard NAT gateway with its Standard static public IP address, or its public IP prefix.
 * @see https://learn.microsoft.com/azure/nat-gateway/nat-gateway-resource
 */
function natResources(nat: NatGatewayModel): AzureResource[] {
  const prefix = nat.publicIpPrefix;
  const sku = { name: 'Standard', tier: 'Regional' };
  const ip: AzureResource = prefix
    ? {
        ...base,
        key: 'natPublicIpPrefix',
        type: T.prefix,
        action: 'create',
        name: [prefix.name],
        location,
        sku,
        properties: { prefixLength: prefix.length, publicIPAddressVersion: 'IPv4' },
        summary: `New public IP prefix ${prefix.name} (/${prefix.length}) for the NAT gateway`,
      }
    : {
        ...base,
        key: 'natPublicIp',
        type: T.pip,
        action: 'create',
        name: [nat.publicIpName],
        location,
        sku,
        properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
        summary: `New public IP address ${nat.publicIpName} for the NAT gateway`,
      };
  const addresses = [{ id: idOf(ip) }];
  const gateway: AzureResource = {
    ...base,
    key: NETWORK_KEYS.nat,
    type: T.nat,
    action: 'create',
    name: [nat.name],
    location,
    sku: { name: 'Standard' },
    dependsOn: [ip.key],
    properties: {
      idleTimeoutInMinutes: nat.idleTimeoutMinutes,
      ...(prefix ? { publicIpPrefixes: addresses } : { publicIpAddresses: addresses }),
    },
    summary: `New NAT gateway ${nat.name}`,
  };
  return [ip, gateway];
}

function routeTableResources(network: NetworkModel): AzureResource[] {
  const table = network.routeTable;
  if (!table) return keptRouteTable(network);
  const key = NETWORK_KEYS.routeTable;
  if (table.mode === 'new') {
    const routes = table.routes.map((route) => ({ name: route.name, properties: routeBody(route) }));
    return [
      {
        ...base,
        key,
        type: T.table,
        action: 'create',
        name: [table.name],
        location,
        properties: { disableBgpRoutePropagation: false, routes },
        summary: `New route table ${table.name} with ${routes.length} routes`,
      },
    ];
  }
  return [
    {
      ...base,
      key,
      type: T.table,
      action: 'reference',
      name: [table.name],
      properties: {},
      summary: `Existing route table ${table.name}`,
    },
    ...table.routes.map((route): AzureResource => ({
      ...base,
      key: `${key}/${route.name}`,
      type: T.route,
      action: 'create',
      name: [table.name, route.name],
      properties: routeBody(route),
      summary: `Route ${route.name} added to the existing route table ${table.name}`,
    })),
  ];
}

/** An existing route table an updated subnet keeps (no routes added to it): referenced only. */
function keptRouteTable(network: NetworkModel): AzureResource[] {
  const kept = network.subnets.find((s) => s.action === 'update' && s.routeTableName)?.routeTableName;
  if (kept === undefined) return [];
  return [
    {
      ...base,
      key: NETWORK_KEYS.routeTable,
      type: T.table,
      action: 'reference',
      name: [kept],
      properties: {},
      summary: `Existing route table ${kept}`,
    },
  ];
}

const subnetName = (subnet: SubnetModel) =>
  subnet.role === 'other' ? subnet.name : paramRef(subnetParamNames(subnet).name);

/** Ids of the network resources a subnet is associated with, by key. */
interface Created {
  readonly byKey: ReadonlyMap<string, AzureResource>;
}

function assoc(created: Created, key: string): { id: Value } | undefined {
  const resource = created.byKey.get(key);
  return resource ? { id: idOf(resource) } : undefined;
}

/** A new subnet's whole property set. */
function newSubnetProperties(subnet: SubnetModel, created: Created): ValueObject {
  return {
    addressPrefix: subnet.role === 'other' ? subnet.addressPrefix : paramRef(subnetParamNames(subnet).prefix),
    defaultOutboundAccess: subnet.defaultOutboundAccess,
    delegations: subnet.delegations.map((service) => ({
      name: service.replace(/\//g, '.'),
      properties: { serviceName: service },
    })),
    networkSecurityGroup: subnet.nsgName ? assoc(created, NETWORK_KEYS.nsg(subnet.nsgName)) : undefined,
    routeTable: subnet.routeTableName ? assoc(created, NETWORK_KEYS.routeTable) : undefined,
    natGateway: subnet.natGatewayName ? assoc(created, NETWORK_KEYS.nat) : undefined,
    ...(subnet.disableNetworkPolicies
      ? { privateEndpointNetworkPolicies: 'Disabled', privateLinkServiceNetworkPolicies: 'Disabled' }
      : {}),
  };
}

/**
 * What an update changes on an existing subnet: only the associations with resources this deployment
 * creates. Everything else (prefix, delegations, service endpoints, policies, other associations) is
 * kept as it is in every format (REQUIREMENTS.md §12 `existing-subnet-same-change`).
 */
function subnetChanges(subnet: SubnetModel, created: Created): ValueObject {
  const nsgKey = subnet.nsgName ? NETWORK_KEYS.nsg(subnet.nsgName) : undefined;
  const newNsg = nsgKey && created.byKey.get(nsgKey)?.action === 'create';
  const newTable = created.byKey.get(NETWORK_KEYS.routeTable)?.action === 'create';
  return {
    networkSecurityGroup: newNsg && nsgKey ? assoc(created, nsgKey) : undefined,
    routeTable: newTable && subnet.routeTableName ? assoc(created, NETWORK_KEYS.routeTable) : undefined,
    natGateway: subnet.natGatewayName ? assoc(created, NETWORK_KEYS.nat) : undefined,
  };
}

function vnetResources(network: NetworkModel, created: Created): AzureResource[] {
  const associated: readonly string[] = [T.nsg, T.nat, T.table];
  const deps = [...created.byKey.values()]
    .filter((r) => r.action === 'create' && associated.includes(r.type))
    .map((r) => r.key);
  const vnetName = paramRef('vnetName');
  if (network.vnet.mode === 'new') {
    const dns = network.vnet.dnsServers.length > 0 ? { dnsServers: [...network.vnet.dnsServers] } : undefined;
    const subnets = network.subnets.map((subnet) => ({
      name: subnetName(subnet),
      properties: newSubnetProperties(subnet, created),
    }));
    return [
      {
        ...base,
        key: NETWORK_KEYS.vnet,
        type: T.vnet,
        action: 'create',
        name: [vnetName],
        location,
        dependsOn: deps,
        properties: {
          addressSpace: { addressPrefixes: paramRef('vnetAddressPrefixes') },
          dhcpOptions: dns,
          subnets,
        },
        summary: `New virtual network ${network.vnet.name} with ${subnets.length} subnets`,
      },
    ];
  }
  const out: AzureResource[] = [
    {
      ...base,
      key: NETWORK_KEYS.vnet,
      type: T.vnet,
      action: 'reference',
      name: [vnetName],
      properties: {},
      summary: `Existing virtual network ${network.vnet.name}`,
    },
  ];
  // Subnets of one VNet are written one after another: ARM rejects parallel writes to a VNet.
  let previous: string | undefined;
  for (const subnet of network.subnets) {
    const key = NETWORK_KEYS.subnet(subnet);
    const name = [vnetName, subnetName(subnet)];
    if (subnet.action === 'reference') {
      out.push({
        ...base,
        key,
        type: T.subnet,
        action: 'reference',
        name,
        properties: {},
        summary: `Existing subnet ${subnet.name}, unchanged`,
      });
      continue;
    }
    const create = subnet.action === 'create';
    out.push({
      ...base,
      key,
      type: T.subnet,
      action: subnet.action,
      name,
      dependsOn: previous ? [...deps, previous] : deps,
      properties: create ? newSubnetProperties(subnet, created) : subnetChanges(subnet, created),
      summary: create
        ? `New subnet ${subnet.name} ${subnet.addressPrefix}`
        : `Existing subnet ${subnet.name}: associated with the new resources, everything else kept`,
    });
    previous = key;
  }
  return out;
}

/**
 * The network resources of a customer virtual network, in dependency order: NSGs and their rules,
 * NAT gateway and its public IP, route table and routes, then the VNet and subnets that use them.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 * @see https://learn.microsoft.com/azure/templates/microsoft.network/virtualnetworks/subnets
 */
export function networkResources(network: NetworkModel): AzureResource[] {
  const first = [
    ...network.nsgs.flatMap(nsgResources),
    ...(network.natGateway ? natResources(network.natGateway) : []),
    ...routeTableResources(network),
  ];
  const created: Created = { byKey: new Map(first.map((r) => [r.key, r])) };
  return [...first, ...vnetResources(network, created)];
}

/** The id of the plan's compute subnet (in the VNet's resource group, maybe another than the workspace's). */
export const computeSubnetId = () => idRef('network', T.subnet, paramRef('vnetName'), paramRef('subnetName'));

/** The id of the plan's virtual network. */
export const vnetId = () => idRef('network', T.vnet, paramRef('vnetName'));
