/**
 * Test-only: the network change a deployment makes, as plain facts read back from a generated file:
 * the ARM template (its expressions evaluated, see armTemplate.ts), the Terraform configuration (as
 * @cdktf/hcl2json reads it, variables at their defaults) and deploy.sh (the `az` calls bash makes, see
 * azCalls.ts). Every resource is named by its full resource id; a value a format leaves out is read as
 * the default the service, provider or CLI applies ({@link DEFAULTS}), so the facts say what Azure ends
 * up with, not how a file spells it.
 */
import { parseDocument } from 'yaml';
import { armDeep, armId, armResources, armValue, isUnresolved } from './armTemplate.ts';
import { opt, type AzCall } from './azCalls.ts';

type Json = Record<string, unknown>;

/** An NSG security rule: the NSG's id and the rule's name in `id`; lists sorted (their order has no meaning). */
export interface RuleFact {
  id: string;
  priority: number;
  direction: string;
  access: string;
  protocol: string;
  sourceAddressPrefixes: string[];
  sourcePortRanges: string[];
  destinationAddressPrefixes: string[];
  destinationPortRanges: string[];
  sourceApplicationSecurityGroups: string[];
  destinationApplicationSecurityGroups: string[];
  description?: string;
}

/** A resource the deployment creates, with its region. */
export interface CreatedFact {
  id: string;
  location: string;
}

export interface RouteTableFact extends CreatedFact {
  bgpRoutePropagation: boolean;
}

export interface RouteFact {
  id: string;
  addressPrefix: string;
  nextHopType: string;
  nextHopIpAddress?: string;
}

export interface NatGatewayFact extends CreatedFact {
  sku: string;
  idleTimeoutMinutes: number;
  publicIpAddresses: string[];
  publicIpPrefixes: string[];
}

export interface PublicIpFact extends CreatedFact {
  sku: string;
  tier: string;
  allocation: string;
  version: string;
}

export interface PublicIpPrefixFact extends CreatedFact {
  sku: string;
  tier: string;
  length: number;
  version: string;
}

export interface DelegationFact {
  /** Absent where the format cannot name a delegation (see NOT_EXPRESSED in the tests). */
  name?: string;
  service: string;
}

/**
 * A subnet the deployment creates (every property, defaults applied) or updates (only what changes;
 * everything else is kept as it is).
 */
export interface SubnetFact {
  id: string;
  action: 'create' | 'update';
  addressPrefixes?: string[];
  networkSecurityGroup?: string;
  routeTable?: string;
  natGateway?: string;
  serviceEndpoints?: string[];
  delegations?: DelegationFact[];
  privateEndpointNetworkPolicies?: string;
  privateLinkServiceNetworkPolicies?: string;
  defaultOutboundAccess?: boolean;
}

export interface VnetFact extends CreatedFact {
  addressSpace: string[];
  dnsServers: string[];
}

/** The workspace settings a deployment changes (everything else kept), in ARM's property names. */
export interface WorkspaceFact {
  id: string;
  changes: Json;
}

export interface NetworkFacts {
  vnets: VnetFact[];
  subnets: SubnetFact[];
  nsgs: CreatedFact[];
  rules: RuleFact[];
  routeTables: RouteTableFact[];
  routes: RouteFact[];
  natGateways: NatGatewayFact[];
  publicIps: PublicIpFact[];
  publicIpPrefixes: PublicIpPrefixFact[];
  workspaces: WorkspaceFact[];
}

/**
 * What Azure applies when a value is left out, per writer: the Network resource provider (ARM
 * template), the azurerm provider (which always sends its own default), the Azure CLI.
 * @see https://learn.microsoft.com/azure/private-link/disable-private-endpoint-network-policy
 * @see https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/subnet
 * @see https://learn.microsoft.com/cli/azure/network/nsg/rule#az-network-nsg-rule-create
 */
export const DEFAULTS = {
  arm: {
    privateEndpointNetworkPolicies: 'Disabled',
    privateLinkServiceNetworkPolicies: 'Enabled',
    defaultOutboundAccess: true,
    disableBgpRoutePropagation: false,
    natSku: 'Standard',
    natIdleTimeoutMinutes: 4,
    publicIpSku: 'Basic',
    publicIpTier: 'Regional',
    publicIpAllocation: 'Dynamic',
    ipVersion: 'IPv4',
  },
  azurerm: {
    private_endpoint_network_policies: 'Disabled',
    private_link_service_network_policies_enabled: true,
    default_outbound_access_enabled: true,
    bgp_route_propagation_enabled: true,
    nat_sku_name: 'Standard',
    idle_timeout_in_minutes: 4,
    public_ip_sku: 'Standard',
    sku_tier: 'Regional',
    ip_version: 'IPv4',
    prefix_length: 28,
  },
  cli: {
    /** `az network nsg rule create` without these options. */
    rule: {
      '--direction': 'Inbound',
      '--access': 'Allow',
      '--protocol': '*',
      '--source-address-prefixes': '*',
      '--source-port-ranges': '*',
      '--destination-address-prefixes': '*',
      '--destination-port-ranges': '80',
    },
    disableBgpRoutePropagation: 'false',
    natSku: 'Standard',
    natIdleTimeout: '4',
    publicIpSku: 'Standard',
    publicIpTier: 'Regional',
    /** A Standard public IP is always static. */
    publicIpAllocation: 'Static',
    publicIpPrefixSku: 'Standard',
    ipVersion: 'IPv4',
  },
} as const;

