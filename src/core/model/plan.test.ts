import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, type SchemaError } from './parse.ts';

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

/** Table rows: what is wrong, the plan, the one error path expected, and its message. */
type Row = [label: string, plan: Json, path: string, message: RegExp];

const expectOnlyError = (plan: Json, path: string, message: RegExp) => {
  const errors = errorsOf(plan);
  expect(errors.map((error) => error.path)).toEqual([path]);
  expect(errors[0]?.message).toMatch(message);
};

describe('unknown fields are errors at their exact path', () => {
  const unknown = /^Unknown field ".+": check the spelling, or remove it\.$/;
  const rows: Row[] = [
    ['top level', variant('compute-cluster', ['extra', true]), 'extra', unknown],
    ['workspace', variant('compute-cluster', ['workspace.regoin', 'eastus2']), 'workspace.regoin', unknown],
    [
      'a compute instance with priority',
      variant('compute-instance', ['compute.priority', 'dedicated']),
      'compute.priority',
      unknown,
    ],
    ['serverless with minNodes', variant('serverless', ['compute.minNodes', 0]), 'compute.minNodes', unknown],
    [
      'a virtual machine with vmSize',
      variant('virtual-machine', ['compute.vmSize', 'Standard_DS3_v2']),
      'compute.vmSize',
      unknown,
    ],
    [
      'ssh',
      variant('compute-cluster', ['compute.ssh', { enabled: true, prot: 22 }]),
      'compute.ssh.prot',
      unknown,
    ],
    ['subnet', variant('compute-cluster', ['network.subnet.nsg', {}]), 'network.subnet.nsg', unknown],
    ['outbound', variant('compute-cluster', ['outbound.restrictt', true]), 'outbound.restrictt', unknown],
    ['tunneling', variant('compute-cluster', ['tunneling.ip', '10.0.0.4']), 'tunneling.ip', unknown],
  ];
  it.each(rows)('%s', (_label, plan, path, message) => expectOnlyError(plan, path, message));

  it('inside an NSG security rule', () => {
    const rule = {
      name: 'AllowSsh',
      properties: { priorty: 300, priority: 300, direction: 'Inbound', access: 'Allow', protocol: 'Tcp' },
    };
    const plan = variant('compute-cluster', ['network.subnet.networkSecurityGroup.securityRules', [rule]]);
    expectOnlyError(plan, 'network.subnet.networkSecurityGroup.securityRules.0.properties.priorty', unknown);
  });

  it('lists every unknown field, not just the first', () => {
    const plan = variant('compute-cluster', ['a', 1], ['workspace.b', 2], ['compute.c', 3]);
    expect(errorsOf(plan).map((error) => error.path)).toEqual(
      expect.arrayContaining(['a', 'workspace.b', 'compute.c']),
    );
    expect(errorsOf(plan)).toHaveLength(3);
  });

  it('accepts the ARM envelope fields that `az … show` prints', () => {
    const rule = {
      name: 'AllowSsh',
      id: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.Network/networkSecurityGroups/nsg/securityRules/AllowSsh',
      etag: 'W/"1"',
      type: 'Microsoft.Network/networkSecurityGroups/securityRules',
      properties: {
        priority: 300,
        direction: 'Inbound',
        access: 'Allow',
        protocol: 'Tcp',
        provisioningState: 'Succeeded',
      },
    };
    expect(
      errorsOf(variant('compute-cluster', ['network.subnet.networkSecurityGroup.securityRules', [rule]])),
    ).toEqual([]);
  });
});

describe('wrong types and values', () => {
  const rows: Row[] = [
    [
      'a number as text',
      variant('compute-cluster', ['compute.maxNodes', '4']),
      'compute.maxNodes',
      /^Expected number, got string "4"\.$/,
    ],
    [
      'a boolean as text',
      variant('compute-cluster', ['workspace.privateEndpoint', 'yes']),
      'workspace.privateEndpoint',
      /^Expected boolean, got string "yes"\./,
    ],
    [
      'a string for an array',
      variant('compute-cluster', ['network.vnet.addressSpace', '10.0.0.0/16']),
      'network.vnet.addressSpace',
      /^Expected array, got string "10\.0\.0\.0\/16"\./,
    ],
    [
      'an empty address space',
      variant('compute-cluster', ['network.vnet.addressSpace', []]),
      'network.vnet.addressSpace',
      /at least one address space/,
    ],
    [
      'a missing field',
      variant('compute-cluster', ['compute.vmSize', undefined]),
      'compute.vmSize',
      /^Missing required field/,
    ],
    [
      'an unknown compute kind',
      variant('compute-cluster', ['compute.kind', 'gpuCluster']),
      'compute.kind',
      /computeCluster/,
    ],
    [
      'an unknown enum value',
      variant('compute-cluster', ['tunneling.mode', 'vpn']),
      'tunneling.mode',
      /"none", "natGateway" or "userDefinedRoutes"/,
    ],
    [
      'a display-name region',
      variant('compute-cluster', ['workspace.region', 'East US 2']),
      'workspace.region',
      /such as "eastus2"/,
    ],
    [
      'a bad subscription id',
      variant('compute-cluster', ['workspace.subscriptionId', 'abc']),
      'workspace.subscriptionId',
      /GUID/,
    ],
    [
      'a fractional node count',
      variant('compute-cluster', ['compute.maxNodes', 1.5]),
      'compute.maxNodes',
      /int/i,
    ],
    [
      'minNodes above maxNodes',
      variant('compute-cluster', ['compute.minNodes', 5]),
      'compute.minNodes',
      /minNodes \(5\) can't be larger than maxNodes \(4\)/,
    ],
    [
      'an ssh port out of range',
      variant('compute-cluster', ['compute.ssh', { port: 70000 }]),
      'compute.ssh.port',
      /65535/,
    ],
    [
      'a VM resource id of the wrong type',
      variant('virtual-machine', ['compute.resourceId', '/subscriptions/x']),
      'compute.resourceId',
      /^This is not a resource id: its subscription id "x" is not a GUID\. Write the full id, such as /,
    ],
  ];
  it.each(rows)('%s', (_label, plan, path, message) => expectOnlyError(plan, path, message));

  it('checks names through the plan at the field that holds them', () => {
    const plan = variant(
      'compute-cluster',
      ['compute.name', 'cpu-1'],
      ['workspace.resourceGroup', 'ml-rg.'],
      ['network.subnet.name', 's'.repeat(81)],
    );
    expect(errorsOf(plan).map((error) => error.path)).toEqual([
      'workspace.resourceGroup',
      'compute.name',
      'network.subnet.name',
    ]);
  });

  it('checks the HDInsight cluster name inside its resource id', () => {
    const id =
      '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.HDInsight/clusters/hdi-';
    expectOnlyError(
      variant('hdinsight', ['compute.resourceId', id]),
      'compute.resourceId',
      /HDInsight cluster name must end with a letter or digit/,
    );
  });
});
