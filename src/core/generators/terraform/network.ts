import type { NetworkModel, SubnetModel } from '../../resources/model.ts';
import { hclIdentifier } from './escape.ts';
import { block, ref, type HclBlock, type HclEntry, type HclValue } from './print.ts';
import { address, group, provider } from './common.ts';
import { egressBlocks, nsgBlocks } from './security.ts';

/** HCL variable holding a plan subnet's name and prefix. */
export function subnetVariables(subnet: SubnetModel): { name: string; prefix: string } {
  const base =
    subnet.role === 'compute'
      ? 'subnet'
      : subnet.role === 'databricksPublic'
        ? 'public_subnet'
        : 'private_subnet';
  return { name: `${base}_name`, prefix: `${base}_prefix` };
}

/** Terraform name of a subnet resource or data source. */
export const subnetLabel = (subnet: SubnetModel): string =>
  hclIdentifier(subnet.role === 'other' ? `other ${subnet.name}` : subnet.role);

/** Address of the subnet (resource when created, data source otherwise). */
export const subnetAddress = (subnet: SubnetModel): string =>
  address(subnet.action === 'create' ? 'resource' : 'data', 'azurerm_subnet', subnetLabel(subnet));

/** Address of the VNet (resource when created, data source otherwise). */
export const vnetAddress = (network: NetworkModel): string =>
  address(network.vnet.mode === 'new' ? 'resource' : 'data', 'azurerm_virtual_network', 'vnet');

/** Address of the VNet's id, for Databricks. */
export const vnetIdExpression = (network: NetworkModel): string => `${vnetAddress(network)}.id`;

function subnetBlock(network: NetworkModel, subnet: SubnetModel): HclBlock {
  const vars = subnetVariables(subnet);
  const name: HclValue = subnet.role === 'other' ? subnet.name : ref(`var.${vars.name}`);
  const vnetName: HclEntry = ['virtual_network_name', ref(`${vnetAddress(network)}.name`)];
  if (subnet.action !== 'create')
    return block(
      'data',
      ['azurerm_subnet', subnetLabel(subnet)],
      [provider, ['name', name], vnetName, group],
    );
  const delegations = subnet.delegations.map((service) =>
    block(
      'delegation',
      [],
      [['name', service.replace(/\//g, '.')], block('service_delegation', [], [['name', service]])],
    ),
  );
  return block(
    'resource',
    ['azurerm_subnet', subnetLabel(subnet)],
    [
      provider,
      ['name', name],
      group,
      vnetName,
      ['address_prefixes', [subnet.role === 'other' ? subnet.addressPrefix : ref(`var.${vars.prefix}`)]],
      ['default_outbound_access_enabled', subnet.defaultOutboundAccess],
      ...(subnet.disableNetworkPolicies
        ? ([
            ['private_endpoint_network_policies', 'Disabled'],
            ['private_link_service_network_policies_enabled', false],
          ] as HclEntry[])
        : []),
      ...delegations,
    ],
  );
}

/**
 * Associations are their own resources in azurerm, so an existing subnet gains an NSG, NAT gateway
 * or route table without Terraform rewriting (or owning) the rest of the subnet.
 */
function associationBlocks(network: NetworkModel, subnet: SubnetModel): HclBlock[] {
  if (subnet.action === 'reference') return [];
  const id: HclEntry = ['subnet_id', ref(`${subnetAddress(subnet)}.id`)];
  const label = subnetLabel(subnet);
  const out: HclBlock[] = [];
  const nsg = network.nsgs.find((item) => item.name === subnet.nsgName);
  if (nsg && (subnet.action === 'create' || nsg.mode === 'new')) {
    const nsgAddress = address(
      nsg.mode === 'new' ? 'resource' : 'data',
      'azurerm_network_security_group',
      hclIdentifier(nsg.name),
    );
    out.push(
      block(
        'resource',
        ['azurerm_subnet_network_security_group_association', label],
        [provider, id, ['network_security_group_id', ref(`${nsgAddress}.id`)]],
      ),
    );
  }
  if (subnet.natGatewayName) {
    out.push(
      block(
        'resource',
        ['azurerm_subnet_nat_gateway_association', label],
        [provider, id, ['nat_gateway_id', ref('azurerm_nat_gateway.nat.id')]],
      ),
    );
  }
  if (
    network.routeTable &&
    subnet.routeTableName === network.routeTable.name &&
    (subnet.action === 'create' || network.routeTable.mode === 'new')
  ) {
    const tableAddress = address(
      network.routeTable.mode === 'new' ? 'resource' : 'data',
      'azurerm_route_table',
      'tunnel',
    );
    out.push(
      block(
        'resource',
        ['azurerm_subnet_route_table_association', label],
        [provider, id, ['route_table_id', ref(`${tableAddress}.id`)]],
      ),
    );
  }
  return out;
}

/** The network blocks, in dependency order, all through the `azurerm.network` provider (the VNet's subscription). */
export function networkBlocks(network: NetworkModel): HclBlock[] {
  const vnet =
    network.vnet.mode === 'new'
      ? block(
          'resource',
          ['azurerm_virtual_network', 'vnet'],
          [
            provider,
            ['name', ref('var.vnet_name')],
            group,
            ['location', ref('var.location')],
            ['address_space', ref('var.vnet_address_space')],
            ['dns_servers', network.vnet.dnsServers.length > 0 ? [...network.vnet.dnsServers] : undefined],
          ],
        )
      : block('data', ['azurerm_virtual_network', 'vnet'], [provider, ['name', ref('var.vnet_name')], group]);
  return [
    vnet,
    ...network.nsgs.flatMap(nsgBlocks),
    ...egressBlocks(network),
    ...network.subnets.map((subnet) => subnetBlock(network, subnet)),
    ...network.subnets.flatMap((subnet) => associationBlocks(network, subnet)),
  ];
}
