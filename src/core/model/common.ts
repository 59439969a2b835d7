import * as z from 'zod/mini';

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
