/**
 * The private connectivity of the resource model (`privateConnectivityResources`) as azurerm blocks: the
 * endpoint subnet, the private endpoints with their DNS zone group, the private DNS zones the bundle
 * creates, their virtual network links and the peering to a hub. Names are those of the ARM template,
 * so both make the same change. Existing zones are referred to by id and never recreated.
 * Arguments as in azurerm 4.x (the version `main.tf` pins): a zone link names its zone by name and
 * resource group.
 * @see https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/private_endpoint
 * @see https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/private_dns_zone_virtual_network_link
 * @see https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_network_peering
 */
import {
  isRef,
  NETWORK_KEYS,
  PRIVATE_CONNECTIVITY_KEYS,
  resourcesOf,
  type AzureResource,
  type DeploymentModel,
  type IdRef,
  type NetworkModel,
  type Value,
  type ValueObject,
} from '../../resources/index.ts';
import { address, group, provider } from './common.ts';
import { hclIdentifier } from './escape.ts';
import { vnetAddress } from './network.ts';
import { block, ref, type HclBlock, type HclEntry, type HclValue } from './print.ts';

const T = {
  vnet: 'Microsoft.Network/virtualNetworks',
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  peering: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
  endpoint: 'Microsoft.Network/privateEndpoints',
  zoneGroup: 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
  zone: 'Microsoft.Network/privateDnsZones',
  link: 'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
} as const;

const CONNECTIVITY_TYPES: readonly string[] = [T.peering, T.endpoint, T.zoneGroup, T.zone, T.link];

/** The Terraform variables of the deployment parameters these resources use. */
const PARAM_VARIABLES: Readonly<Record<string, string>> = {
  location: 'var.location',
  vnetName: 'var.vnet_name',
};

/** Terraform name of the endpoint subnet (no plan subnet's label has this form). */
const ENDPOINT_SUBNET_LABEL = 'private_endpoints';

/** What references resolve against: the VNet, the endpoint subnet and the zones the bundle creates. */
interface Context {
  readonly network: NetworkModel;
  /** Name and Terraform address of the endpoint subnet. */
  readonly endpointSubnet?: { readonly name: string; readonly address: string };
  /** Zone name → Terraform address of the zone the bundle creates. */
  readonly zones: ReadonlyMap<string, string>;
}

const lastName = (resource: AzureResource): string => {
  const part = resource.name.at(-1);
  return typeof part === 'string' ? part : '';
};

const zoneLabel = (name: string) => hclIdentifier(name);

function idExpression(id: IdRef, ctx: Context): string {
  const last = id.names.at(-1);
  if (id.type === T.vnet) return `${vnetAddress(ctx.network)}.id`;
  if (id.type === T.subnet && ctx.endpointSubnet && last === ctx.endpointSubnet.name)
    return `${ctx.endpointSubnet.address}.id`;
  if (id.type === T.zone && typeof last === 'string') {
    const zone = ctx.zones.get(last);
    if (zone) return `${zone}.id`;
  }
  throw new Error(`Terraform has no address for ${id.type} ${JSON.stringify(id.names)}.`);
}

/** A model value in HCL: literals stay literals (the printer escapes them), references become expressions. */
function hcl(value: Value, ctx: Context): HclValue {
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return (value as readonly Value[]).map((item) => hcl(item, ctx));
  if (isRef(value)) {
    if (value.ref === 'id') return ref(idExpression(value, ctx));
    const variable = value.ref === 'param' ? PARAM_VARIABLES[value.name] : undefined;
    if (variable) return ref(variable);
    throw new Error(`Terraform has no variable for ${JSON.stringify(value)}.`);
  }
  const object = value as ValueObject;
  return Object.fromEntries(
    Object.entries(object).flatMap(([key, item]) => (item === undefined ? [] : [[key, hcl(item, ctx)]])),
  );
}

const objectOf = (value: Value | undefined): ValueObject =>
  typeof value === 'object' && !Array.isArray(value) && !isRef(value) ? (value as ValueObject) : {};

const listOf = (value: Value | undefined): readonly Value[] =>
  Array.isArray(value) ? (value as readonly Value[]) : [];

