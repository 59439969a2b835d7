/**
 * The prefix parser and aggregation as they were before their fast paths, kept as the reference the
 * property tests compare the fast ones with. Test-only.
 */
import ipaddr from 'ipaddr.js';
import type { Cidr, CidrResult } from '../../src/core/net/cidr.ts';

const toInt = (address: ipaddr.IPv4): number =>
  address.octets.reduce((value, octet) => value * 256 + octet, 0);
export function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}
const blockSize = (length: number): number => 2 ** (32 - length);
const EXAMPLE = '10.0.1.0/24';
const fail = (message: string): CidrResult => ({ ok: false, message });
const isIpv6 = (text: string): boolean => text.includes(':') && ipaddr.IPv6.isValid(text.split('/')[0] ?? '');

function missingLength(text: string): CidrResult {
  if (text === '') return fail(`The prefix is empty; write it as CIDR, such as ${EXAMPLE}.`);
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) {
    return fail(`"${text}" has no prefix length; write it as CIDR, such as ${text}/24.`);
  }
  return fail(`"${text}" is not an IPv4 prefix; write it as CIDR, such as ${EXAMPLE}.`);
}

export function parseCidr(input: string): CidrResult {
  const text = input.trim();
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

interface AddressRange {
  readonly first: number;
  readonly last: number;
}

function mergeRanges(ranges: readonly AddressRange[]): AddressRange[] {
  const sorted = [...ranges].sort((a, b) => a.first - b.first || a.last - b.last);
  const merged: { first: number; last: number }[] = [];
  for (const range of sorted) {
    const previous = merged.at(-1);
    if (previous && range.first <= previous.last + 1) previous.last = Math.max(previous.last, range.last);
    else merged.push({ first: range.first, last: range.last });
  }
  return merged;
}

function largestBlockLength(first: number, last: number): number {
  let length = 0;
  while (first % blockSize(length) !== 0 || first + blockSize(length) - 1 > last) length += 1;
  return length;
}

function rangeToPrefixes(range: AddressRange): string[] {
  const prefixes: string[] = [];
  let first = range.first;
  while (first <= range.last) {
    const length = largestBlockLength(first, range.last);
    prefixes.push(`${intToIp(first)}/${length}`);
    first += blockSize(length);
  }
  return prefixes;
}

export function aggregatePrefixes(prefixes: readonly string[]): string[] {
  const cidrs: Cidr[] = prefixes.flatMap((text) => {
    const parsed = parseCidr(text);
    return parsed.ok ? [parsed.cidr] : [];
  });
  return mergeRanges(cidrs).flatMap(rangeToPrefixes);
}
