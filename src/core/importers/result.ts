import type * as z from 'zod/mini';
import { schemaErrors } from '../model/index.ts';

/**
 * What an importer returns: the plan piece with notes about what it left out, or one message that
 * says what is wrong with the pasted document and what to paste instead. Importers never throw.
 */
export type ImportResult<T> =
  { ok: true; value: T; notes: readonly string[] } | { ok: false; message: string };

export const imported = <T>(value: T, notes: readonly string[] = []): ImportResult<T> => ({
  ok: true,
  value,
  notes,
});

export const rejected = <T = never>(message: string): ImportResult<T> => ({ ok: false, message });

/**
 * Parse options for pasted documents: zod 4 leaves the offending value out of an issue unless asked, and
 * the messages quote it ("Expected number, got string \"100\"").
 */
export const REPORT_INPUT = { reportInput: true } as const;

/** At most this many schema problems are spelled out in one message; the rest are counted. */
const MAX_LISTED = 3;

/**
 * `lead`, then the first schema problems of `error` with their paths (into the pasted document, or into
 * the plan piece), then `advice` when given: "The route table JSON has fields this wizard can't read:
 * routes.0.nextHopType: Expected one of … Paste the unedited output of `az network route-table show …`."
 */
export function describeIssues(lead: string, error: z.core.$ZodError, advice?: string): string {
  const problems = schemaErrors(error);
  const listed = problems
    .slice(0, MAX_LISTED)
    .map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`).replace(/\.$/, ''));
  const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : '';
  return `${lead}: ${listed.join('; ')}${more}.${advice === undefined ? '' : ` ${advice}`}`;
}

/** The lead for a document whose shape isn't what the `az … show` command prints. */
export const unreadable = (what: string): string => `The ${what} JSON has fields this wizard can't read`;

/** The lead for a resource that was read but doesn't fit the plan (a name or region Azure allows but the plan refuses). */
export const unfit = (what: string, name: string): string => `The ${what} "${name}" can't be used in a plan`;
