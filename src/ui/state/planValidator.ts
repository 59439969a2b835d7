import { planSchema, schemaErrors, type Plan, type SchemaError } from '../../core/index.ts';

/** What a check of a whole plan gives: the plan as the schema reads it, or every problem. */
export type PlanValidation =
  { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly errors: SchemaError[] };

/** Checks a whole plan against the plan schema; the store's check of every edit. */
export function validatePlan(candidate: Plan): PlanValidation {
  const result = planSchema.safeParse(candidate);
  return result.success ? { ok: true, plan: result.data } : { ok: false, errors: schemaErrors(result.error) };
}
