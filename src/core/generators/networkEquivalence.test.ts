/**
 * Cross-format equivalence of the network change, by value: the Terraform configuration (read back
 * with @cdktf/hcl2json) and deploy.sh (run by bash with a recording `az`) make the same change as the
 * ARM template (its expressions evaluated): the VNet when created (address space, DNS servers), the
 * subnets created or updated (prefix, NSG, route table and NAT gateway associations, service
 * endpoints, delegations, network policies, default outbound access), NSGs and every rule's values,
 * route tables and routes, the NAT gateway and its public IP or prefix, and the workspace update body.
 * Each file is reduced to the same facts (test/helpers/generators/networkFacts.ts); where a format cannot express
 * something, {@link NOT_EXPRESSED} says what and why, and it is left out of that comparison only.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { nodeParserHost } from '../../../test/helpers/nodeParserHost.ts';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan, SecurityRule } from '../model/index.ts';
import { buildModel, type DeploymentModel } from '../resources/model.ts';
import { networkHasChanges } from '../resources/modelNetwork.ts';
import type { ServiceTagsInput } from '../rules/index.ts';
import { parseServiceTags } from '../servicetags/index.ts';
import { armFiles } from './arm/index.ts';
import { deployScript } from './azcli/deploy.ts';
import { terraformFile } from './terraform/main.ts';
import { recordAzCalls, type AzCall } from '../../../test/helpers/generators/azCalls.ts';
import {
  armNetworkFacts,
  normaliseFacts,
  scriptNetworkFacts,
  scriptOrderProblems,
  terraformNetworkFacts,
  terraformOrderProblems,
  unresolvedIn,
  type NetworkFacts,
} from '../../../test/helpers/generators/networkFacts.ts';
import { parseTerraform } from '../../../test/helpers/generators/parsers.ts';
import {
  hostilePlan,
  IP_PREFIX_SCENARIO,
  planOf,
  SCENARIO_NAMES,
  scenarioPlan,
} from '../../../test/helpers/generators/scenarios.ts';

type Json = Record<string, unknown>;

const host = nodeParserHost('aml-network-eq');
afterAll(host.dispose);

// ---------------------------------------------------------------------------------------------------
// What a format cannot express, and why

type Format = 'terraform' | 'deploy.sh';

interface NotExpressed {
  readonly format: Format;
  readonly what: string;
  readonly reason: string;
  /** Removes the fact from both sides of that format's comparison. */
  readonly drop: (facts: NetworkFacts) => NetworkFacts;
}

const NOT_EXPRESSED: readonly NotExpressed[] = [
  {
    format: 'deploy.sh',
    what: "a subnet delegation's name",
    reason:
      '`az network vnet subnet create --delegations` takes service names only; the CLI names each delegation itself',
    drop: (facts) => ({
      ...facts,
      subnets: facts.subnets.map((s) =>
        s.delegations ? { ...s, delegations: s.delegations.map(({ service }) => ({ service })) } : s,
      ),
    }),
  },
];

const forFormat = (facts: NetworkFacts, format: Format): NetworkFacts =>
  normaliseFacts(NOT_EXPRESSED.filter((n) => n.format === format).reduce((f, n) => n.drop(f), facts));

// ---------------------------------------------------------------------------------------------------
// Reading the three files of a model

interface Files {
  arm: string;
  terraform: string;
  script: string;
}

const filesOf = (model: DeploymentModel): Files => {
  const arm = armFiles(model).find((f) => f.name === 'azuredeploy.json');
  if (!arm) throw new Error('No azuredeploy.json');
  return { arm: arm.content, terraform: terraformFile(model).content, script: deployScript(model).content };
};

const armOf = (files: Files, model: DeploymentModel): NetworkFacts =>
  armNetworkFacts(files.arm, model.workspace.subscriptionId, model.workspace.resourceGroup);

async function terraformJson(files: Files): Promise<Json> {
  const { json, problems } = await parseTerraform(files.terraform);
  expect(problems).toEqual([]);
  return json ?? {};
}

const terraformOf = async (files: Files): Promise<NetworkFacts> =>
  terraformNetworkFacts(await terraformJson(files));

