import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { addressMatch, parseAddress, parseIpv4Range, rangeMatch, tagMatch, type Match } from './address.ts';
import { ephemeralMatch, parsePortText, portMatches } from './ports.ts';

describe('parsePortText', () => {
  it.each([
    ['*', [{ first: 0, last: 65535 }]],
    ['443', [{ first: 443, last: 443 }]],
    [' 8000-8999 ', [{ first: 8000, last: 8999 }]],
    ['0-65535', [{ first: 0, last: 65535 }]],
  ])('reads %j', (text, ranges) => {
    expect(parsePortText(text)).toEqual({ ok: true, ranges });
  });

  it.each(['', 'https', '80-', '-80', '1-2-3', '65536', '443-80', '80,443', '80 - 90'])(
    'rejects %j with a message',
    (text) => {
      const result = parsePortText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(text);
    },
  );

  it('matches a port exactly when it lies in the range (brute-force reference)', () => {
    fc.assert(
      fc.property(fc.nat(65535), fc.nat(65535), fc.nat(65535), (a, b, port) => {
        const [first, last] = a <= b ? [a, b] : [b, a];
        const parsed = parsePortText(`${first}-${last}`);
        return parsed.ok && portMatches(parsed.ranges, port) === (first <= port && port <= last);
      }),
    );
  });

  it.each([
    [[{ first: 0, last: 65535 }], 'yes'],
    [[{ first: 1024, last: 65535 }], 'yes'],
    [[{ first: 80, last: 80 }], 'no'],
    [[{ first: 30000, last: 40000 }], 'unknown'],
  ] as const)('ephemeral source ports against %j: %s', (ranges, expected) => {
    expect(ephemeralMatch(ranges)).toBe(expected);
  });
});

describe('address matching', () => {
  it.each([
    ['Storage', 'storage.eastus2', 'yes'],
    ['storage.eastus2', 'storage.eastus2', 'yes'],
    ['storage.westus', 'storage.eastus2', 'no'],
    ['storage.eastus2', 'storage', 'unknown'],
    ['internet', 'azuremachinelearning', 'yes'],
    ['internet', 'virtualnetwork', 'no'],
    ['virtualnetwork', 'storage.eastus2', 'no'],
    ['azurefrontdoor.frontend', 'azurefrontdoor.firstparty', 'no'],
    ['sql', 'storage', 'no'],
    ['azurecloud', 'storage.eastus2', 'unknown'],
    ['storage', 'internet', 'no'],
    ['internet', 'internet', 'yes'],
  ] as const)('rule tag %s vs flow tag %s: %s', (rule, flow, expected) => {
    expect(tagMatch(rule.toLowerCase(), flow)).toBe(expected);
  });

  it.each([
    ['*', { kind: 'tag', tag: 'storage' }, 'yes'],
    ['Any', { kind: 'tag', tag: 'storage' }, 'yes'],
    ['10.0.0.0/8', { kind: 'tag', tag: 'storage' }, 'unknown'],
    ['0.0.0.0/0', { kind: 'tag', tag: 'storage' }, 'yes'],
    ['VirtualNetwork', { kind: 'subnet' }, 'yes'],
    ['Internet', { kind: 'subnet' }, 'no'],
    ['10.0.1.0/24', { kind: 'subnet' }, 'unknown'],
    ['Internet', { kind: 'prefix', range: parseIpv4Range('198.51.100.0/24')! }, 'yes'],
    ['Internet', { kind: 'prefix', range: parseIpv4Range('10.1.0.0/16')! }, 'unknown'],
    ['2001:db8::/32', { kind: 'tag', tag: 'storage' }, 'no'],
  ] as const)('rule address %s vs %j: %s', (text, end, expected) => {
    const parsed = parseAddress(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(addressMatch(parsed.address, end)).toBe(expected);
  });

  it.each(['10.0.0.256/24', '10.0.0.0/33', 'not a tag!', '10.0.0/24', ''])('rejects %j', (text) => {
    expect(parseAddress(text).ok).toBe(false);
  });

  it('compares IPv4 ranges like a brute-force set comparison', () => {
    const small = fc
      .tuple(fc.nat(63), fc.nat(63))
      .map(([a, b]) => ({ first: Math.min(a, b), last: Math.max(a, b) }));
    fc.assert(
      fc.property(small, small, (outer, inner) => {
        const members = (r: { first: number; last: number }) =>
          Array.from({ length: r.last - r.first + 1 }, (_, i) => r.first + i);
        const inside = members(inner).filter((n) => n >= outer.first && n <= outer.last).length;
        const expected: Match = inside === members(inner).length ? 'yes' : inside === 0 ? 'no' : 'unknown';
        return rangeMatch(outer, inner) === expected;
      }),
    );
  });
});

describe('parseIpv4Range', () => {
  it('agrees with ipaddr.js on dotted quads and prefix lengths', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (address, length) => {
        const parsed = parseIpv4Range(`${address}/${length}`);
        const [network, bits] = ipaddr.IPv4.parseCIDR(`${address}/${length}`);
        const base = ipaddr.IPv4.networkAddressFromCIDR(`${network.toString()}/${bits}`).octets.reduce(
          (v, o) => v * 256 + o,
          0,
        );
        return parsed !== undefined && parsed.first === base && parsed.last === base + 2 ** (32 - length) - 1;
      }),
    );
  });

  it.each(['10.0.0.1/024', '010.0.0.0/8', '10.0.0/8', '10.0.0.0/', '256.0.0.0/8', 'Storage'])(
    'rejects %j',
    (text) => {
      expect(parseIpv4Range(text)).toBeUndefined();
      // The second answer comes from the cache of parsed texts, which must remember failures too.
      expect(parseIpv4Range(text)).toBeUndefined();
    },
  );

  it('answers the same from its cache as on first reading', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (address, length) => {
        const text = `${address}/${length}`;
        const first = parseIpv4Range(text);
        expect(parseIpv4Range(`${text}`)).toEqual(first);
      }),
    );
  });
});
