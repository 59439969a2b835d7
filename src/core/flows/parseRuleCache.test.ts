import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SecurityRule } from '../model/index.ts';
import { parseRule, parseRuleUncached } from './parseRule.ts';

type Properties = SecurityRule['properties'];

const portText = fc.constantFrom('*', '22', '443', '80-90', '8443', '0', '70000', 'abc', '', '1-', '5-3');
const addressText = fc.constantFrom(
  '*',
  'VirtualNetwork',
  'Internet',
  'Storage.westus',
  '10.0.0.0/24',
  '10.0.0.1/24',
  '172.16.0.0/12',
  '2001:db8::/32',
  'bad prefix',
  '',
  '1',
  ':',
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const groups = maybe(fc.array(fc.constant({ id: '/subscriptions/x' }), { maxLength: 1 }));

const properties: fc.Arbitrary<Properties> = fc
  .record({
    sourcePortRange: maybe(portText),
    sourcePortRanges: maybe(fc.array(portText, { maxLength: 3 })),
    destinationPortRange: maybe(portText),
    destinationPortRanges: maybe(fc.array(portText, { maxLength: 3 })),
    sourceAddressPrefix: maybe(addressText),
    sourceAddressPrefixes: maybe(fc.array(addressText, { maxLength: 3 })),
    destinationAddressPrefix: maybe(addressText),
    destinationAddressPrefixes: maybe(fc.array(addressText, { maxLength: 3 })),
    sourceApplicationSecurityGroups: groups,
    destinationApplicationSecurityGroups: groups,
  })
  .map((fields) => ({
    priority: 100,
    direction: 'Inbound' as const,
    access: 'Allow' as const,
    protocol: 'Tcp' as const,
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
  }));

const rule = (p: Properties): SecurityRule => ({ name: 'r', properties: p });

describe('parseRule caches by content', () => {
  it('gives exactly what parsing without the cache gives, for new objects of any content', () => {
    fc.assert(
      fc.property(fc.array(properties, { minLength: 1, maxLength: 30 }), (list) => {
        for (const p of list) {
          expect(parseRule(rule(structuredClone(p)))).toEqual(parseRuleUncached(p));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lets two rules of different content share a result', () => {
    fc.assert(
      fc.property(properties, properties, (a, b) => {
        // A shared result is only right when both rules parse the same.
        if (parseRule(rule(a)) === parseRule(rule(b))) {
          expect(parseRuleUncached(a)).toEqual(parseRuleUncached(b));
        }
        expect(parseRule(rule(a))).toEqual(parseRuleUncached(a));
        expect(parseRule(rule(b))).toEqual(parseRuleUncached(b));
      }),
      { numRuns: 500 },
    );
  });

  it('stays right past its size limit, when it starts over', () => {
    const numbered = (i: number): Properties => ({
      priority: 100,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      sourcePortRange: '*',
      destinationPortRanges: [String(1 + (i % 60000)), i % 2 === 0 ? '443' : 'bad'],
      sourceAddressPrefix: `10.${(i >> 8) & 255}.${i & 255}.0/24`,
      destinationAddressPrefix: '*',
    });
    // More distinct rules than the cache holds (2,048), read twice.
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < 5000; i += 1)
        expect(parseRule(rule(numbered(i)))).toEqual(parseRuleUncached(numbered(i)));
    }
  });

  it('tells a single value from a one-item list of the same value', () => {
    const base: Properties = {
      priority: 100,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      sourcePortRange: '*',
      destinationPortRange: '22',
      destinationAddressPrefix: '*',
    };
    // A tag is fine as the single value and rejected in the list: the two must not share a result.
    const single = parseRule(rule({ ...base, sourceAddressPrefix: 'Storage' }));
    const list = parseRule(rule({ ...base, sourceAddressPrefixes: ['Storage'] }));
    expect(single.ok).toBe(true);
    expect(list.ok).toBe(false);
  });

  it('returns the cached result for a copy of a rule', () => {
    const p: Properties = {
      priority: 100,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      sourcePortRange: '*',
      destinationPortRange: '22',
      sourceAddressPrefix: '10.0.0.0/24',
      destinationAddressPrefix: '*',
    };
    expect(parseRule(rule({ ...p }))).toBe(parseRule(rule({ ...p })));
    expect(parseRule(rule({ ...p, destinationPortRange: '23' }))).not.toBe(parseRule(rule(p)));
  });
});
