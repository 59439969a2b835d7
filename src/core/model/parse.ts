import type * as z from 'zod/mini';
import { migratePlan } from './migrate.ts';
import { planSchema, type Plan } from './plan.ts';

/** One reason a plan file was not accepted, at a dot-separated path into the plan. */
export interface SchemaError {
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  { ok: true; plan: Plan; migratedFrom?: number } | { ok: false; errors: readonly SchemaError[] };

/** Dot-separated path with array items by index, as in Finding.path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}.`;
    case 'invalid_type':
      if (issue.input === undefined) return `Missing required field (expected ${article(issue.expected)}).`;
      return `Expected ${issue.expected}, got ${typeName(issue.input)}.`;
    case 'invalid_value':
      if (issue.message.startsWith('Invalid')) return `Expected ${oneOf(issue.values)}.`;
      return issue.message;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) {
        return `Unknown ${String(issue.path.at(-1) ?? 'value')}; use ${oneOf(issue.options)}.`;
      }
      return issue.message;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  if (shown.length <= 1) return shown.join('');
  return `one of ${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large for JSON';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Every schema problem in a zod error, one per unknown key, with exact paths. */
export function schemaErrors(error: z.core.$ZodError): SchemaError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: `Unknown field "${key}": check the spelling, or remove it.`,
      }));
    }
    return [{ path: formatPath(issue.path), message: describe(issue) }];
  });
}

/** Validates a parsed JSON value as a plan: migration, then the schema, listing every problem. */
export function parsePlan(raw: unknown): ParseResult {
  const migrated = migratePlan(raw);
  if (!migrated.ok) return { ok: false, errors: [{ path: migrated.path, message: migrated.message }] };
  const result = planSchema.safeParse(migrated.value, { reportInput: true });
  if (!result.success) return { ok: false, errors: schemaErrors(result.error) };
  return migrated.migratedFrom === undefined
    ? { ok: true, plan: result.data }
    : { ok: true, plan: result.data, migratedFrom: migrated.migratedFrom };
}

/** Largest plan text accepted, so a pasted or uploaded file can't stall the page. */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

/** The JSON value in plan text, or why there is none: text over {@link MAX_PLAN_BYTES}, or invalid JSON. */
export type PlanJson = { ok: true; value: unknown } | { ok: false; errors: readonly SchemaError[] };

/** The first checks of `parsePlanText` (planText.ts): the text's size, then its JSON syntax. */
export function readPlanJson(text: string): PlanJson {
  if (text.length > MAX_PLAN_BYTES) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `This file is ${(text.length / 1024 / 1024).toFixed(1)} MB; a plan is at most ${MAX_PLAN_BYTES / 1024 / 1024} MB. Check you chose the plan file.`,
        },
      ],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ path: '', message: `This is not valid JSON (${detail}). Fix the syntax and try again.` }],
    };
  }
}

/**
 * Whether `text` is exactly what {@link serializePlan} writes for `value`, its `JSON.parse`d value. Such text
 * has no key twice in an object and no number out of a double's range (`JSON.stringify` writes neither), so
 * `jsonTextProblems` finds nothing in it: the app's own saved plans can skip that check.
 */
export function isSerializedPlanText(text: string, value: unknown): boolean {
  return `${JSON.stringify(value, null, 2)}\n` === text;
}

/** Serialises a plan as the file format: two-space JSON with a trailing newline. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
