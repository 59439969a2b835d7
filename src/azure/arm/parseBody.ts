import type * as z from 'zod/mini';
import { ArmError } from './armError.ts';

/**
 * Reads a response body with `schema`; a body without the fields the wizard needs becomes an
 * {@link ArmError} with code `MalformedResponse` that names the first missing or wrong field.
 */
export function parseBody<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field =
    issue === undefined || issue.path.length === 0 ? '' : ` (field ${issue.path.map(String).join('.')})`;
  throw new ArmError({
    status: 200,
    code: 'MalformedResponse',
    message: `Azure Resource Manager sent ${what} this wizard can't read${field}. Try again; if it persists, report it.`,
    requestUrl: '',
  });
}

/** `"East US 2"` → `"eastus2"`. */
export const regionName = (location: string): string => location.toLowerCase().replace(/\s+/g, '');
