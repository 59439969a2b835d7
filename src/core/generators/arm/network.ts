import { API_VERSIONS } from '../apiVersions.ts';
import type { NatGatewayModel, NetworkModel, NsgModel, RouteModel, SubnetModel } from '../../resources/model.ts';
import { existingNatParam, serviceEndpointsParam, subnetParamNames } from '../../resources/params.ts';
import { armExpressionString as lit, armLiteral, expr, param } from './escape.ts';
import { literalJson, type ArmResource, type Json, type JsonObject } from './template.ts';

const NET = API_VERSIONS.network;
const location = expr(param('location'));

const childName = (parent: string, child: string) => expr(`format('{0}/{1}', ${parent}, ${child})`);
const idOf = (type: string, ...names: string[]) => expr(`resourceId(${lit(type)}, ${names.join(', ')})`);
const nsgId = (name: string) => idOf('Microsoft.Network/networkSecurityGroups', lit(name));
const routeTableId = (name: string) => idOf('Microsoft.Network/routeTables', lit(name));
const natId = (name: string) => idOf('Microsoft.Network/natGateways', lit(name));

/** An NSG rule as the planner wrote it, read-only fields dropped, every value literal. */
function ruleJson(rule: NsgModel['rules'][number]): { name: string; properties: Json } {
  const { provisioningState: _state, ...properties } = rule.properties;
  return { name: armLiteral(rule.name), properties: literalJson(properties as Json) };
}

function nsgResources(nsg: NsgModel): ArmResource[] {
  if (nsg.mode === 'new') {
    return [
      {
        type: 'Microsoft.Network/networkSecurityGroups',
        apiVersion: NET,
        name: armLiteral(nsg.name),
        location,
        properties: { securityRules: nsg.rules.map(ruleJson) },
      },
    ];
  }
  return nsg.rules.map((rule) => ({
    type: 'Microsoft.Network/networkSecurityGroups/securityRules',
    apiVersion: NET,
    name: childName(lit(nsg.name), lit(rule.name)),
    properties: ruleJson(rule).properties as JsonObject,
  }));
}

function routeJson(route: RouteModel): JsonObject {
  const hop =
    route.nextHopType === 'VirtualAppliance' ? { nextHopIpAddress: expr(param('applianceIp')) } : {};
  return { addressPrefix: armLiteral(route.addressPrefix), nextHopType: route.nextHopType, ...hop };
}

/** A Standard NAT gateway with its Standard static public IP address, or its public IP prefix. */
function natResources(nat: NatGatewayModel): ArmResource[] {
  const prefix = nat.publicIpPrefix;
  const ipType = prefix ? 'Microsoft.Network/publicIPPrefixes' : 'Microsoft.Network/publicIPAddresses';
  const ipId = idOf(ipType, lit(prefix ? prefix.name : nat.publicIpName));
  const ip: ArmResource = prefix
    ? {
        type: ipType,
        apiVersion: NET,
        name: armLiteral(prefix.name),
        location,
        sku: { name: 'Standard', tier: 'Regional' },
        properties: { prefixLength: prefix.length, publicIPAddressVersion: 'IPv4' },
      }
    : {
        type: ipType,
        apiVersion: NET,
        name: armLiteral(nat.publicIpName),
        location,
        sku: { name: 'Standard', tier: 'Regional' },
        properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
      };
  const gateway: ArmResource = {
    type: 'Microsoft.Network/natGateways',
    apiVersion: NET,
    name: armLiteral(nat.name),
    location,
    sku: { name: 'Standard' },
    dependsOn: [ipId],
    properties: {
      idleTimeoutInMinutes: nat.idleTimeoutMinutes,
      ...(prefix ? { publicIpPrefixes: [{ id: ipId }] } : { publicIpAddresses: [{ id: ipId }] }),
    },
  };
  return [ip, gateway];
}

function egressResources(network: NetworkModel): ArmResource[] {
  const resources: ArmResource[] = [];
  if (network.natGateway) resources.push(...natResources(network.natGateway));
  const table = network.routeTable;
  if (table?.mode === 'new') {
    resources.push({
      type: 'Microsoft.Network/routeTables',
      apiVersion: NET,
      name: armLiteral(table.name),
      location,
      properties: {
        disableBgpRoutePropagation: false,
        routes: table.routes.map((route) => ({ name: armLiteral(route.name), properties: routeJson(route) })),
      },
    });
  } else if (table) {
    for (const route of table.routes) {
      resources.push({
        type: 'Microsoft.Network/routeTables/routes',
        apiVersion: NET,
        name: childName(lit(table.name), lit(route.name)),
        properties: routeJson(route),
      });
    }
  }
  return resources;
}

