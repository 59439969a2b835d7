/**
 * Golden scenarios for the generators: one per shipped example (one per compute kind plus the managed
 * network) and four that exercise other paths. Used only by tests and the benchmark.
 */
import { parsePlan, type Plan } from '../../../src/core/model/index.ts';
import { VALID_EXAMPLES } from '../rulePlans.ts';
import computeCluster from '../../../examples/compute-cluster.plan.json' with { type: 'json' };
import computeInstance from '../../../examples/compute-instance.plan.json' with { type: 'json' };
import serverless from '../../../examples/serverless.plan.json' with { type: 'json' };
import hubAndSpoke from '../../../examples/hub-and-spoke.plan.json' with { type: 'json' };
import newVnetPrivateEndpoint from '../../../examples/new-vnet-private-endpoint.plan.json' with { type: 'json' };

type Json = Record<string, unknown>;

const clone = (value: object): Json => JSON.parse(JSON.stringify(value)) as Json;

/** A cluster subnet that already exists, gains a NAT gateway: ARM must restate the whole subnet. */
function natOnExistingSubnet(): Json {
  const plan = clone(computeCluster);
  plan.network = {
    vnet: {
      mode: 'existing',
      resourceGroup: 'net-rg',
      name: 'contoso-vnet',
      region: 'eastus2',
      addressSpace: ['10.0.0.0/16'],
    },
    subnet: {
      mode: 'existing',
      name: 'training',
      addressPrefix: '10.0.1.0/24',
      usedAddresses: 6,
      defaultOutboundAccess: false,
      networkSecurityGroup: { mode: 'existing', name: 'nsg-training' },
    },
  };
  plan.outbound = { restrict: false };
  plan.tunneling = { mode: 'natGateway' };
  return plan;
}

/** The NAT gateway with a public IP prefix and a longer idle timeout on a new, private subnet. */
function natPublicIpPrefix(): Json {
  const plan = clone(computeCluster);
  plan.outbound = { restrict: false };
  plan.tunneling = { mode: 'natGateway', natIdleTimeoutMinutes: 10, natPublicIpPrefixLength: 30 };
  return plan;
}

/** A public-IP cluster forced-tunnelled through a firewall: 0.0.0.0/0 to the appliance plus bypass routes. */
function forcedTunnel(): Json {
  const plan = clone(computeCluster);
  plan.compute = { ...(plan.compute as Json), publicIp: true };
  plan.tunneling = {
    mode: 'userDefinedRoutes',
    applianceIp: '10.0.0.4',
    routeTargets: 'serviceTags',
    routeBatchNodeManagement: true,
  };
  return plan;
}

/**
 * A public-IP cluster in US Gov Virginia forced-tunnelled through a firewall, with the bypass routes
 * written as IP prefixes from a Service Tags file ({@link IP_PREFIX_SCENARIO}).
 */
function forcedTunnelIpPrefixes(): Json {
  const plan = forcedTunnel();
  const region = 'usgovvirginia';
  plan.workspace = { ...(plan.workspace as Json), region };
  const network = plan.network as Json;
  plan.network = { ...network, vnet: { ...(network.vnet as Json), region } };
  plan.tunneling = { ...(plan.tunneling as Json), routeTargets: 'ipPrefixes' };
  return plan;
}

/**
 * The golden scenario that needs a Service Tags file: its plan and the fixture it is generated with,
 * relative to the project's test fixtures folder (`test/fixtures`).
 */
export const IP_PREFIX_SCENARIO = {
  name: 'forced-tunnel-ip-prefixes',
  fixture: 'service-tags/ServiceTags_Gov_20260719.json',
  fileName: 'ServiceTags_Gov_20260719.json',
  plan: (): Plan => planOf(forcedTunnelIpPrefixes()),
} as const;

/** Restricted outbound on an existing NSG that already has rules: the planned rules are added as children. */
function restrictedOutbound(): Json {
  const plan = clone(computeInstance);
  plan.network = {
    vnet: {
      mode: 'existing',
      resourceGroup: 'ml-rg',
      name: 'ml-vnet',
      region: 'westeurope',
      addressSpace: ['10.10.0.0/16'],
    },
    subnet: {
      mode: 'existing',
      name: 'instances',
      addressPrefix: '10.10.1.0/26',
      usedAddresses: 4,
      natGateway: true,
      networkSecurityGroup: {
        mode: 'existing',
        name: 'nsg-instances',
        securityRules: [
          {
            name: 'AllowBastionSsh',
            properties: {
              priority: 100,
              direction: 'Inbound',
              access: 'Allow',
              protocol: 'Tcp',
              sourceAddressPrefix: '10.10.250.0/26',
              sourcePortRange: '*',
              destinationAddressPrefix: 'VirtualNetwork',
              destinationPortRange: '22',
            },
          },
        ],
      },
    },
  };
  plan.outbound = { restrict: true, microsoftImages: true, azureMonitor: true };
  plan.tunneling = { mode: 'none' };
  return plan;
}

