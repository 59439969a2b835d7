/**
 * What to say when a sign-in failed for a reason without a sentence of its own (see `signInErrorMessage`),
 * with MSAL's error code when there is one. Its own module: the first page load needs only this sentence.
 */
export function signInIncompleteMessage(code?: string): string {
  const detail = code === undefined ? '' : ` (${code})`;
  return `Sign-in did not complete${detail}. Check Sign-in settings and try again; the sign-in guide lists what the app registration needs.`;
}
