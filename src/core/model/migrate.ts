import { PLAN_VERSION } from './plan.ts';

/** A step from version `from` to `from + 1`, on plain JSON (before schema validation). */
export type Migration = (plan: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. Version 1 is the first released format, so the table
 * is empty; a future version 2 adds `1: (plan) => ({ ...plan, version: 2, … })` here.
 */
export const migrations: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  { ok: true; value: unknown; migratedFrom?: number } | { ok: false; path: string; message: string };

/** Brings a parsed JSON plan up to {@link PLAN_VERSION}, or says why it can't. */
export function migratePlan(
  raw: unknown,
  table: Readonly<Record<number, Migration>> = migrations,
  target: number = PLAN_VERSION,
): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      path: '',
      message: 'A plan is a JSON object, such as { "version": 1, "workspace": { … } }.',
    };
  }
  let plan = raw as Record<string, unknown>;
  const start = plan.version;
  if (start === undefined) {
    return { ok: false, path: 'version', message: `Add "version": ${target} at the top of the plan.` };
  }
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 1) {
    return { ok: false, path: 'version', message: `"version" must be a whole number such as ${target}.` };
  }
  if (start > target) {
    return {
      ok: false,
      path: 'version',
      message: `This plan is format version ${start}, newer than this tool reads (${target}). Update AML Network Wizard.`,
    };
  }
  for (let version = start; version < target; version++) {
    const step = table[version];
    if (!step) {
      return {
        ok: false,
        path: 'version',
        message: `No migration from plan version ${version}; this file can't be read.`,
      };
    }
    plan = step(plan);
  }
  return start === target ? { ok: true, value: plan } : { ok: true, value: plan, migratedFrom: start };
}
