import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, type SchemaError } from './parse.ts';
import type { Plan } from './plan.ts';

type Json = Record<string, unknown>;

const example = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../../../examples/${name}.plan.json`, import.meta.url), 'utf8')) as Json;

/** Sets (or with `undefined`, deletes) the field at a dot path, creating objects on the way. */
function edit(plan: Json, path: string, value: unknown): Json {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node = plan;
  for (const key of keys) {
    node[key] ??= {};
    node = node[key] as Json;
  }
  if (value === undefined) delete node[last];
  else node[last] = value;
  return plan;
}

/** The example with every `[path, value]` edit applied. */
const variant = (name: string, ...edits: [string, unknown][]) =>
  edits.reduce((plan, [path, value]) => edit(plan, path, value), example(name));

function errorsOf(raw: unknown): readonly SchemaError[] {
  const result = parsePlan(raw);
  return result.ok ? [] : result.errors;
}

function planOf(raw: unknown): Plan {
  const result = parsePlan(raw);
  if (!result.ok) throw new Error(`expected a valid plan: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

/** Table rows: what is wrong, the plan, the one error path expected, and its message. */
type Row = [label: string, plan: Json, path: string, message: RegExp];

const expectOnlyError = (plan: Json, path: string, message: RegExp) => {
  const errors = errorsOf(plan);
  expect(errors.map((error) => error.path)).toEqual([path]);
  expect(errors[0]?.message).toMatch(message);
};

describe('cross-field shape', () => {
  const udr = (applianceIp?: string): [string, unknown] => [
    'tunneling',
    { mode: 'userDefinedRoutes', applianceIp },
  ];
  const rows: Row[] = [
    [
      'user-defined routes without an appliance IP',
      variant('compute-cluster', udr()),
      'tunneling.applianceIp',
      /private IP of the firewall/,
    ],
    [
      'user-defined routes with an empty appliance IP',
      variant('compute-cluster', udr('')),
      'tunneling.applianceIp',
      /private IP of the firewall/,
    ],
    [
      'an appliance IP out of range',
      variant('compute-cluster', udr('10.0.0.256')),
      'tunneling.applianceIp',
      /"10\.0\.0\.256" is not an IPv4 address/,
    ],
    [
      'an IPv6 appliance IP',
      variant('compute-cluster', udr('fd00::4')),
      'tunneling.applianceIp',
      /is not an IPv4 address/,
    ],
    [
      'a host name as appliance IP',
      variant('compute-cluster', udr('firewall')),
      'tunneling.applianceIp',
      /is not an IPv4 address/,
    ],
    [
      'an appliance IP without user-defined routes',
      variant('compute-cluster', ['tunneling.applianceIp', '10.0.0.4']),
      'tunneling.applianceIp',
      /only with tunneling mode "userDefinedRoutes"/,
    ],
    [
      'customerVnet without network',
      variant('compute-cluster', ['network', undefined]),
      'network',
      /needs a "network" section/,
    ],
    [
      'managedVnet without a mode',
      variant('managed-vnet', ['workspace.managedNetworkMode', undefined]),
      'workspace.managedNetworkMode',
      /Choose the managed network mode/,
    ],
    [
      'customerVnet with a managed mode',
      variant('compute-cluster', ['workspace.managedNetworkMode', 'allowInternetOutbound']),
      'workspace.managedNetworkMode',
      /applies only to isolation "managedVnet"/,
    ],
    [
      'databricks without its subnets',
      variant('databricks', ['network.databricks', undefined]),
      'network.databricks',
      /needs "network\.databricks"/,
    ],
    [
      'databricks with a compute subnet',
      variant('databricks', ['network.subnet', { mode: 'new', name: 'x', addressPrefix: '10.20.3.0/24' }]),
      'network.subnet',
      /remove "network\.subnet"/,
    ],
    [
      'a cluster without a subnet',
      variant('compute-cluster', ['network.subnet', undefined]),
      'network.subnet',
      /Choose the compute subnet/,
    ],
    [
      'a cluster with databricks subnets',
      variant('compute-cluster', ['network.databricks', (example('databricks').network as Json).databricks]),
      'network.databricks',
      /only for compute kind "databricks"/,
    ],
  ];
  it.each(rows)('%s', (_label, plan, path, message) => expectOnlyError(plan, path, message));

  it('accepts user-defined routes with an IPv4 appliance', () => {
    expect(errorsOf(variant('compute-cluster', udr('10.0.0.4')))).toEqual([]);
  });
});

describe('defaults', () => {
  it('fills outbound and tunneling when omitted', () => {
    const plan = planOf(example('managed-vnet'));
    expect(plan.outbound).toEqual({
      restrict: false,
      microsoftImages: true,
      azureMonitor: true,
      azureMonitorPrivateLink: false,
      storageFileShares: false,
      publicContainerRegistry: true,
      containerRegistryPrivateEndpoint: false,
    });
    expect(plan.tunneling).toEqual({
      mode: 'none',
      routeTargets: 'serviceTags',
      routeBatchNodeManagement: true,
    });
  });

  it('fills workspace and compute cluster fields', () => {
    const cluster = variant('compute-cluster', [
      'compute',
      { kind: 'computeCluster', name: 'cpu', vmSize: 'Standard_DS3_v2', maxNodes: 2 },
    ]);
    const plan = planOf(cluster);
    expect(plan.workspace).toMatchObject({ privateEndpoint: true, storageInVnet: false, hbi: false });
    expect(plan.compute).toEqual({
      kind: 'computeCluster',
      name: 'cpu',
      vmSize: 'Standard_DS3_v2',
      maxNodes: 2,
      priority: 'dedicated',
      minNodes: 0,
      idleSecondsBeforeScaleDown: 120,
      publicIp: false,
    });
  });

  it('fills ssh with port 22, disabled', () => {
    const plan = planOf(variant('compute-instance', ['compute.ssh', {}]));
    expect(plan.compute.kind === 'computeInstance' && plan.compute.ssh).toEqual({ enabled: false, port: 22 });
  });

  it('fills the virtual machine operating system', () => {
    const plan = planOf(variant('virtual-machine', ['compute.os', undefined]));
    expect(plan.compute.kind === 'virtualMachine' && plan.compute.os).toBe('ubuntu-22.04');
  });

  it.each([
    ['new', undefined, false],
    ['existing', undefined, true],
    ['new', true, true],
    ['existing', false, false],
  ] as const)('a %s subnet with defaultOutboundAccess %j gets %j', (mode, given, expected) => {
    const subnet = { mode, name: 'training', addressPrefix: '10.0.1.0/24', defaultOutboundAccess: given };
    const plan = planOf(variant('compute-cluster', ['network.subnet', subnet]));
    expect(plan.network?.subnet).toEqual({
      mode,
      name: 'training',
      addressPrefix: '10.0.1.0/24',
      usedAddresses: 0,
      delegations: [],
      defaultOutboundAccess: expected,
      natGateway: false,
    });
  });

  it('fills the vnet, NSG and route table lists', () => {
    const plan = planOf(
      variant(
        'compute-cluster',
        ['network.vnet.otherSubnets', undefined],
        ['network.subnet.routeTable', { name: 'rt-training' }],
      ),
    );
    expect(plan.network?.vnet).toMatchObject({ dnsServers: [], otherSubnets: [] });
    expect(plan.network?.subnet?.networkSecurityGroup?.securityRules).toEqual([]);
    expect(plan.network?.subnet?.routeTable).toEqual({ name: 'rt-training', routes: [] });
  });
});