/**
 * The start of a block's body: the provider, name and resource group of where ARM deploys the resource
 * (the VNet's provider and group for the network scope, else the workspace's).
 */
const head = (resource: AzureResource, name: string): HclEntry[] =>
  resource.scope === 'network'
    ? [provider, ['name', name], group]
    : [
        ['name', name],
        ['resource_group_name', ref('var.workspace_resource_group')],
      ];

/**
 * The endpoint subnet. In a VNet the bundle creates, ARM writes it among the VNet's own subnets; azurerm
 * keeps subnets as resources of their own, so it is an `azurerm_subnet` with the same properties.
 */
function endpointSubnetBlock(subnet: AzureResource, vnet: AzureResource | undefined, ctx: Context): HclBlock {
  const name = lastName(subnet);
  const inline =
    subnet.action === 'reference' && vnet?.action === 'create'
      ? listOf(vnet.properties.subnets)
          .map(objectOf)
          .find((entry) => entry.name === name)
      : undefined;
  const created = subnet.action !== 'reference' || inline !== undefined;
  const start: HclEntry[] = [
    ...head(subnet, name),
    ['virtual_network_name', ref(`${vnetAddress(ctx.network)}.name`)],
  ];
  if (!created) return block('data', ['azurerm_subnet', ENDPOINT_SUBNET_LABEL], start);
  const props = inline ? objectOf(inline.properties) : subnet.properties;
  const prefix = props.addressPrefix;
  const outbound = props.defaultOutboundAccess;
  const endpointPolicies = props.privateEndpointNetworkPolicies;
  const linkPolicies = props.privateLinkServiceNetworkPolicies;
  return block(
    'resource',
    ['azurerm_subnet', ENDPOINT_SUBNET_LABEL],
    [
      ...start,
      ['address_prefixes', prefix === undefined ? undefined : [hcl(prefix, ctx)]],
      ['default_outbound_access_enabled', typeof outbound === 'boolean' ? outbound : undefined],
      [
        'private_endpoint_network_policies',
        typeof endpointPolicies === 'string' ? endpointPolicies : undefined,
      ],
      [
        'private_link_service_network_policies_enabled',
        typeof linkPolicies === 'string' ? linkPolicies === 'Enabled' : undefined,
      ],
    ],
  );
}

const zoneBlock = (zone: AzureResource): HclBlock =>
  block('resource', ['azurerm_private_dns_zone', zoneLabel(lastName(zone))], head(zone, lastName(zone)));

/** A zone's link to the compute VNet; the zone is named (azurerm 4.x), by reference when the bundle creates it. */
function linkBlock(link: AzureResource, ctx: Context): HclBlock {
  const [zone] = link.name;
  const zoneName = typeof zone === 'string' ? zone : '';
  const created = ctx.zones.get(zoneName);
  const vnet = objectOf(link.properties.virtualNetwork).id;
  const registration = link.properties.registrationEnabled;
  return block(
    'resource',
    ['azurerm_private_dns_zone_virtual_network_link', zoneLabel(zoneName)],
    [
      ...head(link, lastName(link)),
      ['private_dns_zone_name', created ? ref(`${created}.name`) : zoneName],
      ['virtual_network_id', vnet === undefined ? undefined : hcl(vnet, ctx)],
      ['registration_enabled', typeof registration === 'boolean' ? registration : undefined],
    ],
  );
}

function peeringBlock(peering: AzureResource, ctx: Context): HclBlock {
  const props = peering.properties;
  const remote = objectOf(props.remoteVirtualNetwork).id;
  const flag = (name: string) => (typeof props[name] === 'boolean' ? props[name] : undefined);
  return block(
    'resource',
    ['azurerm_virtual_network_peering', hclIdentifier(lastName(peering))],
    [
      ...head(peering, lastName(peering)),
      ['virtual_network_name', ref(`${vnetAddress(ctx.network)}.name`)],
      ['remote_virtual_network_id', remote === undefined ? undefined : hcl(remote, ctx)],
      ['allow_virtual_network_access', flag('allowVirtualNetworkAccess')],
      ['allow_forwarded_traffic', flag('allowForwardedTraffic')],
      ['allow_gateway_transit', flag('allowGatewayTransit')],
      ['use_remote_gateways', flag('useRemoteGateways')],
    ],
  );
}

