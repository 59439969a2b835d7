import type { SecurityRule } from '../model/index.ts';
import { parseAddress, type RuleAddress } from './address.ts';
import { parsePortText, type PortRange } from './ports.ts';

type Properties = SecurityRule['properties'];

/** One side of a rule: its addresses, or `asg` when it names application security groups. */
export type RuleSide = readonly RuleAddress[] | 'asg';

/** A rule's matching conditions, parsed once. */
export interface ParsedRule {
  readonly source: RuleSide;
  readonly destination: RuleSide;
  readonly sourcePorts: readonly PortRange[];
  readonly destinationPorts: readonly PortRange[];
}

/** A field of a rule that could not be read. */
export interface FieldProblem {
  readonly field: keyof Properties;
  readonly message: string;
}

export type ParseRuleResult =
  { ok: true; rule: ParsedRule } | { ok: false; problems: readonly FieldProblem[] };

type PortField = 'sourcePortRange' | 'destinationPortRange';
type AddressField = 'sourceAddressPrefix' | 'destinationAddressPrefix';

const PLURAL_PORTS = {
  sourcePortRange: 'sourcePortRanges',
  destinationPortRange: 'destinationPortRanges',
} as const;
const PLURAL_ADDRESSES = {
  sourceAddressPrefix: 'sourceAddressPrefixes',
  destinationAddressPrefix: 'destinationAddressPrefixes',
} as const;

const present = (value: string | undefined): value is string => value !== undefined && value !== '';

function addPorts(
  field: keyof Properties,
  value: string,
  ranges: PortRange[],
  problems: FieldProblem[],
): void {
  const parsed = parsePortText(value);
  if (parsed.ok) ranges.push(...parsed.ranges);
  else problems.push({ field, message: parsed.message });
}

function ports(p: Properties, field: PortField, problems: FieldProblem[]): PortRange[] {
  const plural = PLURAL_PORTS[field];
  const single = p[field];
  const list = p[plural] ?? [];
  const ranges: PortRange[] = [];
  if (present(single)) addPorts(field, single, ranges, problems);
  for (const value of list) addPorts(plural, value, ranges, problems);
  if (!present(single) && list.length === 0)
    problems.push({ field, message: 'No port is given; use * for any port.' });
  return ranges;
}

function addresses(p: Properties, field: AddressField, problems: FieldProblem[]): RuleSide {
  const groups =
    field === 'sourceAddressPrefix'
      ? p.sourceApplicationSecurityGroups
      : p.destinationApplicationSecurityGroups;
  if (groups && groups.length > 0) return 'asg';
  const plural = PLURAL_ADDRESSES[field];
  const single = p[field];
  const result: RuleAddress[] = [];
  if (present(single)) {
    const parsed = parseAddress(single);
    if (parsed.ok) result.push(parsed.address);
    else problems.push({ field, message: parsed.message });
  }
  for (const value of p[plural] ?? []) {
    const parsed = parseAddress(value);
    if (!parsed.ok) problems.push({ field: plural, message: parsed.message });
    else if (parsed.address.kind === 'tag' || parsed.address.kind === 'any') {
      problems.push({
        field: plural,
        message: `"${value}" can't be in ${plural}: Azure accepts only address prefixes there. Put a service tag or * in ${field}, one per rule.`,
      });
    } else result.push(parsed.address);
  }
  if (!present(single) && (p[plural] ?? []).length === 0) {
    problems.push({ field, message: 'No address is given; use * for any address.' });
  }
  return result;
}

/**
 * Parsed rules by content, as a tree of maps: one level per value {@link parseRule} reads, in a fixed
 * order. A list is a level holding its length (a number) and then one level per item, so no two
 * different rules walk the same way. The keys are the rule's own strings, whose hashes JavaScript keeps
 * once computed, so a plan rebuilt with new objects around the same strings (every keystroke) finds its
 * rules without building or hashing a key of its own.
 */
type Level = Map<string | number | undefined, Level | ParseRuleResult>;
let cache: Level = new Map();
let cached = 0;
/** Two NSGs' worth of distinct rules (1,000 each); past that the cache starts over. */
const CACHE_LIMIT = 2048;

/** The next level for `key`, created when `create` is true; undefined when absent. */
function down(level: Level, key: string | number | undefined, create: boolean): Level | undefined {
  let next = level.get(key) as Level | undefined;
  if (next === undefined && create) level.set(key, (next = new Map()));
  return next;
}

function downList(level: Level, list: readonly string[] | undefined, create: boolean): Level | undefined {
  let at = down(level, list?.length, create);
  if (list) for (let i = 0; at && i < list.length; i += 1) at = down(at, list[i], create);
  return at;
}

/** The level that holds the rule's result under its {@link groupsKey}. */
function leafLevel(p: Properties, create: boolean): Level | undefined {
  let at: Level | undefined = cache;
  at = down(at, p.sourcePortRange, create);
  at = at && downList(at, p.sourcePortRanges, create);
  at = at && down(at, p.destinationPortRange, create);
  at = at && downList(at, p.destinationPortRanges, create);
  at = at && down(at, p.sourceAddressPrefix, create);
  at = at && downList(at, p.sourceAddressPrefixes, create);
  at = at && down(at, p.destinationAddressPrefix, create);
  at = at && downList(at, p.destinationAddressPrefixes, create);
  return at;
}

/** Whether each side names application security groups: the last key of a rule's path. */
const groupsKey = (p: Properties): number =>
  ((p.sourceApplicationSecurityGroups?.length ?? 0) > 0 ? 1 : 0) +
  ((p.destinationApplicationSecurityGroups?.length ?? 0) > 0 ? 2 : 0);

/** Parses without the cache (the reference the cache is tested against). */
export function parseRuleUncached(p: Properties): ParseRuleResult {
  const problems: FieldProblem[] = [];
  const parsed: ParsedRule = {
    sourcePorts: ports(p, 'sourcePortRange', problems),
    destinationPorts: ports(p, 'destinationPortRange', problems),
    source: addresses(p, 'sourceAddressPrefix', problems),
    destination: addresses(p, 'destinationAddressPrefix', problems),
  };
  return problems.length === 0 ? { ok: true, rule: parsed } : { ok: false, problems };
}

/**
 * Parses a rule's ports and addresses; a malformed value makes the whole rule unusable (Azure would
 * reject it) and is returned as a problem of its field. Results are cached by the rule's content, not
 * by object, so a plan rebuilt with new objects reuses them; the result is shared and never mutated.
 * @see https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules
 */
export function parseRule(rule: SecurityRule): ParseRuleResult {
  const p = rule.properties;
  const found = leafLevel(p, false)?.get(groupsKey(p)) as ParseRuleResult | undefined;
  if (found) return found;
  const result = parseRuleUncached(p);
  if (cached >= CACHE_LIMIT) {
    cache = new Map();
    cached = 0;
  }
  leafLevel(p, true)!.set(groupsKey(p), result);
  cached += 1;
  return result;
}
