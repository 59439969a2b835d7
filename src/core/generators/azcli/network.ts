import type { NetworkModel, NsgModel, SubnetModel } from '../../resources/model.ts';
import { subnetParamNames } from '../../resources/params.ts';
import { natCommands } from './nat.ts';
import type { Arg, Command, VarRef, Variables } from './print.ts';

/** Variables every network command uses. */
export interface NetworkVars {
  readonly subscription: VarRef;
  readonly group: VarRef;
  readonly location: VarRef;
  readonly vnet: VarRef;
}

const SECURITY_RULE_FLAGS = [
  ['sourceAddressPrefix', 'sourceAddressPrefixes', '--source-address-prefixes'],
  ['sourcePortRange', 'sourcePortRanges', '--source-port-ranges'],
  ['destinationAddressPrefix', 'destinationAddressPrefixes', '--destination-address-prefixes'],
  ['destinationPortRange', 'destinationPortRanges', '--destination-port-ranges'],
] as const;

function ruleCommand(nsg: NsgModel, rule: NsgModel['rules'][number], where: Arg[]): Command {
  const p = rule.properties;
  const args: Arg[] = [
    'az',
    'network',
    'nsg',
    'rule',
    'create',
    ...where,
    '--nsg-name',
    nsg.name,
    '--name',
    rule.name,
  ];
  args.push(
    '--priority',
    String(p.priority),
    '--direction',
    p.direction,
    '--access',
    p.access,
    '--protocol',
    p.protocol,
  );
  for (const [single, plural, flag] of SECURITY_RULE_FLAGS) {
    const values = p[plural] ?? (p[single] === undefined ? [] : [p[single]]);
    if (values.length > 0) args.push(flag, ...values);
  }
  if (p.description !== undefined) args.push('--description', p.description);
  return { comment: `NSG rule ${rule.name}`, args };
}

function subnetCommand(
  subnet: SubnetModel,
  network: NetworkModel,
  v: Variables,
  where: Arg[],
): Command | undefined {
  if (subnet.action === 'reference') return undefined;
  const names = subnetParamNames(subnet);
  const other = subnet.role === 'other';
  const name: Arg = other ? subnet.name : v.set(names.name, subnet.name);
  const verb = subnet.action === 'create' ? 'create' : 'update';
  const args: Arg[] = [
    'az',
    'network',
    'vnet',
    'subnet',
    verb,
    ...where,
    '--vnet-name',
    { ref: 'VNET_NAME' },
    '--name',
    name,
  ];
  if (subnet.action === 'create') {
    args.push('--address-prefixes', other ? subnet.addressPrefix : v.set(names.prefix, subnet.addressPrefix));
    args.push('--default-outbound-access', String(subnet.defaultOutboundAccess));
    if (subnet.delegations.length > 0) args.push('--delegations', ...subnet.delegations);
    if (subnet.disableNetworkPolicies) {
      args.push(
        '--private-endpoint-network-policies',
        'Disabled',
        '--private-link-service-network-policies',
        'Disabled',
      );
    }
  }
  // `az network vnet subnet update` reads the subnet first and changes only what is given here.
  const newNsg = network.nsgs.find((nsg) => nsg.name === subnet.nsgName && nsg.mode === 'new');
  if (subnet.nsgName && (subnet.action === 'create' || newNsg))
    args.push('--network-security-group', subnet.nsgName);
  if (subnet.natGatewayName) args.push('--nat-gateway', subnet.natGatewayName);
  if (subnet.routeTableName && (subnet.action === 'create' || network.routeTable?.mode === 'new')) {
    args.push('--route-table', subnet.routeTableName);
  }
  const what = subnet.action === 'create' ? 'Create' : 'Associate the new resources with';
  return { comment: `${what} subnet ${subnet.name}`, args };
}

function egressCommands(network: NetworkModel, where: Arg[], location: VarRef): Command[] {
  const out: Command[] = [];
  if (network.natGateway) out.push(...natCommands(network.natGateway, where, location));
  const table = network.routeTable;
  if (table?.mode === 'new') {
    out.push({
      comment: 'Route table for forced tunnelling',
      args: [
        'az',
        'network',
        'route-table',
        'create',
        ...where,
        '--name',
        table.name,
        '--location',
        location,
      ],
    });
  }
  for (const route of table?.routes ?? []) {
    const hop: Arg[] = route.nextHopIpAddress ? ['--next-hop-ip-address', { ref: 'APPLIANCE_IP' }] : [];
    out.push({
      comment: `Route ${route.addressPrefix} to ${route.nextHopType}`,
      args: [
        'az',
        'network',
        'route-table',
        'route',
        'create',
        ...where,
        '--route-table-name',
        table?.name ?? '',
        '--name',
        route.name,
        '--address-prefix',
        route.addressPrefix,
        '--next-hop-type',
        route.nextHopType,
        ...hop,
      ],
    });
  }
  return out;
}

/**
 * The `az network …` commands of the plan, in dependency order: VNet, NSGs and rules, NAT gateway,
 * route table, then the subnets that use them.
 * @see https://learn.microsoft.com/cli/azure/network/vnet/subnet
 */
export function networkCommands(network: NetworkModel, v: Variables, vars: NetworkVars): Command[] {
  const where: Arg[] = ['--subscription', vars.subscription, '--resource-group', vars.group];
  const out: Command[] = [];
  if (network.vnet.mode === 'new') {
    const dns: Arg[] =
      network.vnet.dnsServers.length > 0 ? ['--dns-servers', ...network.vnet.dnsServers] : [];
    out.push({
      comment: 'Virtual network',
      args: [
        'az',
        'network',
        'vnet',
        'create',
        ...where,
        '--name',
        vars.vnet,
        '--location',
        vars.location,
        '--address-prefixes',
        ...network.vnet.addressSpace,
        ...dns,
      ],
    });
  }
  for (const nsg of network.nsgs) {
    if (nsg.mode === 'new') {
      out.push({
        comment: `Network security group ${nsg.name}`,
        args: ['az', 'network', 'nsg', 'create', ...where, '--name', nsg.name, '--location', vars.location],
      });
    }
    out.push(...nsg.rules.map((rule) => ruleCommand(nsg, rule, where)));
  }
  out.push(...egressCommands(network, where, vars.location));
  for (const subnet of network.subnets) {
    const command = subnetCommand(subnet, network, v, where);
    if (command) out.push(command);
  }
  return out;
}
