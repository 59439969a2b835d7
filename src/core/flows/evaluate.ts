import {
  addressMatch,
  allMatch,
  anyMatch,
  parseIpv4Range,
  remoteEndpoint,
  type Endpoint,
  type Match,
} from './address.ts';
import { DEFAULT_SECURITY_RULES } from './defaults.ts';
import { parseRule, type ParseRuleResult, type RuleSide } from './parseRule.ts';
import { ephemeralMatch, portMatches } from './ports.ts';
import type { DecidingRule, Direction, Flow, NsgDecision, SourcedRule } from './types.ts';

/** Facts about the compute subnet the evaluation may use. */
export interface EvaluateOptions {
  /** The compute subnet's prefix, so rules written with IP prefixes can match its side of a flow. */
  readonly subnetPrefix?: string;
}

interface Entry {
  readonly sourced: SourcedRule;
  readonly parsed: ParseRuleResult;
}
type Ordered = Readonly<Record<Direction, readonly Entry[]>>;

const ORIGIN_ORDER = { existing: 0, planned: 1, default: 2 } as const;
const orderCache = new WeakMap<readonly SourcedRule[], Ordered>();

/** The rules plus Azure's defaults, split by direction, by ascending priority (cached per array). */
function ordered(rules: readonly SourcedRule[]): Ordered {
  const cached = orderCache.get(rules);
  if (cached) return cached;
  const all = [...rules, ...DEFAULT_SECURITY_RULES]
    .map((sourced, index) => ({ sourced, index }))
    .sort(
      (a, b) =>
        a.sourced.rule.properties.priority - b.sourced.rule.properties.priority ||
        ORIGIN_ORDER[a.sourced.origin] - ORIGIN_ORDER[b.sourced.origin] ||
        a.index - b.index,
    )
    .map(({ sourced }) => ({ sourced, parsed: sourced.parsed ?? parseRule(sourced.rule) }));
  const result: Ordered = {
    Inbound: all.filter((e) => e.sourced.rule.properties.direction === 'Inbound'),
    Outbound: all.filter((e) => e.sourced.rule.properties.direction === 'Outbound'),
  };
  orderCache.set(rules, result);
  return result;
}

const sideMatch = (side: RuleSide, end: Endpoint): Match =>
  side === 'asg' ? 'unknown' : anyMatch(side.map((address) => addressMatch(address, end)));

function matchParsed(entry: Entry, flow: Flow, local: Endpoint, remote: Endpoint): Match {
  const p = entry.sourced.rule.properties;
  if (p.direction !== flow.direction) return 'no';
  // The schema fixes the protocol's spelling (Tcp, Udp, *), so no case folding is needed.
  if (p.protocol !== '*' && p.protocol !== flow.protocol) return 'no';
  if (!entry.parsed.ok) return 'no';
  const { rule } = entry.parsed;
  if (!portMatches(rule.destinationPorts, flow.port)) return 'no';
  const [source, destination] = flow.direction === 'Outbound' ? [local, remote] : [remote, local];
  return allMatch([
    ephemeralMatch(rule.sourcePorts),
    sideMatch(rule.source, source),
    sideMatch(rule.destination, destination),
  ]);
}

/**
 * Whether one rule applies to the flow; a rule with a malformed field never applies. `remote` is the
 * flow's remote end, when the caller has it parsed already.
 */
export function ruleMatchesFlow(
  sourced: SourcedRule,
  flow: Flow,
  local: Endpoint,
  remote: Endpoint = remoteEndpoint(flow.remote),
): Match {
  return matchParsed({ sourced, parsed: sourced.parsed ?? parseRule(sourced.rule) }, flow, local, remote);
}

const deciding = ({ rule, origin, path }: SourcedRule): DecidingRule => ({
  name: rule.name,
  priority: rule.properties.priority,
  access: rule.properties.access,
  origin,
  ...(path === undefined ? {} : { path }),
});

function unknownNote(rule: SourcedRule, flow: Flow): string {
  return (
    `Rule "${rule.rule.name}" (priority ${rule.rule.properties.priority}) uses an address prefix, application ` +
    `security group or source port range that can't be compared with ${flow.remote} without a Service Tags file, ` +
    `so it is not known whether it applies.`
  );
}

/**
 * Evaluates one flow against an NSG: the given rules plus Azure's default rules, by ascending
 * priority; the first rule whose protocol, ports and addresses match decides (REQUIREMENTS.md §10).
 * When a rule's match can't be decided (an IP prefix against a service tag), the result is `unknown`
 * unless every possible outcome is the same; it is never guessed `allowed`.
 * @see https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
 */
export function evaluateNsg(
  rules: readonly SourcedRule[],
  flow: Flow,
  options: EvaluateOptions = {},
): NsgDecision {
  const range = options.subnetPrefix === undefined ? undefined : parseIpv4Range(options.subnetPrefix.trim());
  const local: Endpoint = range ? { kind: 'subnet', range } : { kind: 'subnet' };
  const remote = remoteEndpoint(flow.remote);
  let firstUnknown: SourcedRule | undefined;
  const possible = new Set<'Allow' | 'Deny'>();
  for (const entry of ordered(rules)[flow.direction]) {
    const { sourced } = entry;
    const match = matchParsed(entry, flow, local, remote);
    if (match === 'no') continue;
    possible.add(sourced.rule.properties.access);
    if (match === 'unknown') {
      firstUnknown ??= sourced;
      continue;
    }
    if (possible.size === 1) {
      return {
        result: sourced.rule.properties.access === 'Allow' ? 'allowed' : 'denied',
        rule: deciding(sourced),
      };
    }
    break;
  }
  const undecided = firstUnknown ?? DEFAULT_SECURITY_RULES[0]!;
  return { result: 'unknown', rule: deciding(undecided), note: unknownNote(undecided, flow) };
}