const T = {
  vnet: 'Microsoft.Network/virtualNetworks',
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  nsg: 'Microsoft.Network/networkSecurityGroups',
  rule: 'Microsoft.Network/networkSecurityGroups/securityRules',
  table: 'Microsoft.Network/routeTables',
  route: 'Microsoft.Network/routeTables/routes',
  nat: 'Microsoft.Network/natGateways',
  pip: 'Microsoft.Network/publicIPAddresses',
  prefix: 'Microsoft.Network/publicIPPrefixes',
  workspace: 'Microsoft.MachineLearningServices/workspaces',
} as const;

const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
const str = (value: unknown): string | undefined =>
  value === undefined || value === null
    ? undefined
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
const sortedStrings = (values: readonly unknown[]): string[] => values.map((v) => String(v)).sort();
/** The members that are set. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
/** One value or a list of them, as one sorted list (ARM's `x`/`xs`, Terraform's `x`/`xs`). */
const oneOrMany = (single: unknown, many: unknown): string[] =>
  many !== undefined ? sortedStrings(list(many)) : single === undefined ? [] : [String(single)];

const emptyFacts = (): NetworkFacts => ({
  vnets: [],
  subnets: [],
  nsgs: [],
  rules: [],
  routeTables: [],
  routes: [],
  natGateways: [],
  publicIps: [],
  publicIpPrefixes: [],
  workspaces: [],
});

const byJson = <T>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Every list in a stable order, so facts compare regardless of the order a file writes them in. */
export function normaliseFacts(facts: NetworkFacts): NetworkFacts {
  return {
    vnets: byJson(facts.vnets),
    subnets: byJson(
      facts.subnets.map((s) => clean({ ...s, delegations: s.delegations && byJson(s.delegations) })),
    ),
    nsgs: byJson(facts.nsgs),
    rules: byJson(facts.rules),
    routeTables: byJson(facts.routeTables),
    routes: byJson(facts.routes),
    natGateways: byJson(facts.natGateways),
    publicIps: byJson(facts.publicIps),
    publicIpPrefixes: byJson(facts.publicIpPrefixes),
    workspaces: byJson(facts.workspaces),
  };
}

/** A rule's facts from ARM-shaped properties (ARM, and Terraform's and the CLI's values renamed to them). */
function ruleFact(id: string, p: Json): RuleFact {
  const asgs = (value: unknown) => sortedStrings(list(value).map((asg) => obj(asg).id));
  return clean({
    id,
    priority: Number(p.priority),
    direction: String(p.direction),
    access: String(p.access),
    protocol: String(p.protocol),
    sourceAddressPrefixes: oneOrMany(p.sourceAddressPrefix, p.sourceAddressPrefixes),
    sourcePortRanges: oneOrMany(p.sourcePortRange, p.sourcePortRanges),
    destinationAddressPrefixes: oneOrMany(p.destinationAddressPrefix, p.destinationAddressPrefixes),
    destinationPortRanges: oneOrMany(p.destinationPortRange, p.destinationPortRanges),
    sourceApplicationSecurityGroups: asgs(p.sourceApplicationSecurityGroups),
    destinationApplicationSecurityGroups: asgs(p.destinationApplicationSecurityGroups),
    description: str(p.description),
  });
}

// ---------------------------------------------------------------------------------------------------
// ARM

