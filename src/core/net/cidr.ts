import ipaddr from 'ipaddr.js';

/**
 * IPv4 prefixes as integer ranges, parsed with ipaddr.js. A prefix with host bits set (10.0.1.5/24)
 * is rejected, as ARM rejects it.
 */
export interface Cidr {
  /** The text as written, trimmed. */
  readonly text: string;
  /** First address as an unsigned 32-bit integer. */
  readonly first: number;
  /** Last address as an unsigned 32-bit integer. */
  readonly last: number;
  readonly length: number;
}

export type CidrResult = { ok: true; cidr: Cidr } | { ok: false; message: string };

const toInt = (address: ipaddr.IPv4): number =>
  address.octets.reduce((value, octet) => value * 256 + octet, 0);

/** Dotted-quad text of an unsigned 32-bit integer. */
export function intToIp(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** Number of addresses in a prefix of this length. */
export const blockSize = (length: number): number => 2 ** (32 - length);

const EXAMPLE = '10.0.1.0/24';
const fail = (message: string): CidrResult => ({ ok: false, message });

const isIpv6 = (text: string): boolean => text.includes(':') && ipaddr.IPv6.isValid(text.split('/')[0] ?? '');

/** The message for text without a `/`. */
function missingLength(text: string): CidrResult {
  if (text === '') return fail(`The prefix is empty; write it as CIDR, such as ${EXAMPLE}.`);
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) {
    return fail(`"${text}" has no prefix length; write it as CIDR, such as ${text}/24.`);
  }
  return fail(`"${text}" is not an IPv4 prefix; write it as CIDR, such as ${EXAMPLE}.`);
}

/** The length after the `/` at `slash`: one or two ASCII digits, at most 32; else -1. */
function quickLength(text: string, slash: number): number {
  const digits = text.length - slash - 1;
  if (digits < 1 || digits > 2) return -1;
  let length = 0;
  for (let i = slash + 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    length = length * 10 + c - 48;
  }
  return length <= 32 ? length : -1;
}

/**
 * The common case read character by character: `a.b.c.d/n` with decimal octets (no leading zeros, as
 * ipaddr.js's four-part decimal form) and no host bits. Anything else returns undefined and goes
 * through the explaining parser, so results are the same either way (property-tested).
 */
function quickParse(text: string): Cidr | undefined {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  let i = 0;
  for (; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits > 0 && octet === 0) return undefined; // a leading zero
      octet = octet * 10 + c - 48;
      digits += 1;
      if (octet > 255) return undefined;
    } else if (c === 46 && digits > 0 && dots < 3) {
      value = value * 256 + octet;
      [octet, digits, dots] = [0, 0, dots + 1];
    } else break;
  }
  if (dots !== 3 || digits === 0 || text.charCodeAt(i) !== 47) return undefined;
  const length = quickLength(text, i);
  if (length < 0) return undefined;
  const first = value * 256 + octet;
  const size = blockSize(length);
  return first % size === 0 ? { text, first, last: first + size - 1, length } : undefined;
}

/** Parses an IPv4 CIDR, explaining what is wrong in words a user can act on. */
export function parseCidr(input: string): CidrResult {
  const text = input.trim();
  const quick = quickParse(text);
  if (quick) return { ok: true, cidr: quick };
  if (isIpv6(text)) {
    return fail(`"${text}" is an IPv6 address; only IPv4 prefixes such as ${EXAMPLE} are supported here.`);
  }
  const slash = text.indexOf('/');
  if (slash < 0) return missingLength(text);
  const addressText = text.slice(0, slash);
  const lengthText = text.slice(slash + 1);
  if (!ipaddr.IPv4.isValidFourPartDecimal(addressText)) {
    return fail(`"${addressText}" is not an IPv4 address such as 10.0.1.0 (four numbers from 0 to 255).`);
  }
  if (!/^\d{1,2}$/.test(lengthText) || Number(lengthText) > 32) {
    return fail(`"/${lengthText}" is not a prefix length; use a whole number from 0 to 32.`);
  }
  const length = Number(lengthText);
  const address = toInt(ipaddr.IPv4.parse(addressText));
  const size = blockSize(length);
  const first = address - (address % size);
  if (first !== address) {
    return fail(`"${text}" has host bits set; Azure rejects it. Did you mean ${intToIp(first)}/${length}?`);
  }
  return { ok: true, cidr: { text, first, last: first + size - 1, length } };
}

/** True when `inner` lies entirely inside `outer`. */
export const contains = (outer: Cidr, inner: Cidr): boolean =>
  outer.first <= inner.first && inner.last <= outer.last;

/** True when the two prefixes share at least one address. */
export const overlaps = (a: Cidr, b: Cidr): boolean => a.first <= b.last && b.first <= a.last;

/** Azure reserves five addresses in every subnet: network, gateway, two for DNS, broadcast. */
export const AZURE_RESERVED_PER_SUBNET = 5;

/** Addresses left for new NICs: 2^(32−len) − 5 − used (never below zero). */
export function usableAddresses(length: number, used = 0): number {
  return Math.max(0, blockSize(length) - AZURE_RESERVED_PER_SUBNET - used);
}

/** True when `address` (dotted quad) is an IPv4 address inside `cidr`. */
export function containsAddress(cidr: Cidr, address: string): boolean {
  if (!ipaddr.IPv4.isValidFourPartDecimal(address)) return false;
  const value = toInt(ipaddr.IPv4.parse(address));
  return cidr.first <= value && value <= cidr.last;
}
