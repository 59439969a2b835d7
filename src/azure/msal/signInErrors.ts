/**
 * Sentences for sign-in failures. MSAL errors carry an `errorCode`; this reads it without importing MSAL,
 * and never repeats MSAL's own message (it can contain request details).
 * @see https://learn.microsoft.com/entra/identity-platform/msal-error-handling-js
 */
import { signInIncompleteMessage } from './signInIncomplete.ts';

/** Popup problems after which a full-page redirect is the fallback. */
export const POPUP_BLOCKED_CODES: ReadonlySet<string> = new Set(['popup_window_error', 'empty_window_error']);

const MESSAGES: Readonly<Record<string, string>> = {
  user_cancelled: 'Sign-in was cancelled. Choose "Sign in" again when you are ready.',
  interaction_in_progress:
    'A sign-in is already open in another window or tab. Finish or close it, then try again.',
  timed_out:
    'The sign-in window did not answer in time. Try again; if it keeps happening, allow popups for this site.',
  no_network_connectivity:
    "Your browser couldn't reach Microsoft Entra ID. Check your connection, then try again.",
  post_request_failed:
    "Your browser couldn't reach Microsoft Entra ID. Check your connection, then try again.",
  invalid_client:
    'Microsoft Entra ID did not accept the application (client) ID. Check it in Sign-in settings; see the sign-in guide for how to register the app.',
  unauthorized_client:
    'The app registration does not allow this sign-in. Register it as a single-page application with this page’s redirect URI (see the sign-in guide).',
  consent_required:
    'Your organisation has not consented to this app reading Azure Resource Manager for you. Ask an administrator to grant consent for "Azure Service Management" user_impersonation.',
  interaction_required: 'Microsoft Entra ID needs you to sign in again. Choose "Sign in".',
  invalid_grant: 'Your sign-in has expired. Choose "Sign in" again.',
  no_account_error: 'You are not signed in. Choose "Sign in".',
};

/** AADSTS codes that mean the redirect URI isn't registered for this app. */
const REDIRECT_MISMATCH = /AADSTS50011|redirect_uri/i;

function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { errorCode?: unknown }).errorCode;
  return typeof code === 'string' ? code : undefined;
}

/** True for a popup that the browser blocked or that could not open. */
export function isPopupBlocked(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code !== undefined && POPUP_BLOCKED_CODES.has(code);
}

/** True when the person closed the sign-in window. */
export const isUserCancelled = (error: unknown): boolean => errorCodeOf(error) === 'user_cancelled';

/** What went wrong signing in, and what to do; never MSAL's raw message. */
export function signInErrorMessage(error: unknown): string {
  const code = errorCodeOf(error);
  if (code !== undefined && MESSAGES[code] !== undefined) return MESSAGES[code];
  const subError =
    typeof error === 'object' && error !== null
      ? (error as { errorMessage?: unknown }).errorMessage
      : undefined;
  if (typeof subError === 'string' && REDIRECT_MISMATCH.test(subError)) {
    return 'The app registration does not list this page’s redirect URI. Add it as a single-page application redirect URI (see the sign-in guide).';
  }
  return signInIncompleteMessage(code);
}
