/** The user-timing mark set when the first screen has been committed (e2e/first-load.spec.ts reads it). */
export const FIRST_SCREEN_MARK = 'aml-network-wizard:first-screen';

let markShown: () => void = () => undefined;

/**
 * Settles once the app's first screen has been committed: code the first screen doesn't show (the plan
 * schema, parts shown only later) starts loading then, so it never competes with the first screen.
 */
export const firstScreenShown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/** Called by the app once its first screen is committed (App's `onShown`); later calls change nothing. */
export function showFirstScreen(): void {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(FIRST_SCREEN_MARK).length === 0) {
    performance.mark(FIRST_SCREEN_MARK);
  }
  markShown();
}
