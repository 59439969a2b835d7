import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nsgSourceProblem } from './common.ts';
import { parsePlan, type SchemaError } from './parse.ts';
import { resourceIdProblem } from './resourceId.ts';

type Json = Record<string, unknown>;
const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/${name}.plan.json`, import.meta.url), 'utf8')) as Json;

function errorsOf(plan: Json): readonly SchemaError[] {
  const result = parsePlan(plan);
  return result.ok ? [] : result.errors;
}

const withSsh = (source: string) => {
  const plan = example('compute-cluster');
  plan.compute = { ...(plan.compute as Json), ssh: { enabled: true, port: 22, sourceAddressPrefix: source } };
  return plan;
};
const withDns = (servers: string[]) => {
  const plan = example('compute-cluster');
  const network = plan.network as { vnet: Json };
  network.vnet.dnsServers = servers;
  return plan;
};
const withVmId = (id: string) => {
  const plan = example('virtual-machine');
  plan.compute = { ...(plan.compute as Json), resourceId: id };
  return plan;
};

const SUB = '11111111-2222-3333-4444-555555555555';
const vmId = (group: string, name = 'vm1') =>
  `/subscriptions/${SUB}/resourceGroups/${group}/providers/Microsoft.Compute/virtualMachines/${name}`;
/** Characters a shell, an ARM expression or a script would read as syntax. */
const hostile = ['"', "'", '$', '`', '\n', ';', '|', '&', ' ', '\\', '[', '{'];

describe('compute.ssh.sourceAddressPrefix', () => {
  it.each([
    '*',
    'Internet',
    'VirtualNetwork',
    'AzureMachineLearning',
    'Storage.EastUS2',
    '203.0.113.4',
    '203.0.113.0/24',
  ])('accepts %j', (source) => expect(errorsOf(withSsh(source))).toEqual([]));

  it.each([
    [
      'not a prefix $(id)',
      /^"not a prefix \$\(id\)" has spaces or is empty; write an IPv4 address \(203\.0\.113\.4\), a CIDR prefix/,
    ],
    ['', /has spaces or is empty/],
    [
      '10.0.0.1/24',
      /has host bits set; Azure rejects it\. Did you mean 10\.0\.0\.0\/24\? Write an IPv4 address/,
    ],
    ['10.0.0.0/33', /is not a prefix length/],
    ['300.1.1.1', /^"300\.1\.1\.1" is not an address or a service tag; write /],
    ['Internet;id', /is not an address or a service tag/],
  ])('refuses %j with the path and what to write', (source, message) => {
    const errors = errorsOf(withSsh(source));
    expect(errors.map((e) => e.path)).toEqual(['compute.ssh.sourceAddressPrefix']);
    expect(errors[0]?.message).toMatch(message);
  });
});

describe('network.vnet.dnsServers', () => {
  it('accepts IPv4 addresses', () => expect(errorsOf(withDns(['10.0.0.4', '168.63.129.16']))).toEqual([]));

  it.each(['10.0.0.4/32', 'dns.example.com', '10.0.0.4; curl x', '', '2001:db8::1'])(
    'refuses %j',
    (server) => {
      const errors = errorsOf(withDns(['10.0.0.4', server]));
      expect(errors).toEqual([
        {
          path: 'network.vnet.dnsServers.1',
          message: `${JSON.stringify(server)} is not an IPv4 address; write the DNS server's address as four numbers from 0 to 255, such as 10.0.0.4.`,
        },
      ]);
    },
  );
});

describe('resource ids', () => {
  it.each([vmId('ml-rg'), vmId('Rg_(1).x'), vmId('ml-rg').replace('resourceGroups', 'resourcegroups')])(
    'accepts %s',
    (id) => expect(errorsOf(withVmId(id))).toEqual([]),
  );

  it.each([
    [vmId('ml"rg'), /its resource group "ml\\"rg" has """, which no Azure resource name has/],
    [vmId('ml$rg'), /has "\$"/],
    [vmId('ml\nrg'), /has U\+000A/],
    [vmId('ml-rg.'), /The resource group name must end with any allowed character but a period/],
    [vmId('ml-rg', "vm'1"), /its name "vm'1" has "'"/],
    [`${vmId('ml-rg')}/extra`, /it must end with a resource type and a name/],
    [
      vmId('ml-rg').replace('Microsoft.Compute/virtualMachines', 'Microsoft.Compute/disks'),
      /it must name a Microsoft\.Compute\/virtualMachines resource, not "Microsoft\.Compute\/disks"/,
    ],
    ['subscriptions/x', /it must start with \/subscriptions\//],
  ])('refuses %j at compute.resourceId', (id, message) => {
    const errors = errorsOf(withVmId(id));
    expect(errors.map((e) => e.path)).toEqual(['compute.resourceId']);
    expect(errors[0]?.message).toMatch(/^This is not a resource id: /);
    expect(errors[0]?.message).toMatch(message);
  });

  it('checks the ids of application security groups in NSG rules', () => {
    const plan = example('compute-cluster');
    const subnet = (plan.network as { subnet: Json }).subnet;
    subnet.networkSecurityGroup = {
      mode: 'new',
      name: 'nsg',
      securityRules: [
        {
          name: 'AllowAsg',
          properties: {
            priority: 200,
            direction: 'Inbound',
            access: 'Allow',
            protocol: 'Tcp',
            sourceApplicationSecurityGroups: [
              { id: `/subscriptions/${SUB}/resourceGroups/r$(id)/providers/x` },
            ],
          },
        },
      ],
    };
    expect(errorsOf(plan).map((e) => e.path)).toEqual([
      'network.subnet.networkSecurityGroup.securityRules.0.properties.sourceApplicationSecurityGroups.0.id',
    ]);
  });
});

describe('no value with shell or template syntax passes', () => {
  const withHostile = fc
    .tuple(fc.string(), fc.constantFrom(...hostile), fc.string())
    .map(([a, ch, b]) => `${a}${ch}${b}`);

  it('as an NSG source, a DNS server or a resource id', () => {
    fc.assert(
      fc.property(withHostile, (text) => {
        expect(nsgSourceProblem(text)).toBeDefined();
        expect(resourceIdProblem(text)).toBeDefined();
        expect(resourceIdProblem(vmId(text))).toBeDefined();
        expect(errorsOf(withDns([text])).length).toBe(1);
      }),
    );
  });
});
