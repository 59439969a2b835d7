import type { SignedInAccount, SignInSession } from '../../azure/msal/index.ts';
import { clearMsalEntries, isRedirectPending, signInIncompleteMessage } from '../../azure/msal/index.ts';
import { forgetAzureData } from './azureData.ts';

/** The sign-in as the header and dialogs see it; tokens stay inside the MSAL session. */
export type AzureSessionState =
  | { readonly status: 'signedOut'; readonly message?: string }
  | { readonly status: 'working' }
  | { readonly status: 'signedIn'; readonly account: SignedInAccount; readonly session: SignInSession };

let state: AzureSessionState = { status: 'signedOut' };
const listeners = new Set<() => void>();

/** Sets the state and tells the subscribers; for the sign-in code (azureSignIn.ts) and sign-out. */
export function setAzureSession(next: AzureSessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

export const azureSession = {
  getState: (): AzureSessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const browserSession = (): Storage | undefined => {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
};

let resumed = false;

/**
 * Finishes a sign-in by redirect when one is pending in this tab; loads nothing otherwise. The sign-in
 * code, with its settings and error sentences, loads only then (or with the sign-in dialog).
 */
export function resumeRedirectSignIn(): Promise<void> {
  if (resumed || !isRedirectPending(browserSession())) return Promise.resolve();
  resumed = true;
  return import('./azureSignIn.ts').then(
    (signIn) => signIn.resumeRedirect(),
    () => setAzureSession({ status: 'signedOut', message: signInIncompleteMessage() }),
  );
}

/** Forgets everything: MSAL's cache and account, anything read from Azure, and this state. */
export async function signOut(): Promise<void> {
  const current = state;
  setAzureSession({ status: 'working' });
  forgetAzureData();
  try {
    if (current.status === 'signedIn') await current.session.signOut();
  } finally {
    clearMsalEntries(browserSession());
    setAzureSession({ status: 'signedOut' });
  }
}