/** An existing VNet in another resource group, existing subnet with a route table and a NAT gateway, new NSG. */
function vnetInOtherGroup(): Json {
  const plan = clone(serverless);
  plan.network = {
    vnet: {
      mode: 'existing',
      resourceGroup: 'hub-network-rg',
      name: 'hub-vnet',
      region: 'eastus2',
      addressSpace: ['10.50.0.0/16'],
    },
    subnet: {
      mode: 'existing',
      name: 'ml-serverless',
      addressPrefix: '10.50.8.0/22',
      usedAddresses: 0,
      natGateway: true,
      networkSecurityGroup: { mode: 'new', name: 'nsg-ml-serverless' },
      routeTable: {
        name: 'rt-hub',
        routes: [
          {
            name: 'to-firewall',
            properties: {
              addressPrefix: '0.0.0.0/0',
              nextHopType: 'VirtualAppliance',
              nextHopIpAddress: '10.50.0.4',
            },
          },
        ],
      },
    },
  };
  plan.outbound = { restrict: true };
  plan.tunneling = {
    mode: 'userDefinedRoutes',
    applianceIp: '10.50.0.4',
    routeTargets: 'serviceTags',
    routeBatchNodeManagement: true,
  };
  return plan;
}

/**
 * A spoke the bundle peers with the hub holding the workspace endpoint, linking zones kept in the
 * spoke's resource group, and adding a key vault endpoint in a new endpoint subnet of the existing VNet.
 */
function hubPeeringCreated(): Json {
  const plan = clone(hubAndSpoke);
  const workspace = plan.workspace as Json;
  const zones =
    '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/spoke-rg/providers/Microsoft.Network/privateDnsZones';
  workspace.privateLink = {
    ...(workspace.privateLink as Json),
    peering: 'create',
    dnsZones: [
      { id: `${zones}/privatelink.api.azureml.ms` },
      { id: `${zones}/privatelink.notebooks.azure.net`, linked: true },
    ],
    resourceEndpoints: [
      {
        groupId: 'vault',
        resourceId:
          '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.KeyVault/vaults/contoso-ml-kv',
      },
    ],
  };
  return plan;
}

const RAW_SCENARIOS: Readonly<Record<string, object>> = {
  ...VALID_EXAMPLES,
  'nat-existing-subnet': natOnExistingSubnet(),
  'nat-public-ip-prefix': natPublicIpPrefix(),
  'forced-tunnel': forcedTunnel(),
  'restricted-outbound': restrictedOutbound(),
  'vnet-other-group': vnetInOtherGroup(),
  'new-vnet-private-endpoint': newVnetPrivateEndpoint,
  'hub-and-spoke': hubAndSpoke,
  'hub-peering-created': hubPeeringCreated(),
};

/** Parses a plan the schema must accept; throws with the schema's messages otherwise (a broken fixture). */
export function planOf(raw: unknown): Plan {
  const result = parsePlan(raw);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join('\n'));
  return result.plan;
}

/** Scenario names in a stable order. */
export const SCENARIO_NAMES: readonly string[] = Object.keys(RAW_SCENARIOS).sort();

/** The schema-valid plan of a scenario. */
export function scenarioPlan(name: string): Plan {
  const raw = RAW_SCENARIOS[name];
  if (!raw) throw new Error(`No generator scenario named ${name}.`);
  return planOf(clone(raw));
}

/**
 * A plan with hostile values where the schema allows free text (route prefixes, rule text), and the
 * values that are legal yet special in a shell or template where it doesn't (`*` as the SSH source).
 */
export function hostilePlan(): Plan {
  const nasty = `'"\\$\`{}\${x}%{y}\n\r\t#!;&|<>*[]é€😀`;
  const plan = restrictedOutbound();
  const network = plan.network as Json;
  (network.vnet as Json).dnsServers = ['10.0.0.10'];
  const subnet = network.subnet as Json;
  subnet.routeTable = {
    name: 'rt-x',
    routes: [{ name: 'r1', properties: { addressPrefix: `[10.1.0.0/16${nasty}`, nextHopType: 'Internet' } }],
  };
  const nsg = subnet.networkSecurityGroup as Json;
  const rules = nsg.securityRules as Json[];
  const first = rules[0] as { properties: Json };
  first.properties.description = `[${nasty}`.slice(0, 140);
  plan.compute = {
    ...(plan.compute as Json),
    ssh: { enabled: true, port: 2222, sourceAddressPrefix: '*' },
  };
  plan.tunneling = {
    mode: 'userDefinedRoutes',
    applianceIp: '10.10.0.4',
    routeTargets: 'serviceTags',
    routeBatchNodeManagement: true,
  };
  return planOf(plan);
}
