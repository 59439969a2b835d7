import type { NatGatewayModel } from '../../resources/model.ts';
import { group, provider } from './common.ts';
import { block, ref, type HclBlock } from './print.ts';

/**
 * A Standard NAT gateway with its idle timeout, and either a Standard static public IP or a public IP
 * prefix associated with it.
 * @see https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/nat_gateway
 */
export function natBlocks(nat: NatGatewayModel): HclBlock[] {
  const location = ['location', ref('var.location')] as const;
  const gateway = block(
    'resource',
    ['azurerm_nat_gateway', 'nat'],
    [
      provider,
      ['name', nat.name],
      group,
      location,
      ['sku_name', 'Standard'],
      ['idle_timeout_in_minutes', nat.idleTimeoutMinutes],
    ],
  );
  const prefix = nat.publicIpPrefix;
  if (prefix) {
    return [
      block(
        'resource',
        ['azurerm_public_ip_prefix', 'nat'],
        [
          provider,
          ['name', prefix.name],
          group,
          location,
          ['prefix_length', prefix.length],
          ['sku', 'Standard'],
          ['ip_version', 'IPv4'],
        ],
      ),
      gateway,
      block(
        'resource',
        ['azurerm_nat_gateway_public_ip_prefix_association', 'nat'],
        [
          provider,
          ['nat_gateway_id', ref('azurerm_nat_gateway.nat.id')],
          ['public_ip_prefix_id', ref('azurerm_public_ip_prefix.nat.id')],
        ],
      ),
    ];
  }
  return [
    block(
      'resource',
      ['azurerm_public_ip', 'nat'],
      [
        provider,
        ['name', nat.publicIpName],
        group,
        location,
        ['allocation_method', 'Static'],
        ['sku', 'Standard'],
        ['ip_version', 'IPv4'],
      ],
    ),
    gateway,
    block(
      'resource',
      ['azurerm_nat_gateway_public_ip_association', 'nat'],
      [
        provider,
        ['nat_gateway_id', ref('azurerm_nat_gateway.nat.id')],
        ['public_ip_address_id', ref('azurerm_public_ip.nat.id')],
      ],
    ),
  ];
}
