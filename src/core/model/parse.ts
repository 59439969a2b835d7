import type * as z from 'zod/mini';
import { migratePlan } from './migrate.ts';
import { planSchema, type Plan } from './plan.ts';
import type { SchemaError } from './planJson.ts';

export {
  MAX_PLAN_BYTES,
  isSerializedPlanText,
  readPlanJson,
  serializePlan,
  type PlanJson,
  type SchemaError,
} from './planJson.ts';

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
