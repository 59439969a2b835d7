/**
 * Sign-in settings and helpers that don't load MSAL. The MSAL session itself is in `session.ts`, which
 * callers load with `import()` so it stays out of the first page load.
 */
export * from './settings.ts';
export * from './redirectPending.ts';
export * from './signInErrors.ts';
export * from './signInIncomplete.ts';
export type { SignedInAccount, SignInSession } from './session.ts';
