import { describe, expect, it } from 'vitest';
import type { SecurityRule } from '../model/index.ts';
import { evaluateNsg } from './evaluate.ts';
import type { Flow, FlowResult, SourcedRule } from './types.ts';

type Props = SecurityRule['properties'];

/** A rule as `az network nsg show` prints it: nested `properties`, read-only fields included. */
function azRule(name: string, props: Partial<Props> & Pick<Props, 'priority' | 'access'>): SecurityRule {
  return {
    name,
    id: `/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg/providers/Microsoft.Network/networkSecurityGroups/nsg/securityRules/${name}`,
    etag: 'W/"00000000-0000-0000-0000-000000000000"',
    type: 'Microsoft.Network/networkSecurityGroups/securityRules',
    properties: {
      direction: 'Outbound',
      protocol: '*',
      sourceAddressPrefix: '*',
      sourcePortRange: '*',
      destinationAddressPrefix: '*',
      destinationPortRange: '*',
      provisioningState: 'Succeeded',
      ...props,
    },
  };
}

const out = (port: number, remote: string, protocol: 'Tcp' | 'Udp' = 'Tcp'): Flow => ({
  id: `t-${port}`,
  specId: 't',
  direction: 'Outbound',
  protocol,
  port,
  remote,
  status: 'required',
  why: 'test',
  docUrl: 'https://learn.microsoft.com/',
});
const inbound = (port: number, remote: string): Flow => ({ ...out(port, remote), direction: 'Inbound' });
const existing = (...rules: SecurityRule[]): SourcedRule[] =>
  rules.map((rule, i) => ({
    rule,
    origin: 'existing',
    path: `network.subnet.networkSecurityGroup.securityRules.${i}`,
  }));

interface Case {
  readonly name: string;
  readonly rules: SecurityRule[];
  readonly flow: Flow;
  readonly result: FlowResult;
  /** The deciding rule's name. */
  readonly by: string;
}

