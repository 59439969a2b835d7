import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFreePrefix } from './allocate.ts';
import { intToIp, overlaps, parseCidr, type Cidr } from './cidr.ts';
import { findOverlaps, firstOverlaps } from './overlap.ts';

const BASE = 10 * 2 ** 24; // 10.0.0.0

function cidr(text: string): Cidr {
  const result = parseCidr(text);
  if (!result.ok) throw new Error(result.message);
  return result.cidr;
}

/** A valid prefix of /24 to /30 inside 10.0.0.0/22. */
const smallPrefix = fc
  .tuple(fc.integer({ min: 0, max: 1023 }), fc.integer({ min: 24, max: 30 }))
  .map(([offset, length]) => {
    const size = 2 ** (32 - length);
    return cidr(`${intToIp(BASE + offset - (offset % size))}/${length}`);
  });

/** Brute force: every aligned block of `length` in the space, lowest first, that overlaps nothing taken. */
function referenceFree(space: Cidr, taken: readonly Cidr[], length: number): string | undefined {
  const size = 2 ** (32 - length);
  for (let first = space.first; first + size - 1 <= space.last; first += size) {
    const candidate = { text: '', first, last: first + size - 1, length };
    if (!taken.some((t) => overlaps(t, candidate))) return `${intToIp(first)}/${length}`;
  }
  return undefined;
}

describe('findFreePrefix', () => {
  it('finds the lowest free block, as brute force does', () => {
    const space = cidr('10.0.0.0/22');
    fc.assert(
      fc.property(
        fc.array(smallPrefix, { maxLength: 8 }),
        fc.integer({ min: 22, max: 30 }),
        (taken, length) => {
          expect(findFreePrefix([space], taken, length)?.text).toBe(referenceFree(space, taken, length));
        },
      ),
    );
  });

  it.each([
    [['10.0.0.0/16'], ['10.0.0.0/24', '10.0.1.0/24'], 24, '10.0.2.0/24'],
    [['10.0.0.0/16'], ['10.0.0.0/24'], 23, '10.0.2.0/23'],
    [['10.0.0.0/24', '10.1.0.0/16'], ['10.0.0.0/25', '10.0.0.128/25'], 26, '10.1.0.0/26'],
    [['10.0.0.0/24'], ['10.0.0.0/24'], 28, undefined],
    [['10.0.0.0/24'], [], 16, undefined],
    [['10.0.0.0/8'], ['10.0.0.0/9'], 29, '10.128.0.0/29'],
  ])('in %j with %j taken, a /%i is %s', (spaces, taken, length, expected) => {
    expect(findFreePrefix(spaces.map(cidr), taken.map(cidr), length)?.text).toBe(expected);
  });

  it('rejects impossible lengths instead of looping', () => {
    expect(findFreePrefix([cidr('10.0.0.0/16')], [], 33)).toBeUndefined();
    expect(findFreePrefix([cidr('10.0.0.0/16')], [], -1)).toBeUndefined();
    expect(findFreePrefix([cidr('10.0.0.0/16')], [], 24.5)).toBeUndefined();
  });
});

describe('findOverlaps', () => {
  it('returns exactly the overlapping pairs, in input order, skipping garbage', () => {
    const entries = [
      { key: 'a', text: '10.0.0.0/24' },
      { key: 'bad', text: '10.0.0.1/24' },
      { key: 'b', text: '10.0.1.0/24' },
      { key: 'c', text: '10.0.0.0/23' },
      { key: 'd', text: 'nonsense' },
      { key: 'e', text: '10.0.0.128/25' },
    ];
    const pairs = findOverlaps(entries).map((p) => `${p.first.key}-${p.second.key}`);
    expect(pairs).toEqual(['a-c', 'a-e', 'b-c', 'c-e']);
  });

  it('agrees with overlaps() on every pair', () => {
    fc.assert(
      fc.property(fc.array(smallPrefix, { maxLength: 6 }), (prefixes) => {
        const entries = prefixes.map((p, i) => ({ key: i, text: p.text }));
        const found = new Set(findOverlaps(entries).map((p) => `${p.first.key},${p.second.key}`));
        prefixes.forEach((a, i) =>
          prefixes.forEach((b, j) => {
            if (i < j) expect(found.has(`${i},${j}`)).toBe(overlaps(a, b));
          }),
        );
      }),
    );
  });
});

describe('firstOverlaps', () => {
  it('gives each entry its first earlier overlapping entry, as a scan of all pairs does', () => {
    fc.assert(
      fc.property(fc.array(smallPrefix, { maxLength: 8 }), (prefixes) => {
        const entries = prefixes.map((p, i) => ({ key: i, text: p.text }));
        const expected = prefixes.flatMap((b, j) => {
          const i = prefixes.findIndex((a, k) => k < j && overlaps(a, b));
          return i < 0 ? [] : [`${i},${j}`];
        });
        expect(firstOverlaps(entries).map((p) => `${p.first.key},${p.second.key}`)).toEqual(expected);
      }),
    );
  });

  it('leaves out pairs the caller skips', () => {
    const entries = [
      { key: 'a', text: '10.0.0.0/24' },
      { key: 'A', text: '10.0.0.0/24' },
      { key: 'b', text: '10.0.0.0/25' },
    ];
    const skipSameName = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
    expect(firstOverlaps(entries, skipSameName).map((p) => `${p.first.key}-${p.second.key}`)).toEqual([
      'a-b',
    ]);
  });
});
