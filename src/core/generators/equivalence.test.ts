/**
 * Cross-format equivalence: the Terraform configuration (read back with @cdktf/hcl2json) makes the same
 * change as the ARM template (read back as JSON, its expressions evaluated by
 * test/helpers/generators/armTemplate.ts): the same NSG rules, routes, NAT gateways, public IPs, workspace
 * update and compute, by name, and the same private connectivity (endpoint subnet, private endpoints and
 * their zone groups, zones, links, peering), by name, target, subscription and resource group. The
 * network's values (rules, routes, NAT gateway, public IP, subnets, VNet, workspace update) are compared
 * in networkEquivalence.test.ts, the compute's in computeEquivalence.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRIVATE_DNS_ZONES } from '../catalog/dns.ts';
import type { Plan } from '../model/index.ts';
import { generateBundle } from './index.ts';
import { armResources, armValue, type ArmScope } from '../../../test/helpers/generators/armTemplate.ts';
import { parseTerraform } from '../../../test/helpers/generators/parsers.ts';
import { planOf, SCENARIO_NAMES, scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';

type Json = Record<string, unknown>;
interface Facts {
  rules: string[];
  routes: string[];
  natGateways: string[];
  publicIps: string[];
  workspaceUpdated: boolean;
  compute: string[];
  /** Endpoint subnets the deployment creates: name, prefix and network policies. */
  endpointSubnets: string[];
  /** Private endpoints: where, target, group ids, subnet, and the zone ids of their DNS zone group. */
  privateEndpoints: string[];
  /** Private DNS zones the deployment creates, with where. */
  zones: string[];
  /** Virtual network links: zone/link, where, VNet and registration. */
  zoneLinks: string[];
  /** VNet peerings: VNet/peering, where, remote VNet and flags. */
  peerings: string[];
}
/** Where a deployment's resources go: `subscription/resource group`, as the plan's values. */
interface Scope {
  subscription: string;
  group: string;
}

const NET = 'Microsoft.Network/';
const ID_KINDS: Readonly<Record<string, string>> = {
  'Microsoft.Network/privateDnsZones': 'zone',
  'Microsoft.Network/virtualNetworks/subnets': 'subnet',
  'Microsoft.Network/virtualNetworks': 'vnet',
};

const emptyFacts = (): Facts => ({
  rules: [],
  routes: [],
  natGateways: [],
  publicIps: [],
  workspaceUpdated: false,
  compute: [],
  endpointSubnets: [],
  privateEndpoints: [],
  zones: [],
  zoneLinks: [],
  peerings: [],
});

/** `true`/`false` of a network policy: ARM's `Enabled`/`Disabled`, Terraform's `*_enabled` flag. */
const policy = (value: unknown): string =>
  typeof value === 'boolean' ? (value ? 'Enabled' : 'Disabled') : String(value);
/** A name as ARM evaluates it, in its `/`-separated segments (`vnet/subnet`). */
const armName = (name: string, scope: ArmScope): string[] => String(armValue(name, scope)).split('/');

/**
 * A resource id as the comparison reads it: `zone:name`, `subnet:vnet/name`, `vnet:name` for a
 * `resourceId(…)` expression of the deployment; a literal id as it is.
 */
function armIdOf(value: unknown, scope: ArmScope): string {
  const text = String(value);
  if (!text.startsWith('[')) return text;
  const id = String(armValue(text, scope));
  const [namespace = '', ...rest] = id.split('/providers/')[1]?.split('/') ?? [];
  const types = rest.filter((_, i) => i % 2 === 0);
  const names = rest.filter((_, i) => i % 2 === 1);
  const type = [namespace, ...types].join('/');
  return `${ID_KINDS[type] ?? type}:${names.join('/')}`;
}