/** The subnet facts of ARM subnet properties: all of them for a create, only those given for an update. */
function armSubnet(id: string, p: Json, update: boolean): SubnetFact {
  const d = DEFAULTS.arm;
  const idOf = (value: unknown) => str(obj(value).id);
  const associations = {
    networkSecurityGroup: idOf(p.networkSecurityGroup),
    routeTable: idOf(p.routeTable),
    natGateway: idOf(p.natGateway),
  };
  const delegations = (value: unknown) =>
    list(value).map((entry) => ({
      name: String(obj(entry).name),
      service: String(obj(obj(entry).properties).serviceName),
    }));
  const endpoints = (value: unknown) => sortedStrings(list(value).map((e) => obj(e).service));
  if (update)
    return clean({
      id,
      action: 'update',
      ...associations,
      addressPrefixes:
        p.addressPrefix === undefined && p.addressPrefixes === undefined
          ? undefined
          : oneOrMany(p.addressPrefix, p.addressPrefixes),
      serviceEndpoints: p.serviceEndpoints === undefined ? undefined : endpoints(p.serviceEndpoints),
      delegations: p.delegations === undefined ? undefined : delegations(p.delegations),
      privateEndpointNetworkPolicies: str(p.privateEndpointNetworkPolicies),
      privateLinkServiceNetworkPolicies: str(p.privateLinkServiceNetworkPolicies),
      defaultOutboundAccess: p.defaultOutboundAccess as boolean | undefined,
    });
  return clean({
    id,
    action: 'create',
    addressPrefixes: oneOrMany(p.addressPrefix, p.addressPrefixes),
    ...associations,
    serviceEndpoints: endpoints(p.serviceEndpoints),
    delegations: delegations(p.delegations),
    privateEndpointNetworkPolicies: str(p.privateEndpointNetworkPolicies) ?? d.privateEndpointNetworkPolicies,
    privateLinkServiceNetworkPolicies:
      str(p.privateLinkServiceNetworkPolicies) ?? d.privateLinkServiceNetworkPolicies,
    defaultOutboundAccess: (p.defaultOutboundAccess as boolean | undefined) ?? d.defaultOutboundAccess,
  });
}

/** The network change of an ARM template (and its nested deployments), parameters at their defaults. */
export function armNetworkFacts(content: string, subscription: string, group: string): NetworkFacts {
  const facts = emptyFacts();
  const d = DEFAULTS.arm;
  for (const { r, s } of armResources(content, subscription, group)) {
    const names = String(armValue(r.name, s)).split('/');
    const id = armId(s.subscription, s.group, r.type, names);
    // An update's properties are `union(current, changes)`: the current state is unknown here, the changes are.
    const update = typeof r.properties === 'string';
    const p = obj(armDeep(r.properties, s));
    const location = String(armValue(r.location, s));
    const sku = obj(armDeep(r.sku, s));
    const child = (type: string, name: unknown) =>
      armId(s.subscription, s.group, type, [...names, String(name)]);
    switch (r.type) {
      case T.vnet:
        facts.vnets.push({
          id,
          location,
          addressSpace: sortedStrings(list(obj(p.addressSpace).addressPrefixes)),
          dnsServers: list(obj(p.dhcpOptions).dnsServers).map(String),
        });
        for (const subnet of list(p.subnets).map(obj))
          facts.subnets.push(armSubnet(child(T.subnet, subnet.name), obj(subnet.properties), false));
        break;
      case T.subnet:
        facts.subnets.push(armSubnet(id, p, update));
        break;
      case T.nsg:
        facts.nsgs.push({ id, location });
        for (const rule of list(p.securityRules).map(obj))
          facts.rules.push(ruleFact(child(T.rule, rule.name), obj(rule.properties)));
        break;
      case T.rule:
        facts.rules.push(ruleFact(id, p));
        break;
      case T.table:
        facts.routeTables.push({
          id,
          location,
          bgpRoutePropagation: !(
            (p.disableBgpRoutePropagation as boolean | undefined) ?? d.disableBgpRoutePropagation
          ),
        });
        for (const route of list(p.routes).map(obj))
          facts.routes.push(armRoute(child(T.route, route.name), obj(route.properties)));
        break;
      case T.route:
        facts.routes.push(armRoute(id, p));
        break;
      case T.nat:
        facts.natGateways.push({
          id,
          location,
          sku: String(sku.name ?? d.natSku),
          idleTimeoutMinutes: Number(p.idleTimeoutInMinutes ?? d.natIdleTimeoutMinutes),
          publicIpAddresses: sortedStrings(list(p.publicIpAddresses).map((a) => obj(a).id)),
          publicIpPrefixes: sortedStrings(list(p.publicIpPrefixes).map((a) => obj(a).id)),
        });
        break;
      case T.pip:
        facts.publicIps.push({
          id,
          location,
          sku: String(sku.name ?? d.publicIpSku),
          tier: String(sku.tier ?? d.publicIpTier),
          allocation: String(p.publicIPAllocationMethod ?? d.publicIpAllocation),
          version: String(p.publicIPAddressVersion ?? d.ipVersion),
        });
        break;
      case T.prefix:
        facts.publicIpPrefixes.push({
          id,
          location,
          sku: String(sku.name),
          tier: String(sku.tier ?? d.publicIpTier),
          length: Number(p.prefixLength),
          version: String(p.publicIPAddressVersion ?? d.ipVersion),
        });
        break;
      case T.workspace:
        if (update) facts.workspaces.push({ id, changes: p });
        break;
    }
  }
  return normaliseFacts(facts);
}

