import { describe, expect, it } from 'vitest';
import type { SecurityRule } from '../../../core/index.ts';
import { addressText, isOpenToWorld, protocolText, ruleRow, rulesOf } from './ruleText.ts';

const rule = (
  name: string,
  priority: number,
  direction: 'Inbound' | 'Outbound',
  extra = {},
): SecurityRule => ({
  name,
  properties: {
    priority,
    direction,
    access: 'Allow',
    protocol: 'Tcp',
    sourceAddressPrefix: '*',
    sourcePortRange: '*',
    destinationAddressPrefix: 'VirtualNetwork',
    destinationPortRange: '22',
    ...extra,
  },
});

describe('addressText', () => {
  it.each([
    [undefined, undefined, undefined, 'Not set'],
    ['*', undefined, undefined, 'Any'],
    ['10.0.0.0/24', ['10.1.0.0/24', '10.2.0.0/24'], undefined, '10.0.0.0/24, 10.1.0.0/24, 10.2.0.0/24'],
    ['', ['10.1.0.0/24'], undefined, '10.1.0.0/24'],
    [
      '*',
      undefined,
      [{ id: '/subscriptions/x/resourceGroups/g/providers/Microsoft.Network/applicationSecurityGroups/web' }],
      'Application security group web',
    ],
  ])('%s + %j + %j → %s', (single, list, groups, expected) => {
    expect(addressText(single, list, groups)).toBe(expected);
  });
});

describe('ruleRow', () => {
  it('puts every field of a rule in words', () => {
    const row = ruleRow(
      rule('AllowSsh', 300, 'Inbound', {
        protocol: '*',
        destinationPortRange: undefined,
        destinationPortRanges: ['22', '2222'],
      }),
    );
    expect(row).toEqual({
      name: 'AllowSsh',
      priority: 300,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Any',
      source: 'Any',
      destination: 'VirtualNetwork',
      ports: '22, 2222',
    });
  });

  it('names protocols as people write them', () => {
    expect(['Tcp', 'Udp', '*'].map((p) => protocolText(p as 'Tcp'))).toEqual(['TCP', 'UDP', 'Any']);
  });
});

describe('rulesOf', () => {
  it('keeps one direction, in the order Azure evaluates them', () => {
    const rules = [
      rule('c', 200, 'Inbound'),
      rule('o', 100, 'Outbound'),
      rule('b', 100, 'Inbound'),
      rule('a', 200, 'Inbound'),
    ];
    expect(rulesOf(rules, 'Inbound').map((r) => r.name)).toEqual(['b', 'a', 'c']);
    expect(rulesOf(rules, 'Outbound').map((r) => r.name)).toEqual(['o']);
  });
});

describe('isOpenToWorld', () => {
  it.each([
    ['*', true],
    ['Internet', true],
    [' 0.0.0.0/0 ', true],
    ['any', true],
    ['203.0.113.0/24', false],
    ['VirtualNetwork', false],
    [undefined, false],
  ])('%s → %s', (source, expected) => {
    expect(isOpenToWorld(source)).toBe(expected);
  });
});
