import type { ParseResult } from '../../core/index.ts';
import { retryingLoader } from '../lazy/freshImport.ts';

// Reading plan text needs the plan schema: its code loads when there is text to read, not with the first screen.
const loadPlanText = retryingLoader(() => import('./planText.ts'));

/**
 * `readPlanText` (planText.ts), loading its code first; when that code can't be fetched (offline), a failure
 * that says so.
 */
export async function readPlanTextLater(text: string): Promise<ParseResult> {
  let module: Awaited<ReturnType<typeof loadPlanText>>;
  try {
    module = await loadPlanText();
  } catch {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: "The code that reads plans couldn't be loaded. Check your connection and try again.",
        },
      ],
    };
  }
  return module.readPlanText(text);
}
