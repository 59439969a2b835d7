import { MAX_PLAN_BYTES, parsePlanText, type Plan, type SchemaError } from '../core/index.ts';
import { CliError, type CliIo } from './io.ts';

/** Public-cloud Service Tags files are a few megabytes; this leaves room for growth. */
export const MAX_SERVICE_TAGS_BYTES = 64 * 1024 * 1024;

export type LoadResult =
  | { readonly ok: true; readonly plan: Plan; readonly serviceTags?: unknown }
  | { readonly ok: false; readonly errors: readonly SchemaError[] };

/**
 * Reads and validates the plan, then reads the Service Tags file if one was given. The tags are passed
 * on as parsed JSON; the rules and generators that use them check their shape.
 * Throws a {@link CliError} when a file can't be read.
 */
export async function loadInputs(io: CliIo, planPath: string, serviceTagsPath?: string): Promise<LoadResult> {
  const parsed = parsePlanText(await io.readText(planPath, MAX_PLAN_BYTES));
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  if (serviceTagsPath === undefined) return { ok: true, plan: parsed.plan };
  return { ok: true, plan: parsed.plan, serviceTags: await readServiceTags(io, serviceTagsPath) };
}

async function readServiceTags(io: CliIo, path: string): Promise<unknown> {
  const text = await io.readText(path, MAX_SERVICE_TAGS_BYTES);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(
      `--service-tags ${path} is not valid JSON (${detail}). Download ServiceTags_*.json again from the Microsoft Download Center.`,
    );
  }
}