function armFacts(content: string, workspace: Scope): Facts {
  const facts = emptyFacts();
  const subnets = new Map<string, string>();
  const endpoints = new Map<string, string>();
  const zoneGroups = new Map<string, string>();
  for (const { r, s: scope } of armResources(content, workspace.subscription, workspace.group)) {
    const where = `${scope.subscription}/${scope.group}`;
    const names = armName(r.name, scope);
    const last = names.at(-1) ?? '';
    const props: Json = r.properties ?? {};
    const subnet = (name: string, body: Json) =>
      subnets.set(
        `subnet:${names[0] ?? ''}/${name}`,
        `${name}|${where}|${String(armValue(body.addressPrefix, scope))}|endpoints=${policy(body.privateEndpointNetworkPolicies)}|linkService=${policy(body.privateLinkServiceNetworkPolicies)}|outbound=${String(body.defaultOutboundAccess)}`,
      );
    if (r.type === `${NET}virtualNetworks`)
      for (const entry of (props.subnets as Json[] | undefined) ?? [])
        subnet(armName(String(entry.name), scope)[0] ?? '', entry.properties as Json);
    if (r.type === `${NET}virtualNetworks/subnets`) subnet(last, props);
    if (r.type === `${NET}privateDnsZones`) facts.zones.push(`${last}|${where}`);
    if (r.type === `${NET}privateDnsZones/virtualNetworkLinks`)
      facts.zoneLinks.push(
        `${names.join('/')}|${where}|${armIdOf((props.virtualNetwork as Json).id, scope)}|registration=${String(props.registrationEnabled)}`,
      );
    if (r.type === `${NET}virtualNetworks/virtualNetworkPeerings`)
      facts.peerings.push(
        `${names.join('/')}|${where}|${armIdOf((props.remoteVirtualNetwork as Json).id, scope)}|access=${String(props.allowVirtualNetworkAccess)}|forwarded=${String(props.allowForwardedTraffic)}|gatewayTransit=${String(props.allowGatewayTransit)}|remoteGateways=${String(props.useRemoteGateways)}`,
      );
    if (r.type === `${NET}privateEndpoints`) {
      const connections = [
        ...((props.privateLinkServiceConnections as Json[] | undefined) ?? []).map((c) => ({
          c,
          manual: false,
        })),
        ...((props.manualPrivateLinkServiceConnections as Json[] | undefined) ?? []).map((c) => ({
          c,
          manual: true,
        })),
      ].map(({ c, manual }) => {
        const inner = c.properties as Json;
        return `${String(armValue(c.name, scope))}>${armIdOf(inner.privateLinkServiceId, scope)}[${String(inner.groupIds)}]manual=${String(manual)}`;
      });
      endpoints.set(
        last,
        `${last}|${where}|${armIdOf((props.subnet as Json).id, scope)}|${connections.join(',')}`,
      );
    }
    if (r.type === `${NET}privateEndpoints/privateDnsZoneGroups`)
      zoneGroups.set(
        names[0] ?? '',
        `${last}:${((props.privateDnsZoneConfigs as Json[] | undefined) ?? [])
          .map((config) => armIdOf((config.properties as Json).privateDnsZoneId, scope))
          .sort()
          .join(',')}`,
      );
    if (r.type === 'Microsoft.Network/networkSecurityGroups')
      facts.rules.push(...((props.securityRules as { name: string }[] | undefined) ?? []).map((x) => x.name));
    if (r.type.endsWith('/securityRules')) facts.rules.push(last);
    if (r.type === 'Microsoft.Network/routeTables')
      facts.routes.push(...((props.routes as { name: string }[] | undefined) ?? []).map((x) => x.name));
    if (r.type.endsWith('/routes')) facts.routes.push(last);
    if (r.type === 'Microsoft.Network/natGateways') facts.natGateways.push(last);
    if (r.type.startsWith('Microsoft.Network/publicIP')) facts.publicIps.push(last);
    if (r.type === 'Microsoft.MachineLearningServices/workspaces') facts.workspaceUpdated = true;
    if (r.type.endsWith('/computes')) facts.compute.push(last);
  }
  for (const [name, endpoint] of endpoints) {
    facts.privateEndpoints.push(`${endpoint}|dns=${zoneGroups.get(name) ?? 'none'}`);
    const subnetId = endpoint.split('|')[2] ?? '';
    const subnet = subnets.get(subnetId);
    if (subnet && !facts.endpointSubnets.includes(subnet)) facts.endpointSubnets.push(subnet);
  }
  return facts;
}

