import { mergeCidr } from 'cidr-tools';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregatePrefixes } from '../servicetags/aggregate.ts';
import { intToIp, parseCidr } from './cidr.ts';
import * as reference from '../../../test/helpers/cidrReference.ts';

const octet = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 300 }));
/** Prefix-like texts: mostly well formed, some with host bits, leading zeros, odd lengths or spaces. */
const prefixText = fc.oneof(
  fc
    .tuple(octet, octet, octet, octet, fc.integer({ min: 0, max: 40 }))
    .map(([a, b, c, d, n]) => `${a}.${b}.${c}.${d}/${n}`),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 8, max: 32 })).map(([a, n]) => {
    const first = a * 2 ** 24 - ((a * 2 ** 24) % 2 ** (32 - n));
    return `${reference.intToIp(first)}/${n}`;
  }),
  fc.stringMatching(/^[ 0-9./:a]{0,20}$/),
  fc.constantFrom(
    '0.0.0.0/0',
    '01.2.3.4/8',
    '1.2.3.4/08',
    '10.0.0.0/024',
    ' 10.0.0.0/8 ',
    '::1/128',
    '1.2.3.4',
    '1.2.3.4/',
    '/8',
  ),
);

describe('prefix parsing and aggregation, fast paths', () => {
  it('parseCidr gives exactly what the reference gives, messages included', () => {
    fc.assert(
      fc.property(prefixText, (text) => {
        expect(parseCidr(text)).toEqual(reference.parseCidr(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('intToIp writes every address as the reference does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (value) => {
        expect(intToIp(value)).toBe(reference.intToIp(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('aggregatePrefixes gives exactly what the reference gives', () => {
    fc.assert(
      fc.property(fc.array(prefixText, { maxLength: 40 }), (list) => {
        expect(aggregatePrefixes(list)).toEqual(reference.aggregatePrefixes(list));
      }),
      { numRuns: 3000 },
    );
  });

  it('aggregatePrefixes covers the same addresses as cidr-tools merges, in the same canonical form', () => {
    const valid = prefixText.filter((text) => parseCidr(text).ok).map((text) => text.trim());
    fc.assert(
      fc.property(fc.array(valid, { minLength: 1, maxLength: 40 }), (list) => {
        expect(aggregatePrefixes(list)).toEqual(mergeCidr(list));
      }),
      { numRuns: 1000 },
    );
  });
});