function armRoute(id: string, p: Json): RouteFact {
  return clean({
    id,
    addressPrefix: String(p.addressPrefix),
    nextHopType: String(p.nextHopType),
    nextHopIpAddress: str(p.nextHopIpAddress),
  });
}

// ---------------------------------------------------------------------------------------------------
// Terraform

/** Resource and data types the network comparison reads, and how their ARM id is built. */
const TF_TYPES: Readonly<Record<string, { type: string; parent?: string }>> = {
  azurerm_virtual_network: { type: T.vnet },
  azurerm_subnet: { type: T.subnet, parent: 'virtual_network_name' },
  azurerm_network_security_group: { type: T.nsg },
  azurerm_network_security_rule: { type: T.rule, parent: 'network_security_group_name' },
  azurerm_route_table: { type: T.table },
  azurerm_route: { type: T.route, parent: 'route_table_name' },
  azurerm_nat_gateway: { type: T.nat },
  azurerm_public_ip: { type: T.pip },
  azurerm_public_ip_prefix: { type: T.prefix },
  azurerm_machine_learning_workspace: { type: T.workspace },
};

interface TfBlock {
  mode: 'resource' | 'data';
  type: string;
  label: string;
  body: Json;
}

/** Reads a Terraform configuration as hcl2json gives it: values, references and ids resolved. */
class TerraformReader {
  private readonly resources: Record<string, Record<string, Json[]>>;
  private readonly data: Record<string, Record<string, Json[]>>;
  private readonly variables: Record<string, Json[]>;
  private readonly providers: Json[];

  constructor(tf: Json) {
    this.resources = (tf.resource ?? {}) as Record<string, Record<string, Json[]>>;
    this.data = (tf.data ?? {}) as Record<string, Record<string, Json[]>>;
    this.variables = (tf.variable ?? {}) as Record<string, Json[]>;
    this.providers = ((tf.provider ?? {}) as Record<string, Json[]>).azurerm ?? [];
  }

  /** Every resource block, of any type. */
  allResources(): TfBlock[] {
    return Object.keys(this.resources).flatMap((type) => this.blocks(type));
  }

  blocks(type: string, mode: 'resource' | 'data' = 'resource'): TfBlock[] {
    const all = mode === 'resource' ? this.resources : this.data;
    return Object.entries(all[type] ?? {}).flatMap(([label, bodies]) =>
      bodies.map((body) => ({ mode, type, label, body })),
    );
  }

  /**
   * A value with its references resolved: `${var.x}` to the variable's default, `${a.b.id}` to the
   * block's resource id, `${a.b.name}` to its name; a literal with `$${`/`%%{` unescaped.
   */
  value(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, this.value(v)]));
    if (typeof value !== 'string') return value;
    const whole = /^\$\{([^{}]*)\}$/.exec(value);
    if (whole) return this.expression(whole[1] ?? '');
    return value
      .replace(/(?<!\$)\$\{([^{}]*)\}/g, (_, inner: string) => String(this.expression(inner)))
      .replace(/\$\$\{/g, '${')
      .replace(/%%\{/g, '%{');
  }

  text(value: unknown): string | undefined {
    const resolved = this.value(value);
    return resolved === undefined ? undefined : String(resolved);
  }

  private expression(text: string): unknown {
    const variable = /^var\.(\w+)$/.exec(text);
    if (variable) return this.variables[variable[1] ?? '']?.[0]?.default;
    const reference = /^(data\.)?(\w+)\.(\w+)\.(id|name)$/.exec(text);
    if (!reference) return { expr: text };
    const [, isData, type = '', label = '', attribute] = reference;
    const body = (isData ? this.data : this.resources)[type]?.[label]?.[0];
    if (!body) return { expr: text };
    const block: TfBlock = { mode: isData ? 'data' : 'resource', type, label, body };
    return attribute === 'name' ? this.text(body.name) : this.idOf(block);
  }

  /** The ARM id of a block the comparison knows; `{ expr }` otherwise. */
  idOf(block: TfBlock): string {
    const kind = TF_TYPES[block.type];
    if (!kind) return `${block.type}.${block.label}`;
    const { subscription, group } = this.where(block.body);
    const names = [
      ...(kind.parent ? [this.text(block.body[kind.parent]) ?? ''] : []),
      this.text(block.body.name) ?? '',
    ];
    return armId(subscription, group, kind.type, names);
  }

  /** Subscription (from the block's provider) and resource group of a block. */
  where(body: Json): { subscription: string; group: string } {
    const alias = /^\$\{azurerm\.(\w+)\}$/.exec(String(body.provider))?.[1];
    const config = this.providers.find((p) => (alias ? p.alias === alias : p.alias === undefined)) ?? {};
    return {
      subscription: this.text(config.subscription_id) ?? '',
      group: this.text(body.resource_group_name) ?? '',
    };
  }

  location(body: Json): string {
    return this.text(body.location) ?? '';
  }
}

