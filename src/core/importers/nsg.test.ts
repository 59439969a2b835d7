import { describe, expect, it } from 'vitest';
import { networkSecurityGroupSchema, securityRuleSchema } from '../model/index.ts';
import armNsg from './fixtures/arm-nsg.json' with { type: 'json' };
import azNsg from './fixtures/az-nsg-show.json' with { type: 'json' };
import azVnet from './fixtures/az-vnet-show.json' with { type: 'json' };
import { nsgFromArm } from './nsg.ts';

const expectedRules = [
  {
    name: 'AllowAzureMLInbound',
    properties: {
      priority: 100,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      sourceAddressPrefix: 'AzureMachineLearning',
      sourcePortRange: '*',
      destinationAddressPrefix: '*',
      destinationPortRange: '44224',
    },
  },
  {
    name: 'AllowBatchNodeManagement',
    properties: {
      priority: 110,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      description: 'Batch node management (2020 guidance)',
      sourceAddressPrefix: 'BatchNodeManagement',
      sourcePortRange: '*',
      destinationAddressPrefix: '*',
      destinationPortRange: '29876-29877',
    },
  },
  {
    name: 'AllowSshFromCorp',
    properties: {
      priority: 300,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      sourcePortRange: '*',
      destinationAddressPrefix: '*',
      destinationPortRange: '22',
      sourceAddressPrefixes: ['198.51.100.0/24', '203.0.113.0/24'],
    },
  },
  {
    name: 'AllowAzureMLOutbound',
    properties: {
      priority: 120,
      direction: 'Outbound',
      access: 'Allow',
      protocol: 'Tcp',
      sourceAddressPrefix: 'VirtualNetwork',
      sourcePortRange: '*',
      destinationAddressPrefix: 'AzureMachineLearning',
      destinationPortRanges: ['443', '8787', '18881'],
    },
  },
  {
    name: 'DenyInternetOutbound',
    properties: {
      priority: 4096,
      direction: 'Outbound',
      access: 'Deny',
      protocol: '*',
      sourceAddressPrefix: '*',
      sourcePortRange: '*',
      destinationAddressPrefix: 'Internet',
      destinationPortRange: '*',
    },
  },
];

describe('nsgFromArm', () => {
  it.each([
    ['az nsg show (flattened)', azNsg],
    ['ARM REST (nested)', armNsg],
  ])('reads %s into the plan shape, without default rules or read-only fields', (_label, json) => {
    const result = nsgFromArm(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ mode: 'existing', name: 'nsg-training', securityRules: expectedRules });
    expect(networkSecurityGroupSchema.parse(result.value)).toEqual(result.value);
    for (const rule of result.value.securityRules)
      expect(securityRuleSchema.safeParse(rule).success).toBe(true);
  });

  it('notes the legacy Batch rule', () => {
    const result = nsgFromArm(azNsg);
    expect(result.ok && result.notes).toEqual([
      expect.stringMatching(/^Security rule "AllowBatchNodeManagement" allows TCP 29876–29877/),
    ]);
  });

  it('canonicalises the case ARM echoes back', () => {
    const rule = {
      name: 'r',
      priority: 200,
      direction: 'inbound',
      access: 'allow',
      protocol: 'tcp',
      destinationPortRange: '443',
    };
    const result = nsgFromArm({ name: 'n', securityRules: [rule] });
    expect(result.ok && result.value.securityRules[0]?.properties).toEqual({
      priority: 200,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      destinationPortRange: '443',
    });
  });

  it('reads an NSG without rules', () => {
    expect(
      nsgFromArm({ name: 'empty', type: 'Microsoft.Network/networkSecurityGroups', properties: {} }),
    ).toEqual({
      ok: true,
      value: { mode: 'existing', name: 'empty', securityRules: [] },
      notes: [],
    });
  });

  it.each([
    [
      'another resource',
      azVnet,
      /^This looks like a virtual network, not a network security group; paste the output of `az network nsg show/,
    ],
    [
      'a priority as text',
      {
        name: 'n',
        securityRules: [
          { name: 'r', priority: '100', direction: 'Inbound', access: 'Allow', protocol: 'Tcp' },
        ],
      },
      /^The network security group JSON has fields this wizard can't read: securityRules\.0\.priority: Expected number, got string "100"/,
    ],
    [
      'an unknown protocol',
      {
        name: 'n',
        securityRules: [{ name: 'r', priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Gre' }],
      },
      /securityRules\.0\.protocol: Expected one of "Tcp", "Udp", "Icmp", "Esp", "Ah" or "\*"/,
    ],
    [
      'a missing name',
      { type: 'Microsoft.Network/networkSecurityGroups', securityRules: [] },
      /^The network security group JSON has fields this wizard can't read: name: Missing required field[^.]*\. Paste the unedited output of `az network nsg show -g <rg> -n <name> -o json`\.$/,
    ],
    [
      'a rule name the plan refuses',
      {
        name: 'n',
        securityRules: [
          { name: '-bad', priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp' },
        ],
      },
      /^Security rule 0 "-bad" in network security group "n" can't be used in a plan \(name\): The security rule name must start with a letter or digit\.$/,
    ],
  ])('explains %s instead of throwing', (_label, json, message) => {
    const result = nsgFromArm(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
