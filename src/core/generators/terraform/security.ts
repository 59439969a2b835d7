import type { NetworkModel, NsgModel } from '../../resources/model.ts';
import { natBlocks } from './nat.ts';
import { hclIdentifier } from './escape.ts';
import { address, group, provider } from './common.ts';
import { block, ref, type HclBlock, type HclEntry } from './print.ts';

/** An NSG (new, or existing as a data source) and the planned rules as separate resources. */
export function nsgBlocks(nsg: NsgModel): HclBlock[] {
  const label = hclIdentifier(nsg.name);
  const mode = nsg.mode === 'new' ? 'resource' : 'data';
  const head = block(
    mode,
    ['azurerm_network_security_group', label],
    [
      provider,
      ['name', nsg.name],
      group,
      ...(nsg.mode === 'new' ? ([['location', ref('var.location')]] as HclEntry[]) : []),
    ],
  );
  const rules = nsg.rules.map((rule) => {
    const p = rule.properties;
    const pair = (
      single: string | undefined,
      plural: readonly string[] | undefined,
      one: string,
      many: string,
    ): HclEntry[] => (plural ? [[many, plural]] : single === undefined ? [] : [[one, single]]);
    return block(
      'resource',
      ['azurerm_network_security_rule', hclIdentifier(`${label} ${rule.name}`)],
      [
        provider,
        ['name', rule.name],
        group,
        [
          'network_security_group_name',
          ref(`${address(mode, 'azurerm_network_security_group', label)}.name`),
        ],
        ['priority', p.priority],
        ['direction', p.direction],
        ['access', p.access],
        ['protocol', p.protocol],
        ...pair(
          p.sourceAddressPrefix,
          p.sourceAddressPrefixes,
          'source_address_prefix',
          'source_address_prefixes',
        ),
        ...pair(p.sourcePortRange, p.sourcePortRanges, 'source_port_range', 'source_port_ranges'),
        ...pair(
          p.destinationAddressPrefix,
          p.destinationAddressPrefixes,
          'destination_address_prefix',
          'destination_address_prefixes',
        ),
        ...pair(
          p.destinationPortRange,
          p.destinationPortRanges,
          'destination_port_range',
          'destination_port_ranges',
        ),
        ['description', p.description],
      ],
    );
  });
  return [head, ...rules];
}

/** NAT gateway with its public IP address or prefix, and the route table with the planned routes. */
export function egressBlocks(network: NetworkModel): HclBlock[] {
  const out: HclBlock[] = [];
  if (network.natGateway) out.push(...natBlocks(network.natGateway));
  const table = network.routeTable;
  if (table) {
    const mode = table.mode === 'new' ? 'resource' : 'data';
    out.push(
      block(
        mode,
        ['azurerm_route_table', 'tunnel'],
        [
          provider,
          ['name', table.name],
          group,
          ...(table.mode === 'new'
            ? ([
                ['location', ref('var.location')],
                ['bgp_route_propagation_enabled', true],
              ] as HclEntry[])
            : []),
        ],
      ),
    );
    for (const route of table.routes) {
      out.push(
        block(
          'resource',
          ['azurerm_route', hclIdentifier(`route ${route.name}`)],
          [
            provider,
            ['name', route.name],
            group,
            ['route_table_name', ref(`${address(mode, 'azurerm_route_table', 'tunnel')}.name`)],
            ['address_prefix', route.addressPrefix],
            ['next_hop_type', route.nextHopType],
            [
              'next_hop_in_ip_address',
              route.nextHopIpAddress === undefined ? undefined : ref('var.appliance_ip'),
            ],
          ],
        ),
      );
    }
  }
  return out;
}
