/**
 * deploy.sh makes the same private-connectivity change as the ARM template: the script is run by bash
 * with `az` replaced by a function that records its arguments (test/helpers/generators/azCalls.ts), and the
 * recorded commands are compared with the template's resources (their expressions evaluated): the
 * private endpoints with their subnet, target and group ids, the zone groups, the zones, their VNet
 * links, the endpoint subnet's prefix and policies, and the peering. The rest of the network change
 * (VNet, subnets, NSG rules, routes, NAT gateway) is compared in networkEquivalence.test.ts.
 */
import { nodeParserHost } from '../../../test/helpers/nodeParserHost.ts';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../model/index.ts';
import { generateBundle } from './index.ts';
import {
  armId,
  armResources,
  armValue,
  type ArmResource,
  type ArmScope,
} from '../../../test/helpers/generators/armTemplate.ts';
import { opt, recordAzCalls, type AzCall } from '../../../test/helpers/generators/azCalls.ts';
import { planOf, scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';

type Json = Record<string, unknown>;

const host = nodeParserHost('aml-deploy-sh');
afterAll(host.dispose);

/** Runs the script with bash, `az` recording its arguments, and returns the `az` calls in order. */
const runScript = (script: string, _name: string): AzCall[] => recordAzCalls(host, script);

/** The full id of a resource the CLI names in the command's subscription and resource group. */
function cliId(call: AzCall, type: string, ...names: string[]): string {
  return armId(opt(call, '--subscription'), opt(call, '--resource-group'), type, names);
}

/** A zone given by name or id (the CLI accepts both). */
const zoneIdOf = (call: AzCall, value: string): string =>
  value.startsWith('/') ? value : cliId(call, 'Microsoft.Network/privateDnsZones', value);

// ---------------------------------------------------------------------------------------------------
// What both formats are compared on

interface Endpoint {
  id: string;
  location: string;
  subnet: string;
  connection: string;
  target: string;
  groupIds: string[];
}
interface ZoneGroup {
  id: string;
  zones: string[];
}
interface Link {
  id: string;
  vnet: string;
  registrationEnabled: boolean;
}
interface Subnet {
  id: string;
  prefix: string;
  defaultOutboundAccess: boolean;
  privateEndpointNetworkPolicies: string;
  privateLinkServiceNetworkPolicies: string;
}
interface Peering {
  id: string;
  remote: string;
  flags: string[];
}
interface Facts {
  endpoints: Endpoint[];
  zoneGroups: ZoneGroup[];
  zones: string[];
  links: Link[];
  /** The subnets the endpoints are in, as the deployment creates them (absent: the subnet exists). */
  endpointSubnets: Subnet[];
  peerings: Peering[];
}

const sorted = <T>(items: T[]): T[] =>
  [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function normalise(facts: Facts): Facts {
  return {
    endpoints: sorted(facts.endpoints),
    zoneGroups: sorted(facts.zoneGroups.map((g) => ({ ...g, zones: [...g.zones].sort() }))),
    zones: [...facts.zones].sort(),
    links: sorted(facts.links),
    endpointSubnets: sorted(facts.endpointSubnets),
    peerings: sorted(facts.peerings),
  };
}

const PEERING_FLAGS = [
  ['--allow-vnet-access', 'allowVirtualNetworkAccess'],
  ['--allow-forwarded-traffic', 'allowForwardedTraffic'],
  ['--allow-gateway-transit', 'allowGatewayTransit'],
  ['--use-remote-gateways', 'useRemoteGateways'],
] as const;

function scriptFacts(calls: readonly AzCall[]): Facts {
  const endpoints: Endpoint[] = [];
  const groups = new Map<string, string[]>();
  const zones: string[] = [];
  const links: Link[] = [];
  const subnets = new Map<string, Subnet>();
  const peerings: Peering[] = [];
  for (const call of calls) {
    switch (call.command) {
      case 'network private-endpoint create': {
        const subnet = opt(call, '--subnet');
        endpoints.push({
          id: cliId(call, 'Microsoft.Network/privateEndpoints', opt(call, '--name')),
          location: opt(call, '--location'),
          subnet: subnet.startsWith('/')
            ? subnet
            : cliId(call, 'Microsoft.Network/virtualNetworks/subnets', opt(call, '--vnet-name'), subnet),
          connection: opt(call, '--connection-name'),
          target: opt(call, '--private-connection-resource-id'),
          groupIds: [...(call.options.get('--group-id') ?? [])],
        });
        break;
      }
      case 'network private-endpoint dns-zone-group create':
      case 'network private-endpoint dns-zone-group add': {
        const id = cliId(
          call,
          'Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
          opt(call, '--endpoint-name'),
          opt(call, '--name'),
        );
        const configs = call.command.endsWith('create') ? [] : (groups.get(id) ?? []);
        const config = `${opt(call, '--zone-name')}=${zoneIdOf(call, opt(call, '--private-dns-zone'))}`;
        groups.set(id, [...configs.filter((c) => c.split('=')[0] !== opt(call, '--zone-name')), config]);
        break;
      }
      case 'network private-dns zone create':
        zones.push(zoneIdOf(call, opt(call, '--name')));
        break;
      case 'network private-dns link vnet create':
        links.push({
          id: cliId(
            call,
            'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
            opt(call, '--zone-name'),
            opt(call, '--name'),
          ),
          vnet: opt(call, '--virtual-network'),
          registrationEnabled: opt(call, '--registration-enabled') === 'true',
        });
        break;
      case 'network vnet subnet create': {
        const id = cliId(
          call,
          'Microsoft.Network/virtualNetworks/subnets',
          opt(call, '--vnet-name'),
          opt(call, '--name'),
        );
        const policy = (name: string): string => call.options.get(name)?.[0] ?? 'Enabled';
        subnets.set(id, {
          id,
          prefix: opt(call, '--address-prefixes'),
          defaultOutboundAccess: opt(call, '--default-outbound-access') === 'true',
          privateEndpointNetworkPolicies: policy('--private-endpoint-network-policies'),
          privateLinkServiceNetworkPolicies: policy('--private-link-service-network-policies'),
        });
        break;
      }
      case 'network vnet peering create':
        peerings.push({
          id: cliId(
            call,
            'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
            opt(call, '--vnet-name'),
            opt(call, '--name'),
          ),
          remote: opt(call, '--remote-vnet'),
          flags: PEERING_FLAGS.filter(([flag]) => opt(call, flag) === 'true').map(([, name]) => name),
        });
        break;
    }
  }
  return normalise({
    endpoints,
    zoneGroups: [...groups].map(([id, zones]) => ({ id, zones })),
    zones,
    links,
    endpointSubnets: endpointSubnetsOf(endpoints, subnets),
    peerings,
  });
}

function endpointSubnetsOf(endpoints: readonly Endpoint[], subnets: ReadonlyMap<string, Subnet>): Subnet[] {
  const ids = [...new Set(endpoints.map((e) => e.subnet.toLowerCase()))];
  return ids.flatMap((id) => [...subnets.values()].filter((s) => s.id.toLowerCase() === id));
}

// ---------------------------------------------------------------------------------------------------
// The ARM template, its expressions evaluated (see test/helpers/generators/armTemplate.ts)

type Scope = ArmScope;

const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value);

function templateFacts(content: string, plan: Plan): Facts {
  const all = armResources(content, plan.workspace.subscriptionId, plan.workspace.resourceGroup);
  const idOf = (r: ArmResource, s: Scope): string =>
    armId(s.subscription, s.group, r.type, String(armValue(r.name, s)).split('/'));
  const facts: Facts = {
    endpoints: [],
    zoneGroups: [],
    zones: [],
    links: [],
    endpointSubnets: [],
    peerings: [],
  };
  const subnets = new Map<string, Subnet>();
  const subnetOf = (id: string, p: unknown, s: Scope): Subnet => ({
    id,
    prefix: String(armValue(at(p, 'addressPrefix'), s)),
    defaultOutboundAccess: at(p, 'defaultOutboundAccess') === true,
    privateEndpointNetworkPolicies: String(at(p, 'privateEndpointNetworkPolicies') ?? 'Enabled'),
    privateLinkServiceNetworkPolicies: String(at(p, 'privateLinkServiceNetworkPolicies') ?? 'Enabled'),
  });
  for (const { r, s } of all) {
    const p = r.properties ?? {};
    const value = (v: unknown): string => String(armValue(v, s));
    switch (r.type) {
      case 'Microsoft.Network/privateEndpoints':
        facts.endpoints.push({
          id: idOf(r, s),
          location: value(r.location),
          subnet: value(at(p, 'subnet', 'id')),
          connection: value(at(p, 'privateLinkServiceConnections', 0, 'name')),
          target: value(at(p, 'privateLinkServiceConnections', 0, 'properties', 'privateLinkServiceId')),
          groupIds: (at(p, 'privateLinkServiceConnections', 0, 'properties', 'groupIds') as string[]).map(
            value,
          ),
        });
        break;
      case 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups':
        facts.zoneGroups.push({
          id: idOf(r, s),
          zones: (p.privateDnsZoneConfigs as Json[]).map(
            (c) => `${value(c.name)}=${value(at(c, 'properties', 'privateDnsZoneId'))}`,
          ),
        });
        break;
      case 'Microsoft.Network/privateDnsZones':
        facts.zones.push(idOf(r, s));
        break;
      case 'Microsoft.Network/privateDnsZones/virtualNetworkLinks':
        facts.links.push({
          id: idOf(r, s),
          vnet: value(at(p, 'virtualNetwork', 'id')),
          registrationEnabled: p.registrationEnabled === true,
        });
        break;
      case 'Microsoft.Network/virtualNetworks':
        for (const subnet of (p.subnets as Json[] | undefined) ?? []) {
          const id = armId(s.subscription, s.group, `${r.type}/subnets`, [value(r.name), value(subnet.name)]);
          subnets.set(id, subnetOf(id, subnet.properties, s));
        }
        break;
      case 'Microsoft.Network/virtualNetworks/subnets': {
        const id = idOf(r, s);
        subnets.set(id, subnetOf(id, p, s));
        break;
      }
      case 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings':
        facts.peerings.push({
          id: idOf(r, s),
          remote: value(at(p, 'remoteVirtualNetwork', 'id')),
          flags: PEERING_FLAGS.filter(([, name]) => p[name] === true).map(([, name]) => name),
        });
        break;
    }
  }
  facts.endpointSubnets = endpointSubnetsOf(facts.endpoints, subnets);
  return normalise(facts);
}

// ---------------------------------------------------------------------------------------------------
// Order and re-runs

const COMPUTE = new Set(['ml compute create', 'databricks workspace create']);

/** What comes before its dependency, or after the compute: none in a good script. */
function orderProblems(calls: readonly AzCall[]): string[] {
  const problems: string[] = [];
  const first = (command: string, has: (call: AzCall) => boolean): number =>
    calls.findIndex((call) => call.command === command && has(call));
  const before = (i: number, what: string, command: string, has: (call: AzCall) => boolean): void => {
    const j = first(command, has);
    if (j > i) problems.push(`${calls[i]?.command} (${i}) comes before its ${what} (${j})`);
  };
  const compute = calls.findIndex((call) => COMPUTE.has(call.command));
  for (const [i, call] of calls.entries()) {
    if (!call.command.startsWith('network private-') && !call.command.startsWith('network vnet peering'))
      continue;
    if (compute !== -1 && i > compute) problems.push(`${call.command} (${i}) comes after the compute`);
    if (call.command === 'network private-endpoint create')
      before(i, 'subnet', 'network vnet subnet create', (c) => opt(c, '--name') === opt(call, '--subnet'));
    if (/^network private-endpoint dns-zone-group (create|add)$/.test(call.command)) {
      const endpoint = first(
        'network private-endpoint create',
        (c) => opt(c, '--name') === opt(call, '--endpoint-name'),
      );
      if (endpoint === -1 || endpoint > i) problems.push(`${call.command} (${i}) before its endpoint`);
      before(
        i,
        'zone',
        'network private-dns zone create',
        (c) => opt(c, '--name') === opt(call, '--private-dns-zone'),
      );
    }
    if (call.command === 'network private-dns link vnet create')
      before(
        i,
        'zone',
        'network private-dns zone create',
        (c) => opt(c, '--name') === opt(call, '--zone-name'),
      );
  }
  return problems;
}

/** The creates that send If-None-Match: * and fail on a re-run unless skipped when the resource exists. */
const REFUSES_OVERWRITE = new Set([
  'network private-dns zone create',
  'network private-dns link vnet create',
]);

/** Guarded creates without a show of the same resource right before them: none in a good script. */
function guardProblems(calls: readonly AzCall[]): string[] {
  const names = (call: AzCall | undefined): string =>
    JSON.stringify(
      ['--subscription', '--resource-group', '--zone-name', '--name'].map((o) => call?.options.get(o)),
    );
  return calls.flatMap((call, i) => {
    if (!REFUSES_OVERWRITE.has(call.command)) return [];
    const show = calls[i - 1];
    const ok = show?.command === call.command.replace(/create$/, 'show') && names(show) === names(call);
    return ok ? [] : [`${call.command} (${i}) runs without checking that it exists`];
  });
}

// ---------------------------------------------------------------------------------------------------

/** new-vnet-private-endpoint in US Gov Virginia, with a blob endpoint and an existing notebooks zone. */
function usGovernmentPlan(): Plan {
  const plan = JSON.parse(JSON.stringify(scenarioPlan('new-vnet-private-endpoint'))) as Json;
  const region = 'usgovvirginia';
  const workspace = plan.workspace as Json;
  const network = plan.network as Json;
  plan.workspace = {
    ...workspace,
    region,
    privateLink: {
      ...(workspace.privateLink as Json),
      dnsZones: [
        {
          id: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.Network/privateDnsZones/privatelink.notebooks.usgovcloudapi.net',
        },
      ],
      resourceEndpoints: [
        {
          groupId: 'blob',
          resourceId:
            '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.Storage/storageAccounts/contosomlstore',
        },
      ],
    },
  };
  plan.network = { ...network, vnet: { ...(network.vnet as Json), region } };
  return planOf(plan);
}

const CASES: { name: string; plan: () => Plan }[] = [
  { name: 'new-vnet-private-endpoint', plan: () => scenarioPlan('new-vnet-private-endpoint') },
  { name: 'hub-and-spoke', plan: () => scenarioPlan('hub-and-spoke') },
  { name: 'hub-peering-created', plan: () => scenarioPlan('hub-peering-created') },
  { name: 'us-government', plan: usGovernmentPlan },
];

function bundleOf(plan: Plan): { script: string; template: string } {
  const files = generateBundle(plan).files;
  const content = (name: string): string => {
    const file = files.find((f) => f.name === name);
    if (!file) throw new Error(`No ${name} in the bundle.`);
    return file.content;
  };
  return { script: content('deploy.sh'), template: content('azuredeploy.json') };
}

describe.each(CASES)(
  '$name: deploy.sh makes the private-connectivity change the ARM template makes',
  ({ name, plan }) => {
    const p = plan();
    const { script, template } = bundleOf(p);
    const calls = runScript(script, name);

    it('has the same endpoints, zone groups, zones, links, endpoint subnet and peering', () => {
      expect(scriptFacts(calls)).toEqual(templateFacts(template, p));
    });

    it('creates each resource after what it needs, and all of them before the compute', () => {
      expect(calls.filter((call) => COMPUTE.has(call.command))).toHaveLength(1);
      expect(orderProblems(calls)).toEqual([]);
    });

    it('guards exactly the creates that refuse to overwrite, each with a show of the same resource', () => {
      const facts = templateFacts(template, p);
      expect(calls.filter((call) => REFUSES_OVERWRITE.has(call.command))).toHaveLength(
        facts.zones.length + facts.links.length,
      );
      expect(guardProblems(calls)).toEqual([]);
    });
  },
);

describe('what the comparison sees', () => {
  it('reads the expected resources of new-vnet-private-endpoint, in the public cloud zones', () => {
    const p = scenarioPlan('new-vnet-private-endpoint');
    const facts = scriptFacts(runScript(bundleOf(p).script, 'public'));
    const vnet =
      '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/ml-vnet';
    expect(facts.endpoints).toEqual([
      {
        id: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.Network/privateEndpoints/contoso-ml-pe',
        location: 'westeurope',
        subnet: `${vnet}/subnets/private-endpoints`,
        connection: 'contoso-ml-pe',
        target:
          '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/contoso-ml',
        groupIds: ['amlworkspace'],
      },
    ]);
    expect(facts.zones.map((id) => id.split('/').at(-1))).toEqual([
      'privatelink.api.azureml.ms',
      'privatelink.notebooks.azure.net',
    ]);
    expect(facts.links.map((link) => link.vnet)).toEqual([vnet, vnet]);
    expect(facts.endpointSubnets.map((s) => s.prefix)).toEqual(['10.30.2.0/27']);
    expect(facts.zoneGroups[0]?.zones).toHaveLength(2);
  });

  it('uses the US Government zone names, and refers to the existing zone by id without creating it', () => {
    const p = usGovernmentPlan();
    const facts = scriptFacts(runScript(bundleOf(p).script, 'gov'));
    expect(facts.zones.map((id) => id.split('/').at(-1))).toEqual([
      'privatelink.api.ml.azure.us',
      'privatelink.blob.core.usgovcloudapi.net',
    ]);
    const configs = facts.zoneGroups.flatMap((g) => g.zones);
    expect(configs.some((c) => c.endsWith('/privatelink.notebooks.usgovcloudapi.net'))).toBe(true);
    expect(facts.endpoints.map((e) => e.groupIds[0]).sort()).toEqual(['amlworkspace', 'blob']);
  });

  it('hub-peering-created peers with the hub and hub-and-spoke deploys nothing private', () => {
    const created = scriptFacts(runScript(bundleOf(scenarioPlan('hub-peering-created')).script, 'peer'));
    expect(created.peerings.map((peering) => peering.remote)).toEqual([
      '/subscriptions/99999999-8888-7777-6666-555555555555/resourceGroups/hub-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet',
    ]);
    const existing = scriptFacts(runScript(bundleOf(scenarioPlan('hub-and-spoke')).script, 'hub'));
    expect(existing).toEqual({
      endpoints: [],
      zoneGroups: [],
      zones: [],
      links: [],
      endpointSubnets: [],
      peerings: [],
    });
  });

  it('finds a script that differs from the template', () => {
    const p = scenarioPlan('hub-peering-created');
    const { script, template } = bundleOf(p);
    const expected = templateFacts(template, p);
    const tampered = [
      script.replace('--group-id vault', '--group-id blob'),
      script.replace("'10.20.2.0/27'", "'10.20.3.0/27'"),
      script.replace('--allow-forwarded-traffic true', '--allow-forwarded-traffic false'),
      script.replace(/# Private DNS zone privatelink\.vaultcore[\s\S]*?\nfi\n/, ''),
      script.replace(
        '--virtual-network "$VNET_ID"',
        `--virtual-network '/subscriptions/x/resourceGroups/y/providers/Microsoft.Network/virtualNetworks/z'`,
      ),
    ];
    tampered.forEach((changed, i) => {
      expect(changed).not.toBe(script);
      expect(scriptFacts(runScript(changed, `tampered-${i}`))).not.toEqual(expected);
    });
  });

  it('finds commands out of order and creates that a re-run would fail on', () => {
    const calls = runScript(bundleOf(scenarioPlan('new-vnet-private-endpoint')).script, 'order');
    const endpoint = calls.findIndex((call) => call.command === 'network private-endpoint create');
    const subnet = calls.findIndex(
      (call) => call.command === 'network vnet subnet create' && opt(call, '--name') === 'private-endpoints',
    );
    const swapped = [...calls];
    [swapped[subnet], swapped[endpoint]] = [calls[endpoint] as AzCall, calls[subnet] as AzCall];
    expect(orderProblems(swapped)).not.toEqual([]);
    const compute = calls.findIndex((call) => COMPUTE.has(call.command));
    const late = [
      ...calls.slice(0, compute),
      ...calls.slice(compute + 1),
      calls[compute] as AzCall,
    ].reverse();
    expect(orderProblems(late)).not.toEqual([]);
    const unguarded = calls.filter((call) => !call.command.endsWith(' show'));
    expect(guardProblems(unguarded)).not.toEqual([]);
  });
});
