import * as z from 'zod/mini';
import { planSchema } from './plan.ts';

/**
 * The JSON Schema of the plan file, generated from the zod schema (input side, so defaults are
 * optional), published as `public/plan.schema.json` for editors.
 */
export function planJsonSchema(): string {
  const schema = z.toJSONSchema(planSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'plan.schema.json' }, null, 2)}\n`;
}
