import { jsonTextProblems } from './jsonText.ts';
import { parsePlan, readPlanJson, type ParseResult } from './parse.ts';

/**
 * Parses plan text (a file or a paste): size, JSON syntax, what `JSON.parse` lets through (a key twice, a
 * number out of range), then {@link parsePlan}. Its own module, so the JSON text parser loads only with it.
 */
export function parsePlanText(text: string): ParseResult {
  const json = readPlanJson(text);
  if (!json.ok) return json;
  // JSON.parse keeps the last of two equal keys and turns 1e400 into Infinity without a word.
  const problems = jsonTextProblems(text);
  if (problems.length > 0) return { ok: false, errors: problems };
  return parsePlan(json.value);
}