/** The network change of a Terraform configuration (hcl2json output), variables at their defaults. */
export function terraformNetworkFacts(tf: Json): NetworkFacts {
  const read = new TerraformReader(tf);
  const d = DEFAULTS.azurerm;
  const facts = emptyFacts();
  const get = (b: TfBlock, key: string) => read.value(b.body[key]);
  const id = (b: TfBlock) => read.idOf(b);
  for (const b of read.blocks('azurerm_virtual_network'))
    facts.vnets.push({
      id: id(b),
      location: read.location(b.body),
      addressSpace: sortedStrings(list(get(b, 'address_space'))),
      dnsServers: list(get(b, 'dns_servers')).map(String),
    });
  // Associations are resources of their own, by subnet id.
  const associations = new Map<string, Json>();
  const associate = (type: string, key: string, fact: keyof SubnetFact) => {
    for (const b of read.blocks(type)) {
      const subnet = String(get(b, 'subnet_id'));
      associations.set(subnet, { ...associations.get(subnet), [fact]: get(b, key) });
    }
  };
  associate(
    'azurerm_subnet_network_security_group_association',
    'network_security_group_id',
    'networkSecurityGroup',
  );
  associate('azurerm_subnet_route_table_association', 'route_table_id', 'routeTable');
  associate('azurerm_subnet_nat_gateway_association', 'nat_gateway_id', 'natGateway');
  for (const b of read.blocks('azurerm_subnet')) {
    const subnetId = id(b);
    const policy = (flag: unknown) => (flag === false ? 'Disabled' : 'Enabled');
    facts.subnets.push(
      clean({
        id: subnetId,
        action: 'create',
        addressPrefixes: sortedStrings(list(get(b, 'address_prefixes'))),
        ...associations.get(subnetId),
        serviceEndpoints: sortedStrings(list(get(b, 'service_endpoints'))),
        delegations: list(b.body.delegation).map((entry) => ({
          name: String(read.value(obj(entry).name)),
          service: String(read.value(obj(list(obj(entry).service_delegation)[0]).name)),
        })),
        privateEndpointNetworkPolicies: String(
          get(b, 'private_endpoint_network_policies') ?? d.private_endpoint_network_policies,
        ),
        privateLinkServiceNetworkPolicies: policy(
          get(b, 'private_link_service_network_policies_enabled') ??
            d.private_link_service_network_policies_enabled,
        ),
        defaultOutboundAccess: Boolean(
          get(b, 'default_outbound_access_enabled') ?? d.default_outbound_access_enabled,
        ),
      }),
    );
    associations.delete(subnetId);
  }
  // What is left is associated with an existing subnet: an update of only those properties.
  for (const [subnetId, changes] of associations)
    facts.subnets.push(clean({ id: subnetId, action: 'update', ...changes }) as SubnetFact);
  for (const b of read.blocks('azurerm_network_security_group')) {
    facts.nsgs.push({ id: id(b), location: read.location(b.body) });
    for (const rule of list(b.body.security_rule).map(obj))
      facts.rules.push(terraformRule(read, `${id(b)}/securityRules/${String(read.value(rule.name))}`, rule));
  }
  for (const b of read.blocks('azurerm_network_security_rule'))
    facts.rules.push(terraformRule(read, id(b), b.body));
  for (const b of read.blocks('azurerm_route_table'))
    facts.routeTables.push({
      id: id(b),
      location: read.location(b.body),
      bgpRoutePropagation: Boolean(
        get(b, 'bgp_route_propagation_enabled') ?? d.bgp_route_propagation_enabled,
      ),
    });
  for (const b of read.blocks('azurerm_route'))
    facts.routes.push(
      clean({
        id: id(b),
        addressPrefix: String(get(b, 'address_prefix')),
        nextHopType: String(get(b, 'next_hop_type')),
        nextHopIpAddress: read.text(b.body.next_hop_in_ip_address),
      }),
    );
  const linked = (type: string, key: string, gateway: string) =>
    sortedStrings(
      read
        .blocks(type)
        .filter((b) => get(b, 'nat_gateway_id') === gateway)
        .map((b) => get(b, key)),
    );
  for (const b of read.blocks('azurerm_nat_gateway'))
    facts.natGateways.push({
      id: id(b),
      location: read.location(b.body),
      sku: String(get(b, 'sku_name') ?? d.nat_sku_name),
      idleTimeoutMinutes: Number(get(b, 'idle_timeout_in_minutes') ?? d.idle_timeout_in_minutes),
      publicIpAddresses: linked('azurerm_nat_gateway_public_ip_association', 'public_ip_address_id', id(b)),
      publicIpPrefixes: linked(
        'azurerm_nat_gateway_public_ip_prefix_association',
        'public_ip_prefix_id',
        id(b),
      ),
    });
  for (const b of read.blocks('azurerm_public_ip'))
    facts.publicIps.push({
      id: id(b),
      location: read.location(b.body),
      sku: String(get(b, 'sku') ?? d.public_ip_sku),
      tier: String(get(b, 'sku_tier') ?? d.sku_tier),
      allocation: String(get(b, 'allocation_method')),
      version: String(get(b, 'ip_version') ?? d.ip_version),
    });
  for (const b of read.blocks('azurerm_public_ip_prefix'))
    facts.publicIpPrefixes.push({
      id: id(b),
      location: read.location(b.body),
      sku: String(get(b, 'sku') ?? d.public_ip_sku),
      tier: String(get(b, 'sku_tier') ?? d.sku_tier),
      length: Number(get(b, 'prefix_length') ?? d.prefix_length),
      version: String(get(b, 'ip_version') ?? d.ip_version),
    });
  for (const b of read.blocks('azapi_update_resource')) {
    if (!String(b.body.type).startsWith(`${T.workspace}@`)) continue;
    const workspace = String(get(b, 'resource_id'));
    const changes = obj(obj(get(b, 'body')).properties);
    const earlier = facts.workspaces.find((w) => w.id === workspace);
    if (earlier) earlier.changes = { ...earlier.changes, ...changes };
    else facts.workspaces.push({ id: workspace, changes });
  }
  return normaliseFacts(facts);
}

