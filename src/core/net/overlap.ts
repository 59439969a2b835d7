import { overlaps, parseCidr, type Cidr } from './cidr.ts';

/** A prefix as written in the plan, with a key that says where (a path, a subnet, …). */
export interface PrefixEntry<K> {
  readonly key: K;
  readonly text: string;
}

/** An entry whose text parsed as a valid IPv4 CIDR. */
export interface ParsedPrefix<K> {
  readonly key: K;
  readonly cidr: Cidr;
}

/** Two entries that share at least one address; `first` comes before `second` in the input. */
export interface OverlapPair<K> {
  readonly first: ParsedPrefix<K>;
  readonly second: ParsedPrefix<K>;
}

/** Parses every entry, silently leaving out those that aren't valid CIDRs (`cidr-valid` reports them). */
export function parsePrefixes<K>(entries: readonly PrefixEntry<K>[]): ParsedPrefix<K>[] {
  return entries.flatMap(({ key, text }) => {
    const result = parseCidr(text);
    return result.ok ? [{ key, cidr: result.cidr }] : [];
  });
}

/**
 * Every overlapping pair among the entries, in input order (by first, then second). Entries that don't
 * parse are skipped.
 */
export function findOverlaps<K>(entries: readonly PrefixEntry<K>[]): OverlapPair<K>[] {
  const parsed = parsePrefixes(entries);
  return parsed.flatMap((first, i) =>
    parsed.slice(i + 1).flatMap((second) => (overlaps(first.cidr, second.cidr) ? [{ first, second }] : [])),
  );
}

/**
 * For each entry that overlaps an earlier one, the entry (`second`) and the first earlier entry it
 * overlaps (`first`), in input order. One result per entry at most, so a long list of identical
 * prefixes gives n − 1 results, not n²/2. `skip` leaves out pairs that aren't a conflict.
 */
export function firstOverlaps<K>(
  entries: readonly PrefixEntry<K>[],
  skip: (earlier: K, later: K) => boolean = () => false,
): OverlapPair<K>[] {
  const parsed = parsePrefixes(entries);
  const result: OverlapPair<K>[] = [];
  parsed.forEach((second, j) => {
    for (let i = 0; i < j; i++) {
      const first = parsed[i];
      if (first && overlaps(first.cidr, second.cidr) && !skip(first.key, second.key)) {
        result.push({ first, second });
        return;
      }
    }
  });
  return result;
}
