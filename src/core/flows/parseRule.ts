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

/** Length-prefixed, so two different lists of fields never give the same key. */
const field = (text: string | undefined): string => (text === undefined ? '-' : `${text.length}:${text}`);
const fields = (list: readonly string[] | undefined): string =>
  list === undefined ? '-' : `${list.length}[${list.map(field).join('')}`;
const hasGroups = (groups: readonly unknown[] | undefined): string =>
  groups && groups.length > 0 ? 'g' : 'n';

/** Everything {@link parseRule} reads from a rule, as one string: rules with the same key parse the same. */
function contentKey(p: Properties): string {
  return (
    field(p.sourcePortRange) +
    fields(p.sourcePortRanges) +
    field(p.destinationPortRange) +
    fields(p.destinationPortRanges) +
    field(p.sourceAddressPrefix) +
    fields(p.sourceAddressPrefixes) +
    field(p.destinationAddressPrefix) +
    fields(p.destinationAddressPrefixes) +
    hasGroups(p.sourceApplicationSecurityGroups) +
    hasGroups(p.destinationApplicationSecurityGroups)
  );
}

/** Parsed rules by content: a plan rebuilt on every keystroke has new objects but mostly the same rules. */
const byContent = new Map<string, ParseRuleResult>();
/** Two NSGs' worth of distinct rules (1,000 each); past that the cache starts over. */
const CACHE_LIMIT = 2048;

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
  const key = contentKey(rule.properties);
  const cached = byContent.get(key);
  if (cached) return cached;
  const result = parseRuleUncached(rule.properties);
  if (byContent.size >= CACHE_LIMIT) byContent.clear();
  byContent.set(key, result);
  return result;
}
