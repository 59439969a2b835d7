/**
 * Whether a sign-in by redirect is waiting to be finished on this page. Reads MSAL's interaction marker in
 * sessionStorage without loading MSAL, so the sign-in code is fetched only when there is something to finish.
 */

/** MSAL's key for an interaction in progress (`msal.interaction.status`). */
export const INTERACTION_STATUS_KEY = 'msal.interaction.status';

/** True when MSAL left a redirect interaction in progress in `storage`. */
export function isRedirectPending(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    const raw = storage?.getItem(INTERACTION_STATUS_KEY);
    if (raw === null || raw === undefined) return false;
    const status = JSON.parse(raw) as { type?: unknown };
    return typeof status === 'object' && status !== null && status.type !== undefined;
  } catch {
    return false;
  }
}

/** Removes every MSAL entry (`msal.` prefix) from `storage`: what sign-out leaves behind must be nothing. */
export function clearMsalEntries(storage: Pick<Storage, 'length' | 'key' | 'removeItem'> | undefined): void {
  if (storage === undefined) return;
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key !== null && key.startsWith('msal.')) keys.push(key);
    }
    keys.forEach((key) => storage.removeItem(key));
  } catch {
    // Storage turned off: there is nothing of ours in it either.
  }
}
