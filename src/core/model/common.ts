import ipaddr from 'ipaddr.js';
import * as z from 'zod/mini';
import { parseCidr } from '../net/cidr.ts';

/** ARM region name such as `eastus2` or `usgovvirginia` (lower case, no spaces). */
export const regionSchema = z.string().check(
  z.regex(/^[a-z][a-z0-9]{1,39}$/, {
    message: 'Use the ARM region name in lower case without spaces, such as "eastus2" (not "East US 2").',
  }),
  z.meta({ description: 'ARM region name, e.g. eastus2' }),
);

export const subscriptionIdSchema = z.string().check(
  z.regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, {
    message: 'A subscription id is a GUID such as 11111111-2222-3333-4444-555555555555.',
  }),
);

/**
 * An address prefix as written by the user. Its syntax and meaning (valid CIDR, host bits, sizes) are
 * checked by the requirements engine so that a malformed value becomes a finding on its field, not a
 * rejected file.
 */
export const prefixTextSchema = z
  .string()
  .check(
    z.minLength(1, { message: 'Enter an address prefix in CIDR form, such as 10.0.1.0/24.' }),
    z.maxLength(64, { message: 'An address prefix is at most 64 characters long.' }),
  );

const SERVICE_TAG = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+){0,2}$/;
const NSG_SOURCE_WORDS =
  'an IPv4 address (203.0.113.4), a CIDR prefix (203.0.113.0/24), * for any address, or a service tag such as Internet, VirtualNetwork or AzureMachineLearning';

/**
 * What is wrong with `text` as the source of an NSG rule, or undefined: Azure accepts an IP address, a
 * CIDR prefix, `*`, or a service tag (a name such as `Internet` or `Storage.EastUS`).
 * @see https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules
 * @see https://learn.microsoft.com/azure/virtual-network/service-tags-overview
 */
export function nsgSourceProblem(text: string): string | undefined {
  if (text === '*' || (SERVICE_TAG.test(text) && text.length <= 80)) return undefined;
  if (/\s/.test(text) || text === '') {
    return `${JSON.stringify(text)} has spaces or is empty; write ${NSG_SOURCE_WORDS}.`;
  }
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return undefined;
  if (!text.includes('/')) {
    return `${JSON.stringify(text)} is not an address or a service tag; write ${NSG_SOURCE_WORDS}.`;
  }
  const cidr = parseCidr(text);
  return cidr.ok ? undefined : `${cidr.message} Write ${NSG_SOURCE_WORDS}.`;
}

/** The source of an NSG rule the plan generates, checked by {@link nsgSourceProblem}. */
export const nsgSourceSchema = z.string().check(
  z.superRefine((text, ctx) => {
    const problem = nsgSourceProblem(text);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  }),
  // For editors that read plan.schema.json; the check above gives the messages.
  z.meta({
    pattern: '^(\\*|[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+){0,2}|([0-9]{1,3}\\.){3}[0-9]{1,3}(/[0-9]{1,2})?)$',
    maxLength: 80,
  }),
);

/**
 * A DNS server of a virtual network: Azure takes IPv4 addresses only.
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-name-resolution-for-vms-and-role-instances#specify-dns-servers
 */
export const dnsServerSchema = z.string().check(
  z.superRefine((text, ctx) => {
    if (ipaddr.IPv4.isValidFourPartDecimal(text)) return;
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(text)} is not an IPv4 address; write the DNS server's address as four numbers from 0 to 255, such as 10.0.0.4.`,
    });
  }),
  z.meta({ pattern: '^([0-9]{1,3}\\.){3}[0-9]{1,3}$' }),
);
