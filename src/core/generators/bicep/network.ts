import { API_VERSIONS } from '../apiVersions.ts';
import { commentBlock, headerLines } from '../header.ts';
import type {
  DeploymentModel,
  NatGatewayModel,
  NetworkModel,
  NsgModel,
  RouteModel,
  SubnetModel,
} from '../../resources/model.ts';
import { deploymentParams, subnetParamNames } from '../../resources/params.ts';
import { IdentifierScope, printParam, printResource, raw, type BicepValue } from './print.ts';

const NET = API_VERSIONS.network;
const type = (name: string) => `Microsoft.Network/${name}@${NET}`;

/** Symbolic names of the resources subnets refer to. */
interface Symbols {
  readonly nsg: ReadonlyMap<string, string>;
  readonly nat?: string;
  readonly routeTable?: string;
}

function ruleBody(rule: NsgModel['rules'][number]): { [key: string]: BicepValue | undefined } {
  const { provisioningState: _state, ...properties } = rule.properties;
  return properties as { [key: string]: BicepValue | undefined };
}

function nsgDeclarations(nsg: NsgModel, symbol: string, scope: IdentifierScope): string[] {
  if (nsg.mode === 'new') {
    const securityRules = nsg.rules.map((rule) => ({ name: rule.name, properties: ruleBody(rule) }));
    return [
      printResource(symbol, type('networkSecurityGroups'), {
        name: nsg.name,
        location: raw('location'),
        properties: { securityRules },
      }),
    ];
  }
  const parent = printResource(symbol, type('networkSecurityGroups'), { name: nsg.name }, true);
  const rules = nsg.rules.map((rule) =>
    printResource(scope.take(`${symbol} ${rule.name}`), type('networkSecurityGroups/securityRules'), {
      parent: raw(symbol),
      name: rule.name,
      properties: ruleBody(rule),
    }),
  );
  return [parent, ...rules];
}

function routeBody(route: RouteModel): { [key: string]: BicepValue | undefined } {
  const hop = route.nextHopType === 'VirtualAppliance' ? { nextHopIpAddress: raw('applianceIp') } : {};
  return { addressPrefix: route.addressPrefix, nextHopType: route.nextHopType, ...hop };
}

/** A Standard NAT gateway with its Standard static public IP address, or its public IP prefix. */
function natDeclarations(nat: NatGatewayModel, symbol: string, scope: IdentifierScope): string[] {
  const prefix = nat.publicIpPrefix;
  const ip = scope.take(prefix ? 'natPublicIpPrefix' : 'natPublicIp');
  const ipDeclaration = prefix
    ? printResource(ip, type('publicIPPrefixes'), {
        name: prefix.name,
        location: raw('location'),
        sku: { name: 'Standard', tier: 'Regional' },
        properties: { prefixLength: prefix.length, publicIPAddressVersion: 'IPv4' },
      })
    : printResource(ip, type('publicIPAddresses'), {
        name: nat.publicIpName,
        location: raw('location'),
        sku: { name: 'Standard', tier: 'Regional' },
        properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
      });
  const addresses = prefix
    ? { publicIpPrefixes: [{ id: raw(`${ip}.id`) }] }
    : { publicIpAddresses: [{ id: raw(`${ip}.id`) }] };
  return [
    ipDeclaration,
    printResource(symbol, type('natGateways'), {
      name: nat.name,
      location: raw('location'),
      sku: { name: 'Standard' },
      properties: { idleTimeoutInMinutes: nat.idleTimeoutMinutes, ...addresses },
    }),
  ];
}

function egressDeclarations(network: NetworkModel, symbols: Symbols, scope: IdentifierScope): string[] {
  const out: string[] = [];
  if (network.natGateway && symbols.nat) out.push(...natDeclarations(network.natGateway, symbols.nat, scope));
  const table = network.routeTable;
  if (table && symbols.routeTable) {
    if (table.mode === 'new') {
      const routes = table.routes.map((route) => ({ name: route.name, properties: routeBody(route) }));
      out.push(
        printResource(symbols.routeTable, type('routeTables'), {
          name: table.name,
          location: raw('location'),
          properties: { disableBgpRoutePropagation: false, routes },
        }),
      );
    } else {
      out.push(printResource(symbols.routeTable, type('routeTables'), { name: table.name }, true));
      for (const route of table.routes) {
        out.push(
          printResource(scope.take(`route ${route.name}`), type('routeTables/routes'), {
            parent: raw(symbols.routeTable),
            name: route.name,
            properties: routeBody(route),
          }),
        );
      }
    }
  }
  return out;
}

