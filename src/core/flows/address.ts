import ipaddr from 'ipaddr.js';

/** A match that may be undecidable without more data (a Service Tags file). */
export type Match = 'yes' | 'no' | 'unknown';

/** An IPv4 range as unsigned integers. */
export interface IpRange {
  readonly first: number;
  readonly last: number;
}

/** One value of a rule's address field, parsed. Tags are kept lower-case (Azure compares them so). */
export type RuleAddress =
  | { readonly kind: 'any' }
  | { readonly kind: 'tag'; readonly tag: string }
  | { readonly kind: 'ipv4'; readonly range: IpRange }
  | { readonly kind: 'ipv6' };

/**
 * One end of a flow: the compute subnet (`VirtualNetwork`, and its prefix when known), a remote
 * service tag, or a remote IPv4 prefix. The remote tag `Internet` stands for a general internet host
 * outside every service tag (the "everything else" restricted outbound denies).
 */
export type Endpoint =
  | { readonly kind: 'subnet'; readonly range?: IpRange }
  | { readonly kind: 'tag'; readonly tag: string }
  | { readonly kind: 'prefix'; readonly range: IpRange };

const TAG = /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

// Dotted decimal without leading zeros, as ipaddr.js's isValidFourPartDecimal accepts; parsed by hand
// because NSGs with a thousand rules are parsed on every keystroke.
const DOTTED_QUAD = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;
const LENGTH = /^(0|[1-9]\d?)$/;

// Route and rule prefixes repeat across keystrokes (a 400-route table is read on each): parse each text once.
const parsedRanges = new Map<string, IpRange | null>();
const RANGE_CACHE_LIMIT = 10_000;

/** Parses `a.b.c.d` or `a.b.c.d/n` (host bits ignored, as the range is what matters). */
export function parseIpv4Range(text: string): IpRange | undefined {
  const cached = parsedRanges.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const range = readIpv4Range(text);
  if (parsedRanges.size >= RANGE_CACHE_LIMIT) parsedRanges.clear();
  parsedRanges.set(text, range ?? null);
  return range;
}