function terraformFacts(tf: Json): Facts {
  const resources = (tf.resource ?? {}) as Record<string, Record<string, Json[]>>;
  const data = (tf.data ?? {}) as Record<string, Record<string, Json[]>>;
  const variables = (tf.variable ?? {}) as Record<string, Json[]>;
  const providers = ((tf.provider ?? {}) as Record<string, Json[]>).azurerm ?? [];
  const value = (text: unknown) =>
    String(text).replace(/^\$\{var\.([a-z_]+)\}$/, (_, name: string) =>
      String(variables[name]?.[0]?.default),
    );
  /** A reference to a block's name or id, read as the ARM side reads ids; a literal as it is. */
  const resolve = (text: unknown): string => {
    const match = /^\$\{(data\.)?([a-z_]+)\.([a-z0-9_]+)\.(id|name)\}$/.exec(String(text));
    if (!match) return value(text);
    const [, isData, type = '', label = '', attribute] = match;
    const found = (isData ? data : resources)[type]?.[label]?.[0] ?? {};
    const name = resolve(found.name);
    if (attribute === 'name') return name;
    if (type === 'azurerm_private_dns_zone') return `zone:${name}`;
    if (type === 'azurerm_subnet') return `subnet:${resolve(found.virtual_network_name)}/${name}`;
    if (type === 'azurerm_virtual_network') return `vnet:${name}`;
    return `${type}:${name}`;
  };
  /** `subscription/resource group` of a block, from its provider. */
  const where = (b: Json): string => {
    const alias = /^\$\{azurerm\.([a-z_]+)\}$/.exec(String(b.provider))?.[1];
    const config = providers.find((p) => (alias ? p.alias === alias : p.alias === undefined)) ?? {};
    return `${value(config.subscription_id)}/${value(b.resource_group_name)}`;
  };
  const blocks = (type: string) => Object.values(resources[type] ?? {}).flat();
  const names = (type: string) =>
    Object.values(resources[type] ?? {}).flatMap((blocks) => blocks.map((b) => value(b.name)));
  const endpoints = blocks('azurerm_private_endpoint');
  const endpointSubnetIds = new Set(endpoints.map((b) => resolve(b.subnet_id)));
  const first = (list: unknown): Json => ((list as Json[] | undefined) ?? [])[0] ?? {};
  return {
    rules: [
      ...names('azurerm_network_security_rule'),
      ...Object.values(resources.azurerm_network_security_group ?? {}).flatMap((blocks) =>
        blocks.flatMap((b) =>
          ((b.security_rule as Json[] | undefined) ?? []).map((rule) => value(rule.name)),
        ),
      ),
    ],
    routes: names('azurerm_route'),
    natGateways: names('azurerm_nat_gateway'),
    publicIps: [...names('azurerm_public_ip'), ...names('azurerm_public_ip_prefix')],
    workspaceUpdated: resources.azapi_update_resource !== undefined,
    compute: [
      ...names('azurerm_machine_learning_compute_cluster'),
      ...names('azurerm_machine_learning_compute_instance'),
      ...names('azapi_resource'),
    ],
    endpointSubnets: blocks('azurerm_subnet')
      .filter((b) => endpointSubnetIds.has(`subnet:${resolve(b.virtual_network_name)}/${value(b.name)}`))
      .map(
        (b) =>
          `${value(b.name)}|${where(b)}|${String((b.address_prefixes as string[] | undefined)?.map(value))}|endpoints=${policy(b.private_endpoint_network_policies)}|linkService=${policy(b.private_link_service_network_policies_enabled)}|outbound=${String(b.default_outbound_access_enabled)}`,
      ),
    privateEndpoints: endpoints.map((b) => {
      const connections = ((b.private_service_connection as Json[] | undefined) ?? []).map(
        (c) =>
          `${String(c.name)}>${resolve(c.private_connection_resource_id)}[${String(c.subresource_names)}]manual=${String(c.is_manual_connection)}`,
      );
      const group = first(b.private_dns_zone_group);
      const dns =
        group.name === undefined
          ? 'none'
          : `${String(group.name)}:${((group.private_dns_zone_ids as string[] | undefined) ?? [])
              .map(resolve)
              .sort()
              .join(',')}`;
      return `${value(b.name)}|${where(b)}|${resolve(b.subnet_id)}|${connections.join(',')}|dns=${dns}`;
    }),
    zones: blocks('azurerm_private_dns_zone').map((b) => `${value(b.name)}|${where(b)}`),
    zoneLinks: blocks('azurerm_private_dns_zone_virtual_network_link').map(
      (b) =>
        `${resolve(b.private_dns_zone_name)}/${value(b.name)}|${where(b)}|${resolve(b.virtual_network_id)}|registration=${String(b.registration_enabled)}`,
    ),
    peerings: blocks('azurerm_virtual_network_peering').map(
      (b) =>
        `${resolve(b.virtual_network_name)}/${value(b.name)}|${where(b)}|${resolve(b.remote_virtual_network_id)}|access=${String(b.allow_virtual_network_access)}|forwarded=${String(b.allow_forwarded_traffic)}|gatewayTransit=${String(b.allow_gateway_transit)}|remoteGateways=${String(b.use_remote_gateways)}`,
    ),
  };
}

