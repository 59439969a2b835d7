import type { NatGatewayModel } from '../../resources/model.ts';
import type { Arg, Command, VarRef } from './print.ts';

/** The NAT gateway's public address: a Standard static public IP, or a public IP prefix. */
function publicIpCommand(nat: NatGatewayModel, where: Arg[], location: VarRef): Command {
  const prefix = nat.publicIpPrefix;
  if (prefix) {
    return {
      comment: `Public IP prefix (/${prefix.length}) for the NAT gateway`,
      args: [
        'az',
        'network',
        'public-ip',
        'prefix',
        'create',
        ...where,
        '--name',
        prefix.name,
        '--location',
        location,
        '--length',
        String(prefix.length),
        '--version',
        'IPv4',
      ],
    };
  }
  return {
    comment: 'Standard static public IP for the NAT gateway',
    args: [
      'az',
      'network',
      'public-ip',
      'create',
      ...where,
      '--name',
      nat.publicIpName,
      '--location',
      location,
      '--sku',
      'Standard',
      '--allocation-method',
      'Static',
      '--version',
      'IPv4',
    ],
  };
}

/**
 * A Standard NAT gateway with its public IP address or prefix and idle timeout; the subnet commands
 * associate it.
 * @see https://learn.microsoft.com/cli/azure/network/nat/gateway#az-network-nat-gateway-create
 */
export function natCommands(nat: NatGatewayModel, where: Arg[], location: VarRef): Command[] {
  const addresses = nat.publicIpPrefix
    ? ['--public-ip-prefixes', nat.publicIpPrefix.name]
    : ['--public-ip-addresses', nat.publicIpName];
  return [
    publicIpCommand(nat, where, location),
    {
      comment: 'NAT gateway: outbound internet access for the subnet',
      args: [
        'az',
        'network',
        'nat',
        'gateway',
        'create',
        ...where,
        '--name',
        nat.name,
        '--location',
        location,
        ...addresses,
        '--idle-timeout',
        String(nat.idleTimeoutMinutes),
      ],
    },
  ];
}