function readIpv4Range(text: string): IpRange | undefined {
  const slash = text.indexOf('/');
  const match = DOTTED_QUAD.exec(slash < 0 ? text : text.slice(0, slash));
  if (!match) return undefined;
  const lengthText = slash < 0 ? '32' : text.slice(slash + 1);
  if (!LENGTH.test(lengthText) || Number(lengthText) > 32) return undefined;
  let value = 0;
  for (let i = 1; i <= 4; i += 1) {
    const octet = Number(match[i]);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  const size = 2 ** (32 - Number(lengthText));
  const first = value - (value % size);
  return { first, last: first + size - 1 };
}

function isIpv6(text: string): boolean {
  if (!text.includes(':')) return false;
  const [address = '', length, extra] = text.split('/');
  if (extra !== undefined || !ipaddr.IPv6.isValid(address)) return false;
  return length === undefined || (/^\d{1,3}$/.test(length) && Number(length) <= 128);
}

export type AddressResult = { ok: true; address: RuleAddress } | { ok: false; message: string };

// Address values repeat across rules and keystrokes (tags, `*`, the same prefixes): parse each text once.
const parsedAddresses = new Map<string, AddressResult>();
const CACHE_LIMIT = 10_000;

/** Parses one NSG address value: `*`/`Any`, a service tag, an IPv4 address or prefix, or IPv6. */
export function parseAddress(text: string): AddressResult {
  let result = parsedAddresses.get(text);
  if (!result) {
    if (parsedAddresses.size >= CACHE_LIMIT) parsedAddresses.clear();
    result = readAddress(text);
    parsedAddresses.set(text, result);
  }
  return result;
}

function readAddress(text: string): AddressResult {
  const value = text.trim();
  if (value === '*' || (value.length === 3 && value.toLowerCase() === 'any'))
    return { ok: true, address: { kind: 'any' } };
  const range = parseIpv4Range(value);
  if (range) return { ok: true, address: { kind: 'ipv4', range } };
  if (isIpv6(value)) return { ok: true, address: { kind: 'ipv6' } };
  if (/^[\d.:/]+$/.test(value) || !TAG.test(value)) {
    return {
      ok: false,
      message: `"${text}" is neither an address prefix such as 10.0.1.0/24, a service tag such as Storage.eastus2, nor *.`,
    };
  }
  return { ok: true, address: { kind: 'tag', tag: value.toLowerCase() } };
}

const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map(
  (text) => parseIpv4Range(text) as IpRange,
);

/** `yes` when `inner` lies inside `outer`, `no` when they are disjoint, else `unknown`. */
export function rangeMatch(outer: IpRange, inner: IpRange): Match {
  if (outer.first <= inner.first && inner.last <= outer.last) return 'yes';
  if (inner.last < outer.first || outer.last < inner.first) return 'no';
  return 'unknown';
}

const isEverything = (range: IpRange) => range.first === 0 && range.last === 2 ** 32 - 1;
const NOT_PUBLIC_TAGS = new Set(['virtualnetwork', 'azureloadbalancer']);
const isAzureCloud = (tag: string) => tag === 'azurecloud' || tag.startsWith('azurecloud.');

/**
 * Whether the rule's tag covers the flow's tag (REQUIREMENTS.md §10): equal; `Internet` covers the
 * public service tags but not `VirtualNetwork`; a global tag covers its regional tags; another
 * region's tag doesn't match. A regional rule tag for a global flow tag covers only part of it, and
 * `AzureCloud` overlaps most public tags: both `unknown`.
 */
export function tagMatch(ruleTag: string, flowTag: string): Match {
  if (ruleTag === flowTag) return 'yes';
  if (ruleTag === 'internet') return NOT_PUBLIC_TAGS.has(flowTag) ? 'no' : 'yes';
  if (flowTag === 'internet' || NOT_PUBLIC_TAGS.has(ruleTag) || NOT_PUBLIC_TAGS.has(flowTag)) return 'no';
  if (flowTag.startsWith(`${ruleTag}.`)) return 'yes';
  if (ruleTag.startsWith(`${flowTag}.`)) return 'unknown';
  if (isAzureCloud(ruleTag)) return 'unknown';
  return 'no';
}

function matchSubnet(address: RuleAddress, range: IpRange | undefined): Match {
  switch (address.kind) {
    case 'any':
      return 'yes';
    case 'tag':
      return address.tag === 'virtualnetwork' ? 'yes' : 'no';
    case 'ipv6':
      return 'no';
    case 'ipv4':
      if (isEverything(address.range)) return 'yes';
      return range ? rangeMatch(address.range, range) : 'unknown';
  }
}

function matchPrefix(address: RuleAddress, range: IpRange): Match {
  switch (address.kind) {
    case 'any':
      return 'yes';
    case 'ipv6':
      return 'no';
    case 'ipv4':
      return rangeMatch(address.range, range);
    case 'tag':
      if (address.tag !== 'internet') return 'unknown';
      if (PRIVATE_RANGES.every((inner) => rangeMatch(inner, range) === 'no')) return 'yes';
      return 'unknown';
  }
}

/** Whether one rule address value matches a flow end; an IP prefix against a tag is `unknown`. */
export function addressMatch(address: RuleAddress, end: Endpoint): Match {
  if (end.kind === 'subnet') return matchSubnet(address, end.range);
  if (end.kind === 'prefix') return matchPrefix(address, end.range);
  switch (address.kind) {
    case 'any':
      return 'yes';
    case 'ipv6':
      return 'no';
    case 'ipv4':
      return isEverything(address.range) ? 'yes' : 'unknown';
    case 'tag':
      return tagMatch(address.tag, end.tag.toLowerCase());
  }
}

/** The remote end of a flow: an IPv4 prefix when it parses as one, else a service tag. */
export function remoteEndpoint(remote: string): Endpoint {
  const range = parseIpv4Range(remote.trim());
  return range ? { kind: 'prefix', range } : { kind: 'tag', tag: remote.trim().toLowerCase() };
}

/** Combines the matches of the values of one field: any `yes` wins, then `unknown`. */
export function anyMatch(matches: Iterable<Match>): Match {
  let result: Match = 'no';
  for (const match of matches) {
    if (match === 'yes') return 'yes';
    if (match === 'unknown') result = 'unknown';
  }
  return result;
}

/** Combines the matches of all conditions of a rule: any `no` wins, then `unknown`. */
export function allMatch(matches: Iterable<Match>): Match {
  let result: Match = 'yes';
  for (const match of matches) {
    if (match === 'no') return 'no';
    if (match === 'unknown') result = 'unknown';
  }
  return result;
}