const sorted = (facts: Facts): Facts => ({
  rules: [...facts.rules].sort(),
  routes: [...facts.routes].sort(),
  natGateways: [...facts.natGateways].sort(),
  publicIps: [...facts.publicIps].sort(),
  workspaceUpdated: facts.workspaceUpdated,
  compute: [...facts.compute].sort(),
  endpointSubnets: [...facts.endpointSubnets].sort(),
  privateEndpoints: [...facts.privateEndpoints].sort(),
  zones: [...facts.zones].sort(),
  zoneLinks: [...facts.zoneLinks].sort(),
  peerings: [...facts.peerings].sort(),
});

/** The facts of both formats of a plan's bundle. */
async function factsOf(plan: Plan): Promise<{ arm: Facts; terraform: Facts }> {
  const files = generateBundle(plan).files;
  const arm = files.find((f) => f.name === 'azuredeploy.json')?.content ?? '{}';
  const { json, problems } = await parseTerraform(files.find((f) => f.name === 'main.tf')?.content ?? '');
  expect(problems).toEqual([]);
  const { subscriptionId, resourceGroup } = plan.workspace;
  const fromArm = sorted(armFacts(arm, { subscription: subscriptionId, group: resourceGroup }));
  // Databricks is attached by ARM and Bicep once a token is given; Terraform creates only its workspace.
  if (plan.compute.kind === 'databricks') fromArm.compute = [];
  return { arm: fromArm, terraform: sorted(terraformFacts(json ?? {})) };
}

async function compare(plan: Plan): Promise<Facts> {
  const { arm, terraform } = await factsOf(plan);
  expect(terraform).toEqual(arm);
  return arm;
}

describe('Terraform makes the same change as ARM', () => {
  it.each(SCENARIO_NAMES.map((name) => ({ name })))('$name', async ({ name }) => {
    await compare(scenarioPlan(name));
  });

  it('reads facts that differ when the formats differ (the comparison can fail)', () => {
    const arm = JSON.stringify({
      parameters: {},
      resources: [{ type: 'Microsoft.Network/natGateways', name: 'nat-a', properties: {} }],
    });
    expect(sorted(armFacts(arm, { subscription: 's', group: 'g' }))).not.toEqual(sorted(terraformFacts({})));
  });

  it('for plans with generated compute names', async () => {
    const named = SCENARIO_NAMES.filter((name) => 'name' in scenarioPlan(name).compute);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...named),
        fc.stringMatching(/^[a-z][a-z0-9-]{1,12}[a-z]$/),
        async (name, computeName) => {
          const raw = structuredClone(scenarioPlan(name)) as unknown as { compute: Json };
          raw.compute = { ...raw.compute, name: computeName };
          await compare(planOf(raw));
        },
      ),
      { numRuns: 15 },
    );
  });
});

const RESOURCES = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers';

