import * as z from 'zod/mini';
import { parseCidr, prefixTextSchema } from '../../../core/index.ts';

/**
 * An address prefix box: the plan format accepts any text (the requirements engine reports a malformed
 * prefix), but the form asks for a valid IPv4 CIDR straight away, in the words `parseCidr` explains.
 */
export const cidrFieldSchema = prefixTextSchema.check(
  z.superRefine((text, ctx) => {
    const result = parseCidr(text);
    if (text !== '' && !result.ok) ctx.addIssue({ code: 'custom', message: result.message });
  }),
);

/** A DNS server box: one IPv4 address such as 10.0.0.4. */
export const ipAddressFieldSchema = z.string().check(
  z.trim(),
  z.minLength(1, { message: 'Enter the IPv4 address of a DNS server, such as 10.0.0.4, or remove the row.' }),
  z.superRefine((text, ctx) => {
    if (text !== '' && (text.includes('/') || !parseCidr(`${text}/32`).ok)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not an IPv4 address; write four numbers from 0 to 255, such as 10.0.0.4.`,
      });
    }
  }),
);
