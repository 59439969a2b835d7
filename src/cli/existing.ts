import {
  MAX_ARM_JSON_BYTES,
  planFromPasted,
  planSchema,
  readPasted,
  schemaErrors,
  type LegacyRule,
  type Plan,
  type Understood,
} from '../core/index.ts';
import { CliError, type CliIo } from './io.ts';

/**
 * The plan with the resources that exist today in place of its network section, what was read, and where
 * the resources don't match the plan's names.
 */
export interface ExistingApplied {
  readonly plan: Plan;
  readonly understood: readonly Understood[];
  readonly notes: readonly string[];
  readonly warnings: readonly string[];
  readonly legacy: readonly LegacyRule[];
}

/**
 * Reads the `--existing` files (`az network … show -o json` output or an ARM template) and puts them into
 * the plan as existing resources, so the checks audit what is deployed. Throws a {@link CliError} (exit 2)
 * naming the file when one can't be read or isn't a network resource.
 */
export async function applyExisting(
  io: CliIo,
  plan: Plan,
  paths: readonly string[],
): Promise<ExistingApplied> {
  const texts = [];
  for (const path of paths) texts.push({ source: path, text: await io.readText(path, MAX_ARM_JSON_BYTES) });
  const set = readPasted(texts);
  const unusable = set.understood.filter((item) => item.kind === 'invalid' || item.kind === 'unknown');
  if (unusable.length > 0) {
    throw new CliError(unusable.map((item) => `--existing ${item.source}: ${item.message}`).join('\n'));
  }
  const result = planFromPasted(plan, set);
  if (!result.ok) throw new CliError(`--existing: ${result.message}`);
  const checked = planSchema.safeParse(result.plan);
  if (!checked.success) {
    const problems = schemaErrors(checked.error).map((e) => `  ${e.path}: ${e.message}`);
    throw new CliError(`--existing: the resources don't fit the plan:\n${problems.join('\n')}`);
  }
  return {
    plan: checked.data,
    understood: set.understood,
    notes: result.notes,
    warnings: result.warnings,
    legacy: result.legacy,
  };
}

/** What was read from `--existing`, for the text report. */
export function formatExisting(applied: ExistingApplied): string {
  const lines = ['Checked with the resources that exist today:'];
  for (const item of applied.understood) lines.push(`  ${item.source}: ${item.message}`);
  for (const warning of applied.warnings) lines.push(`  warning: ${warning}`);
  for (const note of applied.notes) lines.push(`  note: ${note}`);
  for (const rule of applied.legacy) lines.push(`  not needed since 2020: ${rule.name}: ${rule.message}`);
  return `${lines.join('\n')}\n\n`;
}

/** What was read from `--existing`, for the JSON output. */
export function existingJson(applied: ExistingApplied) {
  return {
    understood: applied.understood,
    notes: applied.notes,
    warnings: applied.warnings,
    legacy: applied.legacy,
  };
}
