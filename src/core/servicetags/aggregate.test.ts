import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../net/index.ts';
import { aggregatePrefixes, rangeToPrefixes } from './aggregate.ts';

/** First and last address of a valid IPv4 prefix, independently of the code under test. */
function bounds(prefix: string): [number, number] {
  const parsed = parseCidr(prefix);
  if (!parsed.ok) throw new Error(parsed.message);
  return [parsed.cidr.first, parsed.cidr.last];
}

describe('aggregatePrefixes', () => {
  it.each([
    ['nothing', [], []],
    ['two halves into one block', ['10.0.0.128/25', '10.0.0.0/25'], ['10.0.0.0/24']],
    ['a contained prefix', ['10.0.0.0/24', '10.0.0.5/32'], ['10.0.0.0/24']],
    ['duplicates', ['10.0.0.0/24', '10.0.0.0/24'], ['10.0.0.0/24']],
    ['adjacent but not one block', ['10.0.2.0/24', '10.0.1.0/24'], ['10.0.1.0/24', '10.0.2.0/24']],
    ['a run of three', ['10.0.0.0/25', '10.0.0.128/25', '10.0.1.0/25'], ['10.0.0.0/24', '10.0.1.0/25']],
    ['prefixes one address apart', ['10.0.0.3/32', '10.0.0.1/32'], ['10.0.0.1/32', '10.0.0.3/32']],
    ['a /32 beside a /31', ['51.55.23.74/31', '51.55.23.73/32'], ['51.55.23.73/32', '51.55.23.74/31']],
    ['a /32 completing a /30', ['51.55.23.72/32', '51.55.23.73/32', '51.55.23.74/31'], ['51.55.23.72/30']],
    ['the whole space', ['0.0.0.0/1', '128.0.0.0/1'], ['0.0.0.0/0']],
    ['the last address', ['255.255.255.255/32', '255.255.255.254/32'], ['255.255.255.254/31']],
    [
      'numeric, not text, order',
      ['9.0.0.0/8', '10.0.0.0/8', '100.0.0.0/8'],
      ['9.0.0.0/8', '10.0.0.0/8', '100.0.0.0/8'],
    ],
    [
      'texts that are not IPv4 prefixes are left out',
      ['2001:db8::/32', 'nonsense', '10.0.0.0/24'],
      ['10.0.0.0/24'],
    ],
  ])('merges %s', (_case, input, expected) => {
    expect(aggregatePrefixes(input)).toEqual(expected);
  });

  it('splits a range into the fewest blocks', () => {
    expect(rangeToPrefixes({ first: bounds('10.0.0.1/32')[0], last: bounds('10.0.0.6/32')[0] })).toEqual([
      '10.0.0.1/32',
      '10.0.0.2/31',
      '10.0.0.4/31',
      '10.0.0.6/32',
    ]);
  });
});

const BASE = bounds('10.0.0.0/20')[0];
const SPACE = 4096;

/** A random prefix inside 10.0.0.0/`shortest`, without host bits. */
const prefixWithin = (shortest: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 2 ** (32 - shortest) - 1 }), fc.integer({ min: shortest, max: 32 }))
    .map(([offset, length]) => {
      const first = offset - (offset % 2 ** (32 - length));
      return `10.0.${Math.floor(first / 256)}.${first % 256}/${length}`;
    });

/** Lists inside 10.0.0.0/20 (all sizes of overlap) or inside 10.0.0.0/29 (where one-address gaps are common). */
const smallPrefixes = fc.oneof(
  fc.array(prefixWithin(20), { maxLength: 40 }),
  fc.array(prefixWithin(29), { maxLength: 6 }),
);

/** Brute force: which of the 4,096 addresses the prefixes cover. */
function coverage(prefixes: readonly string[]): boolean[] {
  const covered = new Array<boolean>(SPACE).fill(false);
  for (const prefix of prefixes) {
    const [first, last] = bounds(prefix);
    for (let address = first; address <= last; address += 1) covered[address - BASE] = true;
  }
  return covered;
}

/** Independent reference over the whole space: how many addresses the union covers (sweep over sorted bounds). */
function unionSize(prefixes: readonly string[]): number {
  const ranges = prefixes.map(bounds).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -1;
  for (const [first, last] of ranges) {
    if (last > reach) total += last - Math.max(first, reach + 1) + 1;
    reach = Math.max(reach, last);
  }
  return total;
}

const anyPrefix = fc
  .tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 8, max: 32 }))
  .map(([address, length]) => {
    const size = 2 ** (32 - length);
    const first = address - (address % size);
    return `${[24, 16, 8, 0].map((s) => Math.floor(first / 2 ** s) % 256).join('.')}/${length}`;
  });

describe('aggregatePrefixes properties', () => {
  it('covers exactly the same addresses (brute force inside 10.0.0.0/20)', () => {
    fc.assert(
      fc.property(smallPrefixes, (prefixes) => {
        expect(coverage(aggregatePrefixes(prefixes))).toEqual(coverage(prefixes));
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent and canonical: sorted, disjoint, and independent of input order', () => {
    fc.assert(
      fc.property(smallPrefixes, (prefixes) => {
        const once = aggregatePrefixes(prefixes);
        expect(aggregatePrefixes(once)).toEqual(once);
        expect(aggregatePrefixes([...prefixes].reverse())).toEqual(once);
        const ranges = once.map(bounds);
        ranges.slice(1).forEach(([first], i) => expect(first).toBeGreaterThan(ranges[i]?.[1] ?? -1));
      }),
    );
  });

  it('covers the same address set anywhere in the IPv4 space', () => {
    fc.assert(
      fc.property(fc.array(anyPrefix, { maxLength: 30 }), (prefixes) => {
        const result = aggregatePrefixes(prefixes);
        // Every input prefix lies inside one output prefix, and the disjoint outputs hold no more addresses
        // than the union of the inputs: together, the same set.
        for (const prefix of prefixes) {
          const [first, last] = bounds(prefix);
          expect(result.some((p) => bounds(p)[0] <= first && last <= bounds(p)[1])).toBe(true);
        }
        expect(result.reduce((sum, p) => sum + bounds(p)[1] - bounds(p)[0] + 1, 0)).toBe(unionSize(prefixes));
        expect(aggregatePrefixes(result)).toEqual(result);
      }),
    );
  });
});
