import { blockSize, intToIp, parseCidr, type Cidr } from '../net/index.ts';

/** An inclusive range of IPv4 addresses as unsigned 32-bit integers. */
export interface AddressRange {
  readonly first: number;
  readonly last: number;
}

/** Sorted, disjoint, non-adjacent ranges covering exactly the addresses of the input ranges. */
export function mergeRanges(ranges: readonly AddressRange[]): AddressRange[] {
  const sorted = [...ranges].sort((a, b) => a.first - b.first || a.last - b.last);
  const merged: { first: number; last: number }[] = [];
  for (const range of sorted) {
    const previous = merged.at(-1);
    if (previous && range.first <= previous.last + 1) previous.last = Math.max(previous.last, range.last);
    else merged.push({ first: range.first, last: range.last });
  }
  return merged;
}

/** Longest prefix length whose block starts at `first` and ends at or before `last`. */
function largestBlockLength(first: number, last: number): number {
  let length = 0;
  while (first % blockSize(length) !== 0 || first + blockSize(length) - 1 > last) length += 1;
  return length;
}

/** The fewest CIDR blocks that cover exactly one range, in address order. */
export function rangeToPrefixes(range: AddressRange): string[] {
  const prefixes: string[] = [];
  let first = range.first;
  while (first <= range.last) {
    const length = largestBlockLength(first, range.last);
    prefixes.push(`${intToIp(first)}/${length}`);
    first += blockSize(length);
  }
  return prefixes;
}

/**
 * Merges IPv4 prefixes exactly: contained prefixes disappear, adjacent ones join where they form a
 * CIDR block, and the result covers exactly the input's addresses, never one more. The output is
 * canonical (the fewest prefixes, in address order, network addresses without host bits), so equal
 * address sets give equal lists and aggregating twice changes nothing.
 *
 * Texts that are not IPv4 prefixes are left out: check them first (`splitPrefixes` does).
 */
export function aggregatePrefixes(prefixes: readonly string[]): string[] {
  const cidrs = prefixes.flatMap((text) => {
    const parsed = parseCidr(text);
    return parsed.ok ? [parsed.cidr] : [];
  });
  return aggregateCidrs(cidrs);
}

/** `aggregatePrefixes` for already parsed prefixes. */
export function aggregateCidrs(cidrs: readonly Cidr[]): string[] {
  return mergeRanges(cidrs).flatMap(rangeToPrefixes);
}