const cases: Case[] = [
  {
    name: 'no rules: Internet-bound service tag allowed by AllowInternetOutBound',
    rules: [],
    flow: out(443, 'Storage.eastus2'),
    result: 'allowed',
    by: 'AllowInternetOutBound',
  },
  {
    name: 'no rules: inbound from a service tag denied by DenyAllInBound',
    rules: [],
    flow: inbound(44224, 'AzureMachineLearning'),
    result: 'denied',
    by: 'DenyAllInBound',
  },
  {
    name: 'no rules: VirtualNetwork outbound allowed by AllowVnetOutBound',
    rules: [],
    flow: out(443, 'VirtualNetwork'),
    result: 'allowed',
    by: 'AllowVnetOutBound',
  },
  {
    name: 'deny before allow',
    rules: [
      azRule('DenyAll', { priority: 100, access: 'Deny' }),
      azRule('AllowStorage', { priority: 200, access: 'Allow', destinationAddressPrefix: 'Storage' }),
    ],
    flow: out(443, 'Storage.eastus2'),
    result: 'denied',
    by: 'DenyAll',
  },
  {
    name: 'allow before deny',
    rules: [
      azRule('DenyAll', { priority: 300, access: 'Deny' }),
      azRule('AllowStorage', { priority: 200, access: 'Allow', destinationAddressPrefix: 'Storage.eastus2' }),
    ],
    flow: out(443, 'Storage.eastus2'),
    result: 'allowed',
    by: 'AllowStorage',
  },
  {
    name: 'overlapping port ranges: the lower priority number wins',
    rules: [
      azRule('Allow400to500', { priority: 110, access: 'Allow', destinationPortRange: '400-500' }),
      azRule('Deny1to1000', { priority: 100, access: 'Deny', destinationPortRange: '1-1000' }),
    ],
    flow: out(443, 'AzureResourceManager'),
    result: 'denied',
    by: 'Deny1to1000',
  },
  {
    name: 'port outside a rule range does not match it',
    rules: [azRule('Deny1to442', { priority: 100, access: 'Deny', destinationPortRange: '1-442' })],
    flow: out(443, 'AzureResourceManager'),
    result: 'allowed',
    by: 'AllowInternetOutBound',
  },
  {
    name: 'port lists (destinationPortRanges)',
    rules: [
      azRule('DenyList', {
        priority: 100,
        access: 'Deny',
        destinationPortRange: undefined,
        destinationPortRanges: ['80', '8000-9000'],
      }),
    ],
    flow: out(8787, 'AzureMachineLearning'),
    result: 'denied',
    by: 'DenyList',
  },
  {
    name: 'protocol * matches UDP',
    rules: [
      azRule('DenyAny', { priority: 100, access: 'Deny', protocol: '*', destinationPortRange: '5831' }),
    ],
    flow: out(5831, 'AzureMachineLearning', 'Udp'),
    result: 'denied',
    by: 'DenyAny',
  },
  {
    name: 'a TCP rule does not match UDP',
    rules: [
      azRule('DenyTcp', { priority: 100, access: 'Deny', protocol: 'Tcp', destinationPortRange: '5831' }),
    ],
    flow: out(5831, 'AzureMachineLearning', 'Udp'),
    result: 'allowed',
    by: 'AllowInternetOutBound',
  },
  {
    name: 'Internet covers public service tags',
    rules: [azRule('DenyInternet', { priority: 100, access: 'Deny', destinationAddressPrefix: 'Internet' })],
    flow: out(443, 'AzureActiveDirectory'),
    result: 'denied',
    by: 'DenyInternet',
  },
  {
    name: 'Internet does not cover VirtualNetwork',
    rules: [azRule('DenyInternet', { priority: 100, access: 'Deny', destinationAddressPrefix: 'Internet' })],
    flow: out(443, 'VirtualNetwork'),
    result: 'allowed',
    by: 'AllowVnetOutBound',
  },
  {
    name: 'a global tag covers its regional tag (case-insensitive)',
    rules: [azRule('DenyStorage', { priority: 100, access: 'Deny', destinationAddressPrefix: 'STORAGE' })],
    flow: out(443, 'Storage.eastus2'),
    result: 'denied',
    by: 'DenyStorage',
  },
  {
    name: 'another region does not match',
    rules: [
      azRule('DenyStorageWest', {
        priority: 100,
        access: 'Deny',
        destinationAddressPrefix: 'Storage.westus',
      }),
    ],
    flow: out(443, 'Storage.eastus2'),
    result: 'allowed',
    by: 'AllowInternetOutBound',
  },
  {
    name: 'another tag does not match',
    rules: [azRule('DenySql', { priority: 100, access: 'Deny', destinationAddressPrefix: 'Sql' })],
    flow: out(443, 'Storage.eastus2'),
    result: 'allowed',
    by: 'AllowInternetOutBound',
  },
  {
    name: 'an IP prefix against a service tag is unknown, never allowed',
    rules: [
      azRule('AllowRange', { priority: 100, access: 'Allow', destinationAddressPrefix: '20.0.0.0/8' }),
      azRule('DenyAll', { priority: 4096, access: 'Deny' }),
    ],
    flow: out(443, 'AzureMachineLearning'),
    result: 'unknown',
    by: 'AllowRange',
  },
  {
    name: 'an undecidable rule with the same outcome as the next decisive one is decided',
    rules: [
      azRule('DenyRange', { priority: 100, access: 'Deny', destinationAddressPrefix: '20.0.0.0/8' }),
      azRule('DenyAll', { priority: 200, access: 'Deny' }),
    ],
    flow: out(443, 'AzureMachineLearning'),
    result: 'denied',
    by: 'DenyAll',
  },
  {
    name: '0.0.0.0/0 covers every tag',
    rules: [azRule('DenyAllIp', { priority: 100, access: 'Deny', destinationAddressPrefix: '0.0.0.0/0' })],
    flow: out(443, 'AzureMachineLearning'),
    result: 'denied',
    by: 'DenyAllIp',
  },
  {
    name: 'the compute subnet prefix matches the local side of an outbound flow',
    rules: [azRule('DenyFromSubnet', { priority: 100, access: 'Deny', sourceAddressPrefix: '10.0.1.0/24' })],
    flow: out(443, 'AzureMachineLearning'),
    result: 'denied',
    by: 'DenyFromSubnet',
  },
  {
    name: 'another subnet prefix does not match the local side',
    rules: [azRule('DenyFromOther', { priority: 100, access: 'Deny', sourceAddressPrefix: '10.9.0.0/16' })],
    flow: out(443, 'AzureMachineLearning'),
    result: 'allowed',
    by: 'AllowInternetOutBound',
  },
  {
    name: 'inbound: service tag source matches',
    rules: [
      azRule('AllowAml', {
        priority: 100,
        access: 'Allow',
        direction: 'Inbound',
        protocol: 'Tcp',
        sourceAddressPrefix: 'AzureMachineLearning',
        destinationAddressPrefix: 'VirtualNetwork',
        destinationPortRange: '44224',
      }),
    ],
    flow: inbound(44224, 'AzureMachineLearning'),
    result: 'allowed',
    by: 'AllowAml',
  },
  {
    name: 'inbound: an outbound rule never applies',
    rules: [azRule('AllowOut', { priority: 100, access: 'Allow', direction: 'Outbound' })],
    flow: inbound(44224, 'AzureMachineLearning'),
    result: 'denied',
    by: 'DenyAllInBound',
  },
  {
    name: 'inbound: a CIDR source is compared with a CIDR flow source',
    rules: [
      azRule('AllowCorpSsh', {
        priority: 100,
        access: 'Allow',
        direction: 'Inbound',
        sourceAddressPrefix: '203.0.113.0/24',
        destinationPortRange: '22',
      }),
    ],
    flow: inbound(22, '203.0.113.0/25'),
    result: 'allowed',
    by: 'AllowCorpSsh',
  },
  {
    name: 'a malformed rule never matches',
    rules: [azRule('Broken', { priority: 100, access: 'Deny', destinationPortRange: '80-' })],
    flow: out(443, 'AzureMachineLearning'),
    result: 'allowed',
    by: 'AllowInternetOutBound',
  },
  {
    name: 'a source port range not covering ephemeral ports does not match',
    rules: [azRule('DenySrc80', { priority: 100, access: 'Deny', sourcePortRange: '80' })],
    flow: out(443, 'AzureMachineLearning'),
    result: 'allowed',
    by: 'AllowInternetOutBound',
  },
  {
    name: 'application security groups are unknown',
    rules: [
      azRule('DenyAsg', {
        priority: 100,
        access: 'Deny',
        sourceAddressPrefix: undefined,
        sourceApplicationSecurityGroups: [{ id: '/asg/web' }],
      }),
    ],
    flow: out(443, 'AzureMachineLearning'),
    result: 'unknown',
    by: 'DenyAsg',
  },
];

