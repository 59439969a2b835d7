import type { ParseResult } from '../../core/index.ts';
import { retryingLoader } from '../lazy/freshImport.ts';

/**
 * `read` with the module `load` gives, or, when that code can't be fetched (offline), a failure saying that
 * `what` couldn't be loaded.
 */
export async function readWhenLoaded<M>(
  load: () => Promise<M>,
  what: string,
  read: (module: M) => ParseResult | Promise<ParseResult>,
): Promise<ParseResult> {
  let module: M;
  try {
    module = await load();
  } catch {
    const message = `${what} couldn't be loaded. Check your connection and try again.`;
    return { ok: false, errors: [{ path: '', message }] };
  }
  return read(module);
}

// Reading plan text needs the plan schema: its code loads when there is text to read, not with the first screen.
const loadPlanText = retryingLoader(() => import('./planText.ts'));

/** `readPlanText` (planText.ts), loading its code first. */
export function readPlanTextLater(text: string): Promise<ParseResult> {
  return readWhenLoaded(loadPlanText, 'The code that reads plans', (module) => module.readPlanText(text));
}
