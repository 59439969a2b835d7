import { mergeCidr, parseCidr as referenceParse } from 'cidr-tools';
import { bench, describe } from 'vitest';
import { aggregatePrefixes } from '../servicetags/aggregate.ts';
import { parseCidr } from './cidr.ts';

/**
 * 20,000 IPv4 prefixes as a Service Tags file lists them: /20 to /32 blocks clustered in a few
 * hundred /16s, some adjacent, some nested, in no order. Deterministic (a fixed linear congruential
 * sequence), so every run measures the same input.
 */
function prefixes(): string[] {
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  return Array.from({ length: 20_000 }, () => {
    const length = 20 + next(13);
    const address = (20 + next(40)) * 2 ** 24 + next(8) * 2 ** 16 + next(65_536);
    const first = address - (address % 2 ** (32 - length));
    return `${first >>> 24}.${(first >>> 16) & 255}.${(first >>> 8) & 255}.${first & 255}/${length}`;
  });
}

const list = prefixes();
const expected = mergeCidr(list).join(',');
if (aggregatePrefixes(list).join(',') !== expected)
  throw new Error('aggregatePrefixes differs from cidr-tools');

// Each pair: ours, then the cidr-tools reference on the same input in the same run (target: within 1.5×).
describe('IPv4 prefixes, 20,000 of them', () => {
  bench('parseCidr (ours)', () => {
    for (const text of list) if (!parseCidr(text).ok) throw new Error(text);
  });
  bench('reference: cidr-tools parseCidr', () => {
    for (const text of list) referenceParse(text);
  });
  bench('aggregatePrefixes (ours)', () => {
    aggregatePrefixes(list);
  });
  bench('reference: cidr-tools mergeCidr', () => {
    mergeCidr(list);
  });
});
