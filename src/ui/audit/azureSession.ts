import type { SignedInAccount, SignInSession, SignInSettings } from '../../azure/msal/index.ts';
import {
  clearMsalEntries,
  isRedirectPending,
  signInErrorMessage,
  isUserCancelled,
} from '../../azure/msal/index.ts';
import { forgetAzureData } from './azureData.ts';

/** The sign-in as the header and dialogs see it; tokens stay inside the MSAL session. */
export type AzureSessionState =
  | { readonly status: 'signedOut'; readonly message?: string }
  | { readonly status: 'working' }
  | { readonly status: 'signedIn'; readonly account: SignedInAccount; readonly session: SignInSession };

let state: AzureSessionState = { status: 'signedOut' };
const listeners = new Set<() => void>();

function set(next: AzureSessionState): void {
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

/** Loads the MSAL session module only now: it is never part of the first page load. */
const loadSessionModule = () => import('../../azure/msal/session.ts');

const browserSession = (): Storage | undefined => {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
};

async function open(
  settings: SignInSettings,
  finish: (session: SignInSession) => Promise<SignedInAccount | undefined>,
) {
  const previous = state;
  set({ status: 'working' });
  try {
    const { createSignInSession } = await loadSessionModule();
    const session = await createSignInSession(settings, window.location.origin);
    const account = await finish(session);
    set(account === undefined ? { status: 'signedOut' } : { status: 'signedIn', account, session });
  } catch (error) {
    const message =
      isUserCancelled(error) && previous.status === 'signedOut' ? undefined : signInErrorMessage(error);
    set(message === undefined ? { status: 'signedOut' } : { status: 'signedOut', message });
  }
}

/** Signs in with a popup (or, when popups are blocked, by leaving for the sign-in page and coming back). */
export function signIn(settings: SignInSettings): Promise<void> {
  return open(settings, (session) => session.signIn());
}

/** Finishes a sign-in by redirect when one is pending in this tab; loads nothing otherwise. */
let resumed = false;

export function resumeRedirectSignIn(settings: SignInSettings | undefined): Promise<void> {
  if (resumed || settings === undefined || !isRedirectPending(browserSession())) return Promise.resolve();
  resumed = true;
  return open(settings, (session) => session.resumeRedirect());
}

/** Forgets everything: MSAL's cache and account, anything read from Azure, and this state. */
export async function signOut(): Promise<void> {
  const current = state;
  set({ status: 'working' });
  forgetAzureData();
  try {
    if (current.status === 'signedIn') await current.session.signOut();
  } finally {
    clearMsalEntries(browserSession());
    set({ status: 'signedOut' });
  }
}