/** A Terraform rule (block or inline `security_rule`) in ARM's property names. */
function terraformRule(read: TerraformReader, id: string, body: Json): RuleFact {
  const v = (key: string) => read.value(body[key]);
  const asgs = (key: string) => list(v(key)).map((asg) => ({ id: asg }));
  return ruleFact(id, {
    priority: v('priority'),
    direction: v('direction'),
    access: v('access'),
    protocol: v('protocol'),
    sourceAddressPrefix: v('source_address_prefix'),
    sourceAddressPrefixes: v('source_address_prefixes'),
    sourcePortRange: v('source_port_range'),
    sourcePortRanges: v('source_port_ranges'),
    destinationAddressPrefix: v('destination_address_prefix'),
    destinationAddressPrefixes: v('destination_address_prefixes'),
    destinationPortRange: v('destination_port_range'),
    destinationPortRanges: v('destination_port_ranges'),
    sourceApplicationSecurityGroups: asgs('source_application_security_group_ids'),
    destinationApplicationSecurityGroups: asgs('destination_application_security_group_ids'),
    description: v('description'),
  });
}

// ---------------------------------------------------------------------------------------------------
// deploy.sh

const optional = (call: AzCall, name: string): string | undefined =>
  call.options.has(name) ? opt(call, name) : undefined;
const many = (call: AzCall, name: string): string[] | undefined => {
  const values = call.options.get(name);
  return values === undefined ? undefined : [...values];
};

/** The id of a resource the CLI names in the command's subscription and resource group. */
function cliId(call: AzCall, type: string, ...names: string[]): string {
  return armId(opt(call, '--subscription'), opt(call, '--resource-group'), type, names);
}

/** A resource given by name (in the command's resource group) or by id, as the CLI accepts both. */
const cliRef = (call: AzCall, option: string, type: string): string | undefined => {
  const value = optional(call, option);
  return value === undefined ? undefined : value.startsWith('/') ? value : cliId(call, type, value);
};

const CLI_ISOLATION: Readonly<Record<string, string>> = {
  allow_only_approved_outbound: 'AllowOnlyApprovedOutbound',
  allow_internet_outbound: 'AllowInternetOutbound',
  disabled: 'Disabled',
};

