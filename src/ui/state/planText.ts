import { isSerializedPlanText, parsePlan, readPlanJson, type ParseResult } from '../../core/index.ts';
import { retryingLoader } from '../lazy/freshImport.ts';
import { readWhenLoaded } from './readPlanTextLater.ts';

/**
 * `parsePlanText` for text exactly as the app writes a plan (autosave, export): the same result, without
 * the checks of what `JSON.parse` lets through, which such text can't hold. Undefined for any other text.
 */
export function readOwnPlanText(text: string): ParseResult | undefined {
  const json = readPlanJson(text);
  if (!json.ok) return json;
  return isSerializedPlanText(text, json.value) ? parsePlan(json.value) : undefined;
}

// The JSON text checks and their parser (jsonc-parser) load only for text the app did not write as it is.
const loadChecks = retryingLoader(() => import('./planTextChecks.ts'));

/**
 * `parsePlanText`, loading its JSON text checks first when the text needs them; when their code can't be
 * fetched (offline), a failure that says so.
 */
export async function readPlanText(text: string): Promise<ParseResult> {
  const own = readOwnPlanText(text);
  if (own) return own;
  return readWhenLoaded(loadChecks, "The code that checks this plan's text", (checks) =>
    checks.parsePlanText(text),
  );
}
