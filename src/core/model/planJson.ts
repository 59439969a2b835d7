import type { Plan } from './plan.ts';

// Plan text as JSON: what reading and writing a plan needs besides the plan schema, so the app's first
// screen can save a plan without loading the schema (parse.ts re-exports all of it).

/** One reason a plan file was not accepted, at a dot-separated path into the plan. */
export interface SchemaError {
  readonly path: string;
  readonly message: string;
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