/** A private endpoint with its connection and (from the model's zone group) its DNS zone group. */
function endpointBlock(
  endpoint: AzureResource,
  zoneGroup: AzureResource | undefined,
  ctx: Context,
): HclBlock {
  const props = endpoint.properties;
  const subnet = objectOf(props.subnet).id;
  const connections = listOf(props.privateLinkServiceConnections).map((item) => {
    const connection = objectOf(item);
    const inner = objectOf(connection.properties);
    return block(
      'private_service_connection',
      [],
      [
        ['name', typeof connection.name === 'string' ? connection.name : undefined],
        [
          'private_connection_resource_id',
          inner.privateLinkServiceId === undefined ? undefined : hcl(inner.privateLinkServiceId, ctx),
        ],
        ['subresource_names', inner.groupIds === undefined ? undefined : hcl(inner.groupIds, ctx)],
        ['is_manual_connection', false],
      ],
    );
  });
  const zoneIds = listOf(zoneGroup?.properties.privateDnsZoneConfigs).flatMap((item) => {
    const id = objectOf(objectOf(item).properties).privateDnsZoneId;
    return id === undefined ? [] : [hcl(id, ctx)];
  });
  const dns =
    zoneGroup && zoneIds.length > 0
      ? [
          block(
            'private_dns_zone_group',
            [],
            [
              ['name', lastName(zoneGroup)],
              ['private_dns_zone_ids', zoneIds],
            ],
          ),
        ]
      : [];
  return block(
    'resource',
    ['azurerm_private_endpoint', hclIdentifier(lastName(endpoint))],
    [
      ...head(endpoint, lastName(endpoint)),
      ['location', endpoint.location === undefined ? undefined : hcl(endpoint.location, ctx)],
      ['subnet_id', subnet === undefined ? undefined : hcl(subnet, ctx)],
      ...connections,
      ...dns,
    ],
  );
}

/**
 * The private-connectivity blocks of the model, in the model's order (subnet, zones and links, peering,
 * endpoints); empty when the compute uses no private endpoint the bundle creates or links.
 */
export function privateLinkBlocks(model: DeploymentModel, network: NetworkModel): HclBlock[] {
  if (!model.privateLink) return [];
  const resources = resourcesOf(model).resources;
  const connectivity = resources.filter(
    (r) => r.key === PRIVATE_CONNECTIVITY_KEYS.endpointSubnet || CONNECTIVITY_TYPES.includes(r.type),
  );
  const subnet = connectivity.find((r) => r.key === PRIVATE_CONNECTIVITY_KEYS.endpointSubnet);
  const vnet = resources.find((r) => r.key === NETWORK_KEYS.vnet);
  const subnetBlock = subnet ? endpointSubnetBlock(subnet, vnet, { network, zones: new Map() }) : undefined;
  const zones = new Map(
    connectivity
      .filter((r) => r.type === T.zone && r.action === 'create')
      .map((r) => [lastName(r), address('resource', 'azurerm_private_dns_zone', zoneLabel(lastName(r)))]),
  );
  const ctx: Context = {
    network,
    zones,
    ...(subnet && subnetBlock
      ? {
          endpointSubnet: {
            name: lastName(subnet),
            address: address(
              subnetBlock.type === 'data' ? 'data' : 'resource',
              'azurerm_subnet',
              ENDPOINT_SUBNET_LABEL,
            ),
          },
        }
      : {}),
  };
  return connectivity.flatMap((r): HclBlock[] => {
    if (r === subnet) return subnetBlock ? [subnetBlock] : [];
    if (r.action === 'reference') return [];
    switch (r.type) {
      case T.zone:
        return [zoneBlock(r)];
      case T.link:
        return [linkBlock(r, ctx)];
      case T.peering:
        return [peeringBlock(r, ctx)];
      case T.endpoint: {
        const name = lastName(r);
        const zoneGroup = connectivity.find((g) => g.type === T.zoneGroup && g.name[0] === name);
        return [endpointBlock(r, zoneGroup, ctx)];
      }
      default:
        return [];
    }
  });
}