const scriptOf = (files: Files): NetworkFacts => scriptNetworkFacts(recordAzCalls(host, files.script));

/**
 * Compares both formats with ARM, and checks that each creates what it uses first (ARM orders by
 * dependsOn, which the Bicep and template tests check); returns ARM's facts.
 */
async function compare(model: DeploymentModel): Promise<NetworkFacts> {
  const files = filesOf(model);
  const arm = armOf(files, model);
  const json = await terraformJson(files);
  const terraform = terraformNetworkFacts(json);
  const calls = recordAzCalls(host, files.script);
  const script = scriptNetworkFacts(calls);
  for (const facts of [arm, terraform, script]) expect(unresolvedIn(facts)).toEqual([]);
  expect(forFormat(terraform, 'terraform')).toEqual(forFormat(arm, 'terraform'));
  expect(forFormat(script, 'deploy.sh')).toEqual(forFormat(arm, 'deploy.sh'));
  expect(terraformOrderProblems(json)).toEqual([]);
  expect(scriptOrderProblems(calls)).toEqual([]);
  return arm;
}

const serviceTagsPath = fileURLToPath(
  new URL(`../../../test/fixtures/${IP_PREFIX_SCENARIO.fixture}`, import.meta.url),
);

function serviceTags(): ServiceTagsInput {
  const parsed = parseServiceTags(readFileSync(serviceTagsPath, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return { file: parsed.file, fileName: IP_PREFIX_SCENARIO.fileName };
}

const CASES: { name: string; model: () => DeploymentModel }[] = [
  ...SCENARIO_NAMES.map((name) => ({ name, model: () => buildModel(scenarioPlan(name)) })),
  { name: IP_PREFIX_SCENARIO.name, model: () => buildModel(IP_PREFIX_SCENARIO.plan(), serviceTags()) },
  { name: 'hostile values', model: () => buildModel(hostilePlan()) },
];

const total = (facts: NetworkFacts): number =>
  Object.values(facts).reduce((n, items: unknown[]) => n + items.length, 0);

describe('Terraform and deploy.sh make the network change ARM makes, by value', () => {
  it.each(CASES)('$name', async ({ model }) => {
    const m = model();
    const arm = await compare(m);
    // A scenario that changes the network or the workspace is read as changing something.
    if ((m.network && networkHasChanges(m.network)) || m.workspace.managedNetworkMode)
      expect(total(arm)).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------------
// Generated variations

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,14}$/);
const octet = fc.integer({ min: 0, max: 255 });
const cidr = fc
  .tuple(octet, octet, octet, fc.integer({ min: 8, max: 32 }))
  .map(([a, b, c, bits]) => `10.${a}.${b}.${c}/${bits}`);
const ip = fc.tuple(octet, octet, octet).map(([a, b, c]) => `10.${a}.${b}.${c}`);
const serviceTag = fc.constantFrom(
  '*',
  'VirtualNetwork',
  'Internet',
  'AzureLoadBalancer',
  'AzureMachineLearning',
  'Storage.westeurope',
  'BatchNodeManagement.eastus2',
);
const port = fc.integer({ min: 1, max: 65535 }).map(String);
const portRange = fc.oneof(
  fc.constant('*'),
  port,
  fc
    .tuple(fc.integer({ min: 1, max: 30000 }), fc.integer({ min: 1, max: 30000 }))
    .map(([a, b]) => `${a}-${a + b}`),
);

/** One or several values, as a rule's `x` or `xs` property. */
const oneOrMany = <T extends string>(
  value: fc.Arbitrary<string>,
  single: T,
  plural: `${T}es` | `${T}s`,
): fc.Arbitrary<Json> =>
  fc.oneof(
    value.map((v) => ({ [single]: v })),
    fc.uniqueArray(value, { minLength: 1, maxLength: 3 }).map((vs) => ({ [plural]: vs })),
  );

/**
 * Rule descriptions with the characters each format escapes, brackets included: ARM takes only `[…]` as
 * an expression, so `[x` must reach it as it is and `[x]` as `[[x]`.
 */
const description = fc.string({ unit: fc.constantFrom(...'ab $\'"{}[]%\\é'), maxLength: 40 });

const ruleBody = fc
  .record({
    direction: fc.constantFrom('Inbound', 'Outbound'),
    access: fc.constantFrom('Allow', 'Deny'),
    protocol: fc.constantFrom('Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*'),
    source: oneOrMany(fc.oneof(serviceTag, cidr), 'sourceAddressPrefix', 'sourceAddressPrefixes'),
    sourcePorts: oneOrMany(portRange, 'sourcePortRange', 'sourcePortRanges'),
    destination: oneOrMany(
      fc.oneof(serviceTag, cidr),
      'destinationAddressPrefix',
      'destinationAddressPrefixes',
    ),
    destinationPorts: oneOrMany(portRange, 'destinationPortRange', 'destinationPortRanges'),
    description: fc.option(description, { nil: undefined }),
  })
  .map(({ source, sourcePorts, destination, destinationPorts, description, ...rest }) => ({
    ...rest,
    ...source,
    ...sourcePorts,
    ...destination,
    ...destinationPorts,
    ...(description === undefined ? {} : { description }),
  }));

const rules = fc
  .uniqueArray(fc.record({ name: word, priority: fc.integer({ min: 100, max: 4096 }), body: ruleBody }), {
    minLength: 1,
    maxLength: 4,
    selector: (r) => r.name.toLowerCase(),
  })
  .map((items) =>
    items.map(
      ({ name, priority, body }, i): SecurityRule =>
        ({ name, properties: { priority: priority + i, ...body } }) as SecurityRule,
    ),
  );

const routes = fc.record({
  appliance: ip,
  items: fc.uniqueArray(
    fc.record({
      name: word,
      addressPrefix: fc.oneof(
        cidr,
        serviceTag.filter((t) => t !== '*'),
      ),
      toAppliance: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4, selector: (r) => r.name.toLowerCase() },
  ),
});

const nat = fc.record({
  idleTimeoutMinutes: fc.integer({ min: 4, max: 120 }),
  prefixLength: fc.option(fc.integer({ min: 28, max: 31 }), { nil: undefined }),
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/**
 * The scenario's model with its NSG rules, routes and NAT gateway replaced by generated ones (what
 * the printers print is the model; the planner's choices are tested elsewhere).
 */
function varied(
  name: string,
  v: { rules: SecurityRule[]; routes: ValueOf<typeof routes>; nat: ValueOf<typeof nat> },
): DeploymentModel {
  const model = structuredClone(buildModel(scenarioPlan(name))) as Mutable<DeploymentModel>;
  const network = model.network;
  if (!network) return model;
  for (const nsg of network.nsgs) nsg.rules = structuredClone(v.rules) as Mutable<SecurityRule>[];
  if (network.routeTable)
    network.routeTable.routes = v.routes.items.map(({ name: routeName, addressPrefix, toAppliance }) =>
      toAppliance
        ? {
            name: routeName,
            addressPrefix,
            nextHopType: 'VirtualAppliance',
            nextHopIpAddress: v.routes.appliance,
          }
        : { name: routeName, addressPrefix, nextHopType: 'Internet' },
    );
  if (network.natGateway) {
    network.natGateway.idleTimeoutMinutes = v.nat.idleTimeoutMinutes;
    if (v.nat.prefixLength === undefined) delete network.natGateway.publicIpPrefix;
    else
      network.natGateway.publicIpPrefix = {
        name: `ippre-${network.natGateway.name}`,
        length: v.nat.prefixLength,
      };
  }
  return model;
}

const NETWORK_SCENARIOS = SCENARIO_NAMES.filter((name) => buildModel(scenarioPlan(name)).network);

/**
 * How a network scenario's plan is varied: its compute subnet new or existing (in an existing VNet),
 * with its default outbound access and delegations when new; its NSG new or existing; its egress; a
 * new VNet's DNS servers.
 */
interface PlanVariation {
  newSubnet: boolean;
  newNsg: boolean;
  outbound: boolean;
  delegations: string[];
  egress: 'none' | 'nat' | 'udr';
  idle: number;
  appliance: string;
  dns: string[];
}

function planVariant(name: string, v: PlanVariation): Plan {
  const raw = structuredClone(scenarioPlan(name)) as unknown as Json & {
    network: Json & { vnet: Json; subnet?: Json & { networkSecurityGroup?: Json } };
    tunneling: Json;
  };
  if (raw.network.vnet.mode === 'new') raw.network.vnet.dnsServers = v.dns;
  const subnet = raw.network.subnet;
  if (subnet && raw.network.vnet.mode === 'existing' && v.newSubnet) {
    const { usedAddresses: _used, natGateway: _nat, routeTable: _table, ...rest } = subnet;
    raw.network.subnet = {
      ...rest,
      mode: 'new',
      defaultOutboundAccess: v.outbound,
      delegations: v.delegations,
    };
  } else if (subnet?.mode === 'new')
    raw.network.subnet = { ...subnet, defaultOutboundAccess: v.outbound, delegations: v.delegations };
  const nsg = raw.network.subnet?.networkSecurityGroup;
  if (nsg) nsg.mode = v.newNsg ? 'new' : 'existing';
  raw.tunneling =
    v.egress === 'nat'
      ? { mode: 'natGateway', natIdleTimeoutMinutes: v.idle }
      : v.egress === 'udr'
        ? { mode: 'userDefinedRoutes', applianceIp: v.appliance, routeTargets: 'serviceTags' }
        : { mode: 'none' };
  return planOf(raw);
}

describe('for generated variations', () => {
  it('of NSG rules, routes and next hops, and the NAT gateway', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NETWORK_SCENARIOS), rules, routes, nat, async (name, r, rt, n) => {
        await compare(varied(name, { rules: r, routes: rt, nat: n }));
      }),
      { numRuns: 20, seed: 11 },
    );
  });

  it('of a new or existing subnet and NSG, delegations, egress (NAT, appliance routes, none), DNS', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NETWORK_SCENARIOS.filter((name) => scenarioPlan(name).network?.subnet)),
        fc.record({
          newSubnet: fc.boolean(),
          newNsg: fc.boolean(),
          outbound: fc.boolean(),
          delegations: fc.subarray([
            'Microsoft.Batch/batchAccounts',
            'Microsoft.ContainerInstance/containerGroups',
          ]),
          egress: fc.constantFrom('none', 'nat', 'udr'),
          idle: fc.integer({ min: 4, max: 120 }),
          appliance: ip,
          dns: fc.uniqueArray(ip, { maxLength: 2 }),
        }),
        async (name, v) => {
          await compare(buildModel(planVariant(name, v)));
        },
      ),
      { numRuns: 15, seed: 11 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// The comparison can fail

describe('what the comparison sees', () => {
  const modelOf = (name: string) => buildModel(scenarioPlan(name));

  it('reads the values of rules, routes, subnets, the NAT gateway and the workspace update', async () => {
    const forced = modelOf('forced-tunnel');
    const facts = await terraformOf(filesOf(forced));
    expect(facts.routes.find((r) => r.id.endsWith('/DefaultToAppliance'))).toMatchObject({
      addressPrefix: '0.0.0.0/0',
      nextHopType: 'VirtualAppliance',
      nextHopIpAddress: '10.0.0.4',
    });
    const subnet = facts.subnets.find((s) => s.action === 'create' && s.routeTable);
    expect(subnet?.routeTable).toMatch(/\/providers\/Microsoft\.Network\/routeTables\/rt-/);
    const prefix = scriptOf(filesOf(modelOf('nat-public-ip-prefix')));
    expect(prefix.natGateways).toMatchObject([{ idleTimeoutMinutes: 10, sku: 'Standard' }]);
    expect(prefix.publicIpPrefixes).toMatchObject([{ length: 30, version: 'IPv4' }]);
    expect(prefix.natGateways[0]?.publicIpPrefixes).toEqual(prefix.publicIpPrefixes.map((p) => p.id));
    const serverless = modelOf('vnet-other-group');
    const arm = armOf(filesOf(serverless), serverless);
    expect(arm.workspaces).toEqual([
      {
        id: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/contoso-ml',
        changes: {
          serverlessComputeSettings: {
            serverlessComputeCustomSubnet:
              '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/hub-network-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet/subnets/ml-serverless',
            serverlessComputeNoPublicIP: true,
          },
        },
      },
    ]);
    expect(arm.subnets).toEqual([
      {
        id: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/hub-network-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet/subnets/ml-serverless',
        action: 'update',
        networkSecurityGroup:
          '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/hub-network-rg/providers/Microsoft.Network/networkSecurityGroups/nsg-ml-serverless',
      },
    ]);
    expect(arm.rules.map((r) => r.destinationPortRanges)).toContainEqual(['18881', '443', '8787']);
  });

  it('finds a Terraform configuration that differs from the template', async () => {
    const cases: [string, (text: string) => string][] = [
      ['restricted-outbound', (t) => t.replace('priority = 4096', 'priority = 4095')],
      ['restricted-outbound', (t) => t.replace('access = "Deny"', 'access = "Allow"')],
      [
        'vnet-other-group',
        (t) => t.replace('destination_port_ranges = ["80", "443"]', 'destination_port_ranges = ["443"]'),
      ],
      [
        'vnet-other-group',
        (t) =>
          t.replace(
            'destination_address_prefix = "Storage.eastus2"',
            'destination_address_prefix = "Storage"',
          ),
      ],
      ['forced-tunnel', (t) => t.replace('default = "10.0.0.4"', 'default = "10.0.0.5"')],
      ['forced-tunnel', (t) => t.replace('next_hop_type = "Internet"', 'next_hop_type = "VirtualAppliance"')],
      [
        'forced-tunnel',
        (t) => t.replace('bgp_route_propagation_enabled = true', 'bgp_route_propagation_enabled = false'),
      ],
      [
        'nat-public-ip-prefix',
        (t) => t.replace('idle_timeout_in_minutes = 10', 'idle_timeout_in_minutes = 4'),
      ],
      ['nat-public-ip-prefix', (t) => t.replace('prefix_length = 30', 'prefix_length = 29')],
      [
        'nat-existing-subnet',
        (t) => t.replace('allocation_method = "Static"', 'allocation_method = "Dynamic"'),
      ],
      [
        'compute-cluster',
        (t) => t.replace(/resource "azurerm_subnet_network_security_group_association"[^}]*\}\n/, ''),
      ],
      [
        'compute-cluster',
        (t) => t.replace('default_outbound_access_enabled = false', 'default_outbound_access_enabled = true'),
      ],
      [
        'compute-instance',
        (t) => t.replace('default = ["10.10.0.0/16"]', 'default = ["10.10.0.0/16", "10.99.0.0/16"]'),
      ],
      ['managed-vnet', (t) => t.replace('provisionNetworkNow = true', 'provisionNetworkNow = false')],
      [
        'vnet-other-group',
        (t) =>
          t.replace(
            'serverlessComputeCustomSubnet = data.azurerm_subnet.compute.id',
            'serverlessComputeCustomSubnet = data.azurerm_virtual_network.vnet.id',
          ),
      ],
    ];
    for (const [name, change] of cases) {
      const model = modelOf(name);
      const files = filesOf(model);
      const changed = change(files.terraform);
      expect(changed, name).not.toBe(files.terraform);
      const facts = await terraformOf({ ...files, terraform: changed });
      expect(forFormat(facts, 'terraform'), `${name}: ${changed.length}`).not.toEqual(
        forFormat(armOf(files, model), 'terraform'),
      );
    }
  });

  it('finds a deploy.sh that differs from the template', () => {
    const cases: [string, (text: string) => string][] = [
      ['restricted-outbound', (t) => t.replace("--priority '4096'", "--priority '4095'")],
      [
        'vnet-other-group',
        (t) => t.replace("--destination-port-ranges '80' '443'", "--destination-port-ranges '443'"),
      ],
      [
        'vnet-other-group',
        (t) =>
          t.replace(" \\\n  --description 'Sign-in: the compute gets tokens from Microsoft Entra ID.'", ''),
      ],
      [
        'new-vnet-private-endpoint',
        (t) =>
          t.replace("--address-prefixes '10.30.0.0/16'", "--address-prefixes '10.30.0.0/16' '10.31.0.0/16'"),
      ],
      ['forced-tunnel', (t) => t.replace("APPLIANCE_IP='10.0.0.4'", "APPLIANCE_IP='10.0.0.5'")],
      ['forced-tunnel', (t) => t.replace(/ \\\n {2}--route-table rt-training/, '')],
      ['nat-public-ip-prefix', (t) => t.replace("--idle-timeout '10'", "--idle-timeout '4'")],
      [
        'nat-existing-subnet',
        (t) =>
          t.replace(
            "--sku 'Standard' \\\n  --allocation-method 'Static'",
            "--sku 'Standard' \\\n  --allocation-method 'Dynamic'",
          ),
      ],
      [
        'compute-cluster',
        (t) => t.replace('--default-outbound-access false', '--default-outbound-access true'),
      ],
      ['compute-cluster', (t) => t.replace(/ \\\n {2}--destination-port-ranges '[^']*'/, '')],
      [
        'managed-vnet',
        (t) =>
          t.replace(
            "--managed-network 'allow_only_approved_outbound'",
            "--managed-network 'allow_internet_outbound'",
          ),
      ],
    ];
    for (const [name, change] of cases) {
      const model = modelOf(name);
      const files = filesOf(model);
      const changed = change(files.script);
      expect(changed, name).not.toBe(files.script);
      expect(forFormat(scriptOf({ ...files, script: changed }), 'deploy.sh'), name).not.toEqual(
        forFormat(armOf(files, model), 'deploy.sh'),
      );
    }
  });

  it('finds a template that differs from the other formats', async () => {
    const model = modelOf('forced-tunnel');
    const files = filesOf(model);
    const template = JSON.parse(files.arm) as Json;
    const text = JSON.stringify(template).replace(
      '"disableBgpRoutePropagation":false',
      '"disableBgpRoutePropagation":true',
    );
    expect(text).not.toBe(JSON.stringify(template));
    const terraform = await terraformOf(files);
    expect(armOf(files, model)).toEqual(terraform);
    expect(armOf({ ...files, arm: text }, model)).not.toEqual(terraform);
  });

  it('finds resources a file uses before it creates them', async () => {
    const files = filesOf(modelOf('compute-cluster'));
    const json = await terraformJson(files);
    expect(terraformOrderProblems(json)).toEqual([]);
    const literal = files.terraform.replace(
      /network_security_group_name = azurerm_network_security_group\.(\w+)\.name/,
      'network_security_group_name = "nsg-training"',
    );
    expect(literal).not.toBe(files.terraform);
    const unordered = await terraformJson({ ...files, terraform: literal });
    expect(terraformNetworkFacts(unordered)).toEqual(terraformNetworkFacts(json));
    expect(terraformOrderProblems(unordered)).not.toEqual([]);
    const calls = recordAzCalls(host, files.script);
    expect(scriptOrderProblems(calls)).toEqual([]);
    const at = (command: string) => calls.findIndex((call) => call.command === command);
    const swap = (i: number, j: number): AzCall[] => {
      const out = [...calls];
      [out[i], out[j]] = [calls[j] as AzCall, calls[i] as AzCall];
      return out;
    };
    expect(scriptOrderProblems(swap(at('network nsg create'), at('network vnet subnet create')))).not.toEqual(
      [],
    );
    expect(scriptOrderProblems(swap(at('network nsg create'), at('network nsg rule create')))).not.toEqual(
      [],
    );
    expect(scriptOrderProblems(swap(at('network vnet subnet create'), at('ml compute create')))).not.toEqual(
      [],
    );
  });

  it('leaves out only what a format cannot express, each with its reason', () => {
    for (const entry of NOT_EXPRESSED) expect(entry.reason.length).toBeGreaterThan(20);
    const model = modelOf('databricks');
    const arm = armOf(filesOf(model), model);
    expect(arm.subnets.filter((s) => (s.delegations ?? []).length > 0)).toHaveLength(2);
    expect(forFormat(arm, 'terraform')).toEqual(arm);
    const script = forFormat(arm, 'deploy.sh');
    expect(script).not.toEqual(arm);
    expect({ ...script, subnets: [] }).toEqual({ ...arm, subnets: [] });
  });
});
