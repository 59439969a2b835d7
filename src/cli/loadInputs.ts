import {
  checkServiceTagsSize,
  MAX_PLAN_BYTES,
  parsePlanText,
  parseServiceTags,
  DEFAULT_MAX_BYTES,
  type Plan,
  type SchemaError,
  type ServiceTagsInput,
  type ServiceTagsNotice,
} from '../core/index.ts';
import { CliError, type CliIo } from './io.ts';

/** A Service Tags file read from `--service-tags`, with what its name and date tell. */
export interface LoadedServiceTags {
  readonly input: ServiceTagsInput;
  /** `yyyy-mm-dd` from the file name, when it has one. */
  readonly fileDate?: string;
  /** What the file's name says besides its content (another cloud, an old date). */
  readonly notices: readonly ServiceTagsNotice[];
}

export type LoadResult =
  | { readonly ok: true; readonly plan: Plan; readonly serviceTags?: LoadedServiceTags }
  | { readonly ok: false; readonly errors: readonly SchemaError[] };

/**
 * Reads and validates the plan, then the Service Tags file if one was given: refused by its size
 * before it is read, then parsed and checked against the format. Throws a {@link CliError} (exit 2)
 * when a file can't be read or is not a Service Tags file, so the plan is never checked with a bad one.
 */
export async function loadInputs(io: CliIo, planPath: string, serviceTagsPath?: string): Promise<LoadResult> {
  const parsed = parsePlanText(await io.readText(planPath, MAX_PLAN_BYTES));
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  if (serviceTagsPath === undefined) return { ok: true, plan: parsed.plan };
  return { ok: true, plan: parsed.plan, serviceTags: await readServiceTags(io, serviceTagsPath) };
}

export async function readServiceTags(io: CliIo, path: string): Promise<LoadedServiceTags> {
  const size = checkServiceTagsSize(await io.fileSize(path));
  if (!size.ok) throw new CliError(`--service-tags ${path}: ${size.message}`);
  const today = io.today();
  const result = parseServiceTags(await io.readText(path, DEFAULT_MAX_BYTES), { fileName: path, today });
  if (!result.ok) throw new CliError(`--service-tags ${path}: ${result.message}`);
  return {
    input: { file: result.file, fileName: path, today },
    ...(result.fileDate ? { fileDate: result.fileDate } : {}),
    notices: result.notices,
  };
}
