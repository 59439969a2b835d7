import { parsePlanEdit, planSchema, schemaErrors, type Plan, type SchemaError } from '../../core/index.ts';

/** What a check of a whole plan gives: the plan as the schema reads it, or every problem. */
export type PlanValidation =
  { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly errors: SchemaError[] };

/**
 * Checks a whole plan against the plan schema; the store's check of every edit. Given `previous`, the plan
 * the edit started from (one this check passed), the sections the edit left as they were aren't read again
 * (`parsePlanEdit`): the result is the same, for a fraction of the work on each keystroke.
 *
 * Load this module only with `import()` (main.tsx), never statically: when its download fails, Retry loads
 * its chunk again by address (`freshImport.ts`), which finds `validatePlan` under its own name only while the
 * chunk is this module's alone. A static import elsewhere makes it a shared chunk with shortened export names.
 */
export function validatePlan(candidate: Plan, previous?: Plan): PlanValidation {
  const result = previous ? parsePlanEdit(previous, candidate) : planSchema.safeParse(candidate);
  return result.success ? { ok: true, plan: result.data } : { ok: false, errors: schemaErrors(result.error) };
}
