import { parsePlan, type Plan } from '../../src/core/index.ts';

/** An example plan file's contents as the parsed plan (tests only); throws when it doesn't parse. */
export function parsedPlan(raw: unknown): Plan {
  const result = parsePlan(raw);
  if (!result.ok) throw new Error(`example must parse: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.plan;
}