/** The subnet's full property set: ARM replaces it on deploy, so an update restates everything known. */
export function subnetProperties(subnet: SubnetModel): JsonObject {
  const prefix =
    subnet.role === 'other' ? armLiteral(subnet.addressPrefix) : expr(param(subnetParamNames(subnet).prefix));
  const natGateway = subnet.natGatewayName
    ? { natGateway: { id: natId(subnet.natGatewayName) } }
    : subnet.action === 'update' && subnet.keepsExistingNatGateway
      ? { natGateway: { id: expr(param(existingNatParam(subnet))) } }
      : {};
  return {
    addressPrefix: prefix,
    defaultOutboundAccess: subnet.defaultOutboundAccess,
    delegations: subnet.delegations.map((service) => ({
      name: armLiteral(service.replace(/\//g, '.')),
      properties: { serviceName: armLiteral(service) },
    })),
    ...(subnet.action === 'update' ? { serviceEndpoints: expr(param(serviceEndpointsParam(subnet))) } : {}),
    ...(subnet.nsgName ? { networkSecurityGroup: { id: nsgId(subnet.nsgName) } } : {}),
    ...(subnet.routeTableName ? { routeTable: { id: routeTableId(subnet.routeTableName) } } : {}),
    ...natGateway,
    ...(subnet.disableNetworkPolicies
      ? { privateEndpointNetworkPolicies: 'Disabled', privateLinkServiceNetworkPolicies: 'Disabled' }
      : {}),
  };
}

function subnetName(subnet: SubnetModel): string {
  return subnet.role === 'other' ? armLiteral(subnet.name) : expr(param(subnetParamNames(subnet).name));
}

function vnetResources(network: NetworkModel, dependsOn: readonly string[]): ArmResource[] {
  if (network.vnet.mode === 'new') {
    const dns =
      network.vnet.dnsServers.length > 0
        ? { dhcpOptions: { dnsServers: literalJson(network.vnet.dnsServers) } }
        : {};
    return [
      {
        type: 'Microsoft.Network/virtualNetworks',
        apiVersion: NET,
        name: expr(param('vnetName')),
        location,
        dependsOn,
        properties: {
          addressSpace: { addressPrefixes: expr(param('vnetAddressPrefixes')) },
          ...dns,
          subnets: network.subnets.map((subnet) => ({
            name: subnetName(subnet),
            properties: subnetProperties(subnet),
          })),
        },
      },
    ];
  }
  // Subnets of one VNet are deployed one after another: ARM rejects parallel writes to a VNet.
  let previous: string | undefined;
  return network.subnets
    .filter((subnet) => subnet.action !== 'reference')
    .map((subnet) => {
      const name = param(subnetParamNames(subnet).name);
      const resource: ArmResource = {
        type: 'Microsoft.Network/virtualNetworks/subnets',
        apiVersion: NET,
        name: childName(param('vnetName'), name),
        dependsOn: previous ? [...dependsOn, previous] : dependsOn,
        properties: subnetProperties(subnet),
      };
      previous = idOf('Microsoft.Network/virtualNetworks/subnets', param('vnetName'), name);
      return resource;
    });
}

/** Ids of the top-level resources a subnet refers to (NSGs, NAT gateway, route table) that this deployment creates. */
function createdIds(network: NetworkModel): string[] {
  const ids = network.nsgs.filter((nsg) => nsg.mode === 'new').map((nsg) => nsgId(nsg.name));
  if (network.natGateway) ids.push(natId(network.natGateway.name));
  if (network.routeTable?.mode === 'new') ids.push(routeTableId(network.routeTable.name));
  return ids;
}

/** Every network resource to deploy, in dependency order, for the network's resource group. */
export function networkResources(network: NetworkModel): ArmResource[] {
  return [
    ...network.nsgs.flatMap(nsgResources),
    ...egressResources(network),
    ...vnetResources(network, createdIds(network)),
  ];
}