/** The new-VNet endpoint plan in `region`, with endpoints for the workspace's storage, key vault and registry. */
function privateLinkPlanIn(region: string): Plan {
  const raw = structuredClone(scenarioPlan('new-vnet-private-endpoint')) as unknown as {
    workspace: Json & { privateLink: Json };
    network: { vnet: Json };
  };
  raw.workspace.region = region;
  raw.network.vnet.region = region;
  raw.workspace.privateLink.resourceEndpoints = [
    { groupId: 'blob', resourceId: `${RESOURCES}/Microsoft.Storage/storageAccounts/contosomlsa` },
    { groupId: 'file', resourceId: `${RESOURCES}/Microsoft.Storage/storageAccounts/contosomlsa` },
    { groupId: 'vault', resourceId: `${RESOURCES}/Microsoft.KeyVault/vaults/contoso-ml-kv` },
    { groupId: 'registry', resourceId: `${RESOURCES}/Microsoft.ContainerRegistry/registries/contosomlacr` },
  ];
  return planOf(raw);
}

const zoneNames = (facts: Facts) => facts.zones.map((zone) => zone.split('|')[0]);

describe('Terraform makes the same private connectivity as ARM', () => {
  it('new-vnet-private-endpoint: endpoint subnet, workspace endpoint, both zones and their links', async () => {
    const arm = await compare(scenarioPlan('new-vnet-private-endpoint'));
    expect(arm.endpointSubnets).toEqual([
      'private-endpoints|11111111-2222-3333-4444-555555555555/ml-rg|10.30.2.0/27|endpoints=Disabled|linkService=Enabled|outbound=false',
    ]);
    expect(arm.privateEndpoints).toHaveLength(1);
    expect(arm.privateEndpoints[0]).toContain('[amlworkspace]manual=false');
    expect(zoneNames(arm)).toEqual(['privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net']);
    expect(arm.zoneLinks).toHaveLength(2);
    expect(arm.peerings).toEqual([]);
  });

  it('hub-and-spoke: an endpoint in the hub and zones elsewhere leave nothing to create', async () => {
    const arm = await compare(scenarioPlan('hub-and-spoke'));
    expect([arm.endpointSubnets, arm.privateEndpoints, arm.zones, arm.zoneLinks, arm.peerings]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('hub-peering-created: peering, a link to an existing zone (not recreated), a key vault endpoint', async () => {
    const arm = await compare(scenarioPlan('hub-peering-created'));
    expect(arm.peerings).toHaveLength(1);
    expect(zoneNames(arm)).toEqual(['privatelink.vaultcore.azure.net']);
    expect(arm.zoneLinks.map((link) => link.split('|')[0])).toEqual([
      'privatelink.api.azureml.ms/ml-spoke-vnet-link',
      'privatelink.vaultcore.azure.net/ml-spoke-vnet-link',
    ]);
    expect(arm.privateEndpoints).toHaveLength(1);
    expect(arm.endpointSubnets).toHaveLength(1);
  });

  it.each([
    ['US Government', 'usgovvirginia', PRIVATE_DNS_ZONES.AzureGovernment],
    ['China', 'chinanorth3', PRIVATE_DNS_ZONES.AzureChinaCloud],
  ])('%s: the zones of that cloud, for the workspace and its resources', async (_, region, zones) => {
    const arm = await compare(privateLinkPlanIn(region));
    expect(zoneNames(arm)).toEqual(
      [...zones.amlworkspace, ...zones.blob, ...zones.file, ...zones.vault, ...zones.registry].sort(),
    );
    expect(arm.privateEndpoints).toHaveLength(5);
    expect(arm.zoneLinks).toHaveLength(6);
  });

  it('reads private connectivity that differs (the comparison can fail)', async () => {
    const { arm, terraform } = await factsOf(scenarioPlan('new-vnet-private-endpoint'));
    const without = (facts: Facts, key: keyof Facts): Facts => ({ ...facts, [key]: [] });
    for (const key of ['endpointSubnets', 'privateEndpoints', 'zones', 'zoneLinks'] as const)
      expect(without(terraform, key)).not.toEqual(arm);
  });
});
