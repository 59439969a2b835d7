import { blockSize, intToIp, parseCidr, type Cidr } from '../net/index.ts';

/** An inclusive range of IPv4 addresses as unsigned 32-bit integers. */
export interface AddressRange {
  readonly first: number;
  readonly last: number;
}

/** Ranges at most this many are sorted by a packed numeric key; more fall back to a comparator sort. */
const PACKED_LIMIT = 2 ** 20;

/**
 * The ranges' indexes in order of their first address, as keys `first * 2^20 + index` (below 2^52, so
 * exact in a double): sorting numbers in a typed array is native and several times faster than sorting
 * objects with a comparator. Equal firsts may come in any order; merging doesn't care.
 */
function orderByFirst(ranges: readonly AddressRange[]): Float64Array {
  const keys = new Float64Array(ranges.length);
  for (let i = 0; i < ranges.length; i += 1) keys[i] = (ranges[i] as AddressRange).first * PACKED_LIMIT + i;
  return keys.sort();
}

/** Sorted, disjoint, non-adjacent ranges covering exactly the addresses of the input ranges. */
export function mergeRanges(ranges: readonly AddressRange[]): AddressRange[] {
  if (ranges.length >= PACKED_LIMIT) return mergeSorted(ranges.toSorted((a, b) => a.first - b.first));
  const keys = orderByFirst(ranges);
  const sorted: AddressRange[] = new Array<AddressRange>(keys.length);
  for (let k = 0; k < keys.length; k += 1) {
    sorted[k] = ranges[(keys[k] as number) % PACKED_LIMIT] as AddressRange;
  }
  return mergeSorted(sorted);
}

/** Merges ranges already in order of their first address. */
function mergeSorted(sorted: readonly AddressRange[]): AddressRange[] {
  const merged: { first: number; last: number }[] = [];
  let previous: { first: number; last: number } | undefined;
  for (const range of sorted) {
    if (previous && range.first <= previous.last + 1) {
      if (range.last > previous.last) previous.last = range.last;
    } else merged.push((previous = { first: range.first, last: range.last }));
  }
  return merged;
}

/** Longest prefix length whose block starts at `first` and ends at or before `last`. */
function largestBlockLength(first: number, last: number): number {
  // The block is limited by the alignment of `first` (its trailing zero bits) and by the span left.
  const aligned = first === 0 ? 32 : 31 - Math.clz32(first & -first);
  const span = last - first + 1;
  const fits = span >= 2 ** 32 ? 32 : 31 - Math.clz32(span);
  return 32 - Math.min(aligned, fits);
}

/** The fewest CIDR blocks that cover exactly one range, in address order, appended to `into`. */
function addPrefixes(range: AddressRange, into: string[]): string[] {
  let first = range.first;
  while (first <= range.last) {
    const length = largestBlockLength(first, range.last);
    into.push(`${intToIp(first)}/${length}`);
    first += blockSize(length);
  }
  return into;
}

/** The fewest CIDR blocks that cover exactly one range, in address order. */
export function rangeToPrefixes(range: AddressRange): string[] {
  return addPrefixes(range, []);
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
  const cidrs: Cidr[] = [];
  for (const text of prefixes) {
    const parsed = parseCidr(text);
    if (parsed.ok) cidrs.push(parsed.cidr);
  }
  return aggregateCidrs(cidrs);
}

/** `aggregatePrefixes` for already parsed prefixes. */
export function aggregateCidrs(cidrs: readonly Cidr[]): string[] {
  const prefixes: string[] = [];
  for (const range of mergeRanges(cidrs)) addPrefixes(range, prefixes);
  return prefixes;
}