function subnetBody(subnet: SubnetModel, symbols: Symbols): { [key: string]: BicepValue | undefined } {
  const names = subnetParamNames(subnet);
  const nsg = subnet.nsgName ? symbols.nsg.get(subnet.nsgName.toLowerCase()) : undefined;
  const nat = subnet.natGatewayName && symbols.nat ? raw(`${symbols.nat}.id`) : undefined;
  const keptNat = undefined;
  const routeTable =
    subnet.routeTableName && symbols.routeTable ? raw(`${symbols.routeTable}.id`) : undefined;
  return {
    addressPrefix: subnet.role === 'other' ? subnet.addressPrefix : raw(names.prefix),
    defaultOutboundAccess: subnet.defaultOutboundAccess,
    delegations: subnet.delegations.map((service) => ({
      name: service.replace(/\//g, '.'),
      properties: { serviceName: service },
    })),
    networkSecurityGroup: nsg ? { id: raw(`${nsg}.id`) } : undefined,
    routeTable: routeTable ? { id: routeTable } : undefined,
    natGateway: nat ? { id: nat } : keptNat ? { id: keptNat } : undefined,
    privateEndpointNetworkPolicies: subnet.disableNetworkPolicies ? 'Disabled' : undefined,
    privateLinkServiceNetworkPolicies: subnet.disableNetworkPolicies ? 'Disabled' : undefined,
  };
}

function vnetDeclarations(network: NetworkModel, symbols: Symbols, scope: IdentifierScope): string[] {
  const vnet = scope.take('vnet');
  if (network.vnet.mode === 'new') {
    const subnets = network.subnets.map((subnet) => ({
      name: subnet.role === 'other' ? subnet.name : raw(subnetParamNames(subnet).name),
      properties: subnetBody(subnet, symbols),
    }));
    const dns = network.vnet.dnsServers.length > 0 ? { dnsServers: [...network.vnet.dnsServers] } : undefined;
    return [
      printResource(vnet, type('virtualNetworks'), {
        name: raw('vnetName'),
        location: raw('location'),
        properties: {
          addressSpace: { addressPrefixes: raw('vnetAddressPrefixes') },
          dhcpOptions: dns,
          subnets,
        },
      }),
    ];
  }
  const out = [printResource(vnet, type('virtualNetworks'), { name: raw('vnetName') }, true)];
  let previous: string | undefined;
  for (const subnet of network.subnets.filter((s) => s.action !== 'reference')) {
    const symbol = scope.take(`${subnetParamNames(subnet).name.replace(/Name$/, '')}`);
    // Subnets of one VNet are written one after another: ARM rejects parallel writes to a VNet.
    out.push(
      printResource(symbol, type('virtualNetworks/subnets'), {
        parent: raw(vnet),
        name: raw(subnetParamNames(subnet).name),
        properties: subnetBody(subnet, symbols),
        dependsOn: previous ? [raw(previous)] : undefined,
      }),
    );
    previous = symbol;
  }
  return out;
}

/** An existing route table an updated subnet keeps (no routes added to it), by name. */
function keptRouteTable(network: NetworkModel): string | undefined {
  if (network.routeTable) return undefined;
  return network.subnets.find((subnet) => subnet.action === 'update' && subnet.routeTableName)
    ?.routeTableName;
}

/**
 * `network.bicep`: the network resources, deployed by `main.bicep` as a module scoped to the VNet's
 * resource group (which may be another group or subscription than the workspace's).
 * @see https://learn.microsoft.com/azure/azure-resource-manager/bicep/deploy-to-resource-group#scope-to-different-resource-group
 */
export function networkBicep(model: DeploymentModel, network: NetworkModel): string {
  const specs = deploymentParams(model).filter((spec) => spec.network);
  const scope = new IdentifierScope(specs.map((spec) => spec.name));
  const nsg = new Map(network.nsgs.map((item) => [item.name.toLowerCase(), scope.take(item.name)] as const));
  const symbols: Symbols = {
    nsg,
    ...(network.natGateway ? { nat: scope.take('natGateway') } : {}),
    ...(network.routeTable || keptRouteTable(network) ? { routeTable: scope.take('routeTable') } : {}),
  };
  const kept = keptRouteTable(network);
  const keptDeclaration =
    kept && symbols.routeTable
      ? [printResource(symbols.routeTable, type('routeTables'), { name: kept }, true)]
      : [];
  const sections = [
    `${commentBlock(headerLines(model, 'Bicep module with the network resources'), '//')}\n`,
    ...specs.map((spec) => printParam(spec, false)),
    ...network.nsgs.flatMap((item) =>
      nsgDeclarations(item, nsg.get(item.name.toLowerCase()) ?? 'nsg', scope),
    ),
    ...egressDeclarations(network, symbols, scope),
    ...keptDeclaration,
    ...vnetDeclarations(network, symbols, scope),
  ];
  return sections.join('\n');
}