describe('evaluateNsg', () => {
  it.each(cases)('$name', ({ rules, flow, result, by }) => {
    const decision = evaluateNsg(existing(...rules), flow, { subnetPrefix: '10.0.1.0/24' });
    expect(decision.result).toBe(result);
    expect(decision.rule?.name).toBe(by);
  });

  it('reports origin and plan path of the deciding rule', () => {
    const rules = existing(
      azRule('Other', { priority: 90, access: 'Allow', destinationPortRange: '22' }),
      azRule('DenyAll', { priority: 100, access: 'Deny' }),
    );
    expect(evaluateNsg(rules, out(443, 'Storage.eastus2')).rule).toEqual({
      name: 'DenyAll',
      priority: 100,
      access: 'Deny',
      origin: 'existing',
      path: 'network.subnet.networkSecurityGroup.securityRules.1',
    });
    expect(evaluateNsg([], out(443, 'Storage.eastus2')).rule).toMatchObject({
      origin: 'default',
      priority: 65001,
    });
  });

  it('explains an unknown result', () => {
    const rules = existing(
      azRule('AllowRange', { priority: 100, access: 'Allow', destinationAddressPrefix: '20.0.0.0/8' }),
      azRule('DenyAll', { priority: 4096, access: 'Deny' }),
    );
    expect(evaluateNsg(rules, out(443, 'AzureMachineLearning')).note).toMatch(/Service Tags file/);
  });
});
