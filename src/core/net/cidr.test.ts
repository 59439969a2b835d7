import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contains,
  containsAddress,
  intToIp,
  overlaps,
  parseCidr,
  usableAddresses,
  type Cidr,
} from './cidr.ts';

/*
 * Reference model: a prefix is the explicit set of its addresses, built by enumeration and bit masks
 * instead of the arithmetic under test. Prefixes are /22 to /32 inside 10.0.0.0/22 (at most 1,024
 * addresses), so enumerating is cheap.
 */
const BASE = 10 * 2 ** 24; // 10.0.0.0
const RANGE = 1024; // 10.0.0.0/22

const refNetwork = (address: number, length: number) =>
  length === 0 ? 0 : ((address >>> (32 - length)) << (32 - length)) >>> 0;

function refAddresses(address: number, length: number): Set<number> {
  const network = refNetwork(address, length);
  const set = new Set<number>();
  for (let a = BASE; a < BASE + RANGE; a++) {
    if (refNetwork(a, length) === network) set.add(a);
  }
  return set;
}

const addressArb = fc.integer({ min: BASE, max: BASE + RANGE - 1 });
const lengthArb = fc.integer({ min: 22, max: 32 });
/** Any address and length: about one in three is aligned to its length. */
const prefixArb = fc.tuple(addressArb, lengthArb).map(([address, length]) => ({ address, length }));
/** Only valid prefixes: the address is masked to its length. */
const validArb = prefixArb.map(({ address, length }) => ({ address: refNetwork(address, length), length }));

const text = (p: { address: number; length: number }) => `${intToIp(p.address)}/${p.length}`;

function mustParse(input: string): Cidr {
  const result = parseCidr(input);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.message}`);
  return result.cidr;
}

describe('parseCidr against enumeration', () => {
  it('accepts exactly the prefixes without host bits, with the enumerated first and last address', () => {
    fc.assert(
      fc.property(prefixArb, (p) => {
        const result = parseCidr(text(p));
        const aligned = refNetwork(p.address, p.length) === p.address;
        expect(result.ok).toBe(aligned);
        if (!result.ok) return;
        const set = refAddresses(p.address, p.length);
        expect(result.cidr.first).toBe(Math.min(...set));
        expect(result.cidr.last).toBe(Math.max(...set));
        expect(result.cidr.length).toBe(p.length);
        expect(result.cidr.text).toBe(text(p));
      }),
    );
  });

  it('suggests the enumerated network address when host bits are set', () => {
    fc.assert(
      fc.property(prefixArb, (p) => {
        fc.pre(refNetwork(p.address, p.length) !== p.address);
        const result = parseCidr(text(p));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.message).toContain(`${intToIp(refNetwork(p.address, p.length))}/${p.length}`);
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (input) => {
        const result = parseCidr(input);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('contains, overlaps and containsAddress against enumeration', () => {
  it('contains(a, b) iff every address of b is in a', () => {
    fc.assert(
      fc.property(validArb, validArb, (a, b) => {
        const setA = refAddresses(a.address, a.length);
        const expected = [...refAddresses(b.address, b.length)].every((x) => setA.has(x));
        expect(contains(mustParse(text(a)), mustParse(text(b)))).toBe(expected);
      }),
    );
  });

  it('overlaps(a, b) iff a and b share an address, symmetrically', () => {
    fc.assert(
      fc.property(validArb, validArb, (a, b) => {
        const setA = refAddresses(a.address, a.length);
        const expected = [...refAddresses(b.address, b.length)].some((x) => setA.has(x));
        const [ca, cb] = [mustParse(text(a)), mustParse(text(b))];
        expect(overlaps(ca, cb)).toBe(expected);
        expect(overlaps(cb, ca)).toBe(expected);
      }),
    );
  });

  it('containsAddress(a, x) iff x is one of the enumerated addresses', () => {
    fc.assert(
      fc.property(validArb, addressArb, (a, x) => {
        const expected = refAddresses(a.address, a.length).has(x);
        expect(containsAddress(mustParse(text(a)), intToIp(x))).toBe(expected);
      }),
    );
  });
});

describe('usableAddresses against enumeration', () => {
  it('is the enumerated count minus the 5 Azure reserves and those in use, never below zero', () => {
    fc.assert(
      fc.property(validArb, fc.integer({ min: 0, max: 2000 }), (a, used) => {
        const count = refAddresses(a.address, a.length).size;
        expect(usableAddresses(a.length, used)).toBe(Math.max(0, count - 5 - used));
      }),
    );
  });

  it.each([
    [29, 0, 3],
    [28, 0, 11],
    [24, 0, 251],
    [24, 12, 239],
    [30, 0, 0],
    [32, 0, 0],
    [16, 0, 65531],
  ])('a /%i with %i in use has %i usable addresses', (length, used, expected) => {
    expect(usableAddresses(length, used)).toBe(expected);
  });
});

describe('parseCidr messages', () => {
  it.each([
    ['10.0.1.5/24', 'host bits', 'Did you mean 10.0.1.0/24?'],
    ['10.0.0.0/33', 'not a prefix length', '0 to 32'],
    ['10.0.0.0/', 'not a prefix length', '0 to 32'],
    ['10.0.0.0/-1', 'not a prefix length', '0 to 32'],
    ['10.0.0.0/24/5', 'not a prefix length', '0 to 32'],
    ['10.0.256.0/24', '"10.0.256.0" is not an IPv4 address', '0 to 255'],
    ['010.0.0.0/8', 'is not an IPv4 address', '10.0.1.0'],
    ['10.0.0/24', 'is not an IPv4 address', '10.0.1.0'],
    ['10.0.0.0', 'has no prefix length', '10.0.0.0/24'],
    ['', 'empty', '10.0.1.0/24'],
    ['   ', 'empty', '10.0.1.0/24'],
    ['training', 'is not an IPv4 prefix', '10.0.1.0/24'],
    ['2001:db8::/32', 'IPv6', 'only IPv4'],
    ['2001:db8::1', 'IPv6', 'only IPv4'],
    ['fd00::/8', 'IPv6', 'only IPv4'],
  ])('%j is rejected: %s', (input, first, second) => {
    const result = parseCidr(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(first);
    expect(result.message).toContain(second);
  });

  it.each([
    ['  10.0.0.0/16  ', '10.0.0.0/16', 16],
    ['\t10.1.2.0/24\n', '10.1.2.0/24', 24],
    ['0.0.0.0/0', '0.0.0.0/0', 0],
    ['255.255.255.255/32', '255.255.255.255/32', 32],
  ])('%j is accepted as %s', (input, expected, length) => {
    const cidr = mustParse(input);
    expect(cidr.text).toBe(expected);
    expect(cidr.length).toBe(length);
    expect(cidr.last - cidr.first + 1).toBe(2 ** (32 - length));
  });
});
