import { planSchema, schemaErrors, type Plan, type SchemaError } from '../../../core/index.ts';
import type { SectionSpec } from './sectionSpecs.ts';

export type SectionTextResult =
  { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly problems: string[] };

const describe = (errors: readonly SchemaError[], prefix = '') =>
  errors.map(({ path, message }) => {
    const where = [prefix, path].filter(Boolean).join('.');
    return where ? `${where}: ${message}` : message;
  });

/** The section's text as JSON, or undefined for an empty box of an optional section. */
function parseJson(
  spec: SectionSpec,
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: string } {
  if (text.trim() === '' && spec.optional) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `This is not valid JSON (${detail}). Fix the syntax.` };
  }
}

/**
 * Checks a section's JSON against its schema and then the whole plan with the section in place, listing
 * every problem; on success returns the plan to store.
 */
export function applySectionText(spec: SectionSpec, plan: Plan, text: string): SectionTextResult {
  const json = parseJson(spec, text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  let value: unknown = undefined;
  if (json.value !== undefined) {
    const section = spec.schema(plan).safeParse(json.value);
    if (!section.success) return { ok: false, problems: describe(schemaErrors(section.error)) };
    value = section.data;
  }
  const next = planSchema.safeParse(spec.write(plan, value));
  if (!next.success) return { ok: false, problems: describe(schemaErrors(next.error)) };
  return { ok: true, plan: next.data };
}

/** The section as the JSON box shows it: two-space JSON, or empty when absent. */
export function sectionText(spec: SectionSpec, plan: Plan): string {
  const value = spec.read(plan);
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}