/** The network change the recorded `az` calls of deploy.sh make. */
export function scriptNetworkFacts(calls: readonly AzCall[]): NetworkFacts {
  const facts = emptyFacts();
  const d = DEFAULTS.cli;
  const workspaces = new Map<string, Json>();
  for (const call of calls) {
    const name = () => opt(call, '--name');
    const location = () => opt(call, '--location');
    switch (call.command) {
      case 'network vnet create':
        facts.vnets.push({
          id: cliId(call, T.vnet, name()),
          location: location(),
          addressSpace: sortedStrings(many(call, '--address-prefixes') ?? []),
          dnsServers: many(call, '--dns-servers') ?? [],
        });
        break;
      case 'network vnet subnet create':
      case 'network vnet subnet update': {
        const create = call.command.endsWith('create');
        const policy = (option: string, fallback: string) =>
          optional(call, option) ?? (create ? fallback : undefined);
        const outbound = optional(call, '--default-outbound-access');
        const delegations = many(call, '--delegations');
        const endpoints = many(call, '--service-endpoints');
        facts.subnets.push(
          clean({
            id: cliId(call, T.subnet, opt(call, '--vnet-name'), name()),
            action: create ? 'create' : 'update',
            addressPrefixes: many(call, '--address-prefixes')?.sort(),
            networkSecurityGroup: cliRef(call, '--network-security-group', T.nsg),
            routeTable: cliRef(call, '--route-table', T.table),
            natGateway: cliRef(call, '--nat-gateway', T.nat),
            serviceEndpoints: endpoints ? endpoints.sort() : create ? [] : undefined,
            delegations: delegations ? delegations.map((service) => ({ service })) : create ? [] : undefined,
            privateEndpointNetworkPolicies: policy(
              '--private-endpoint-network-policies',
              DEFAULTS.arm.privateEndpointNetworkPolicies,
            ),
            privateLinkServiceNetworkPolicies: policy(
              '--private-link-service-network-policies',
              DEFAULTS.arm.privateLinkServiceNetworkPolicies,
            ),
            defaultOutboundAccess:
              outbound === undefined
                ? create
                  ? DEFAULTS.arm.defaultOutboundAccess
                  : undefined
                : outbound === 'true',
          }),
        );
        break;
      }
      case 'network nsg create':
        facts.nsgs.push({ id: cliId(call, T.nsg, name()), location: location() });
        break;
      case 'network nsg rule create': {
        const value = (option: keyof typeof d.rule) => many(call, option) ?? [d.rule[option]];
        const asgs = (option: string) => (many(call, option) ?? []).map((asg) => ({ id: asg }));
        facts.rules.push(
          ruleFact(cliId(call, T.rule, opt(call, '--nsg-name'), name()), {
            priority: opt(call, '--priority'),
            direction: value('--direction')[0],
            access: value('--access')[0],
            protocol: value('--protocol')[0],
            sourceAddressPrefixes: value('--source-address-prefixes'),
            sourcePortRanges: value('--source-port-ranges'),
            destinationAddressPrefixes: value('--destination-address-prefixes'),
            destinationPortRanges: value('--destination-port-ranges'),
            sourceApplicationSecurityGroups: asgs('--source-asgs'),
            destinationApplicationSecurityGroups: asgs('--destination-asgs'),
            description: optional(call, '--description'),
          }),
        );
        break;
      }
      case 'network route-table create':
        facts.routeTables.push({
          id: cliId(call, T.table, name()),
          location: location(),
          bgpRoutePropagation:
            (optional(call, '--disable-bgp-route-propagation') ?? d.disableBgpRoutePropagation) !== 'true',
        });
        break;
      case 'network route-table route create':
        facts.routes.push(
          clean({
            id: cliId(call, T.route, opt(call, '--route-table-name'), name()),
            addressPrefix: opt(call, '--address-prefix'),
            nextHopType: opt(call, '--next-hop-type'),
            nextHopIpAddress: optional(call, '--next-hop-ip-address'),
          }),
        );
        break;
      case 'network nat gateway create': {
        const refs = (option: string, type: string) =>
          sortedStrings(
            (many(call, option) ?? []).map((v) => (v.startsWith('/') ? v : cliId(call, type, v))),
          );
        facts.natGateways.push({
          id: cliId(call, T.nat, name()),
          location: location(),
          sku: optional(call, '--sku') ?? d.natSku,
          idleTimeoutMinutes: Number(optional(call, '--idle-timeout') ?? d.natIdleTimeout),
          publicIpAddresses: refs('--public-ip-addresses', T.pip),
          publicIpPrefixes: refs('--public-ip-prefixes', T.prefix),
        });
        break;
      }
      case 'network public-ip create':
        facts.publicIps.push({
          id: cliId(call, T.pip, name()),
          location: location(),
          sku: optional(call, '--sku') ?? d.publicIpSku,
          tier: optional(call, '--tier') ?? d.publicIpTier,
          allocation: optional(call, '--allocation-method') ?? d.publicIpAllocation,
          version: optional(call, '--version') ?? d.ipVersion,
        });
        break;
      case 'network public-ip prefix create':
        facts.publicIpPrefixes.push({
          id: cliId(call, T.prefix, name()),
          location: location(),
          sku: d.publicIpPrefixSku,
          tier: optional(call, '--tier') ?? d.publicIpTier,
          length: Number(opt(call, '--length')),
          version: optional(call, '--version') ?? d.ipVersion,
        });
        break;
      case 'ml workspace update':
      case 'ml workspace provision-network': {
        const workspace = cliId(call, T.workspace, name());
        const changes = { ...workspaces.get(workspace) };
        if (call.command.endsWith('provision-network')) changes.provisionNetworkNow = true;
        const managed = optional(call, '--managed-network');
        if (managed !== undefined)
          changes.managedNetwork = { isolationMode: CLI_ISOLATION[managed] ?? managed };
        for (const file of call.files.values()) {
          const serverless = obj(obj(parseDocument(file).toJS()).serverless_compute);
          changes.serverlessComputeSettings = clean({
            serverlessComputeCustomSubnet: serverless.custom_subnet,
            serverlessComputeNoPublicIP: serverless.no_public_ip,
          });
        }
        workspaces.set(workspace, changes);
        break;
      }
    }
  }
  facts.workspaces = [...workspaces].map(([id, changes]) => ({ id, changes }));
  return normaliseFacts(facts);
}

/** Values of the facts that are expressions the reader could not evaluate (a reader or file bug). */
export function unresolvedIn(facts: NetworkFacts): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (isUnresolved(value)) found.push(`${path}: ${value.expr}`);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    else if (typeof value === 'string' && /\[object Object\]|\{"expr"/.test(value))
      found.push(`${path}: ${value}`);
  };
  walk(facts, 'facts');
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Order

/** Attributes that name where a block goes rather than another resource. */
const OWN_ATTRIBUTES = new Set(['name', 'resource_group_name', 'provider', 'location', 'depends_on']);

/**
 * Where a Terraform resource names a resource the configuration creates by its value (a literal or a
 * variable equal to its name or id) and neither refers to its block nor depends on it: Terraform may
 * then create the two in any order. None in a good configuration.
 */
export function terraformOrderProblems(tf: Json): string[] {
  const read = new TerraformReader(tf);
  const all = read.allResources();
  const created = all
    .filter((b) => TF_TYPES[b.type])
    .map((b) => ({ address: `${b.type}.${b.label}`, id: read.idOf(b), name: read.text(b.body.name) }));
  const problems: string[] = [];
  for (const b of all) {
    const depends = new Set(list(b.body.depends_on).map(String));
    const visit = (key: string, raw: unknown): void => {
      if (Array.isArray(raw)) return raw.forEach((item) => visit(key, item));
      if (typeof raw === 'object' && raw !== null) {
        for (const [inner, value] of Object.entries(raw)) visit(inner, value);
        return;
      }
      if (typeof raw !== 'string' || OWN_ATTRIBUTES.has(key)) return;
      const resolved = read.text(raw);
      for (const c of created) {
        const names = resolved === c.id || (key.endsWith('_name') && resolved === c.name);
        if (!names || c.address === `${b.type}.${b.label}`) continue;
        if (raw.includes(`${c.address}.`) || depends.has(`\${${c.address}}`)) continue;
        problems.push(`${b.type}.${b.label}: ${key} names ${c.address} without referring to it`);
      }
    };
    for (const [key, value] of Object.entries(b.body)) visit(key, value);
  }
  return problems;
}

const parentOf = (id: string, child: string): string => id.slice(0, id.lastIndexOf(`/${child}/`));

/** Ids of what a single call's facts create, and of what they refer to. */
function idsOf(facts: NetworkFacts): { created: string[]; used: string[] } {
  const created = [
    ...facts.vnets,
    ...facts.nsgs,
    ...facts.routeTables,
    ...facts.natGateways,
    ...facts.publicIps,
    ...facts.publicIpPrefixes,
    ...facts.subnets.filter((s) => s.action === 'create'),
  ].map((f) => f.id);
  const used = [
    ...facts.subnets.flatMap((s) => [
      parentOf(s.id, 'subnets'),
      ...[s.networkSecurityGroup, s.routeTable, s.natGateway].filter((id) => id !== undefined),
    ]),
    ...facts.rules.map((r) => parentOf(r.id, 'securityRules')),
    ...facts.routes.map((r) => parentOf(r.id, 'routes')),
    ...facts.natGateways.flatMap((n) => [...n.publicIpAddresses, ...n.publicIpPrefixes]),
    ...facts.workspaces.map((w) =>
      String(obj(w.changes.serverlessComputeSettings).serverlessComputeCustomSubnet),
    ),
  ];
  return { created, used };
}

/**
 * `az` calls of deploy.sh that use a network resource the script creates only later (a subnet before
 * its NSG, a rule before its NSG, the compute before its subnet…): none in a good script.
 */
export function scriptOrderProblems(calls: readonly AzCall[]): string[] {
  const createdAt = new Map<string, number>();
  const perCall = calls.map((call) => {
    const ids = idsOf(scriptNetworkFacts([call]));
    const subnet = call.command === 'ml compute create' ? optional(call, '--subnet') : undefined;
    return { created: ids.created, used: subnet === undefined ? ids.used : [...ids.used, subnet] };
  });
  perCall.forEach(({ created }, i) => {
    for (const id of created) if (!createdAt.has(id.toLowerCase())) createdAt.set(id.toLowerCase(), i);
  });
  return perCall.flatMap(({ used }, i) =>
    used.flatMap((id) => {
      const at = createdAt.get(id.toLowerCase());
      return at !== undefined && at > i ? [`${calls[i]?.command} (${i}) uses ${id}, created at ${at}`] : [];
    }),
  );
}
