import type { SignedInAccount, SignInSession, SignInSettings } from '../../azure/msal/index.ts';
import { signInErrorMessage, isUserCancelled } from '../../azure/msal/index.ts';
import { azureSession, setAzureSession } from './azureSession.ts';
import { currentSignInSettings } from './signInSettings.ts';

/** Loads the MSAL session module only now: it is never part of the first page load. */
const loadSessionModule = () => import('../../azure/msal/session.ts');

async function open(
  settings: SignInSettings,
  finish: (session: SignInSession) => Promise<SignedInAccount | undefined>,
) {
  const previous = azureSession.getState();
  setAzureSession({ status: 'working' });
  try {
    const { createSignInSession } = await loadSessionModule();
    const session = await createSignInSession(settings, window.location.origin);
    const account = await finish(session);
    setAzureSession(
      account === undefined ? { status: 'signedOut' } : { status: 'signedIn', account, session },
    );
  } catch (error) {
    const message =
      isUserCancelled(error) && previous.status === 'signedOut' ? undefined : signInErrorMessage(error);
    setAzureSession(message === undefined ? { status: 'signedOut' } : { status: 'signedOut', message });
  }
}

/** Signs in with a popup (or, when popups are blocked, by leaving for the sign-in page and coming back). */
export function signIn(settings: SignInSettings): Promise<void> {
  return open(settings, (session) => session.signIn());
}

/**
 * Finishes the pending sign-in by redirect (see `resumeRedirectSignIn`) with the saved or built-in settings;
 * without any, there is nothing to finish it with.
 */
export function resumeRedirect(): Promise<void> {
  const settings = currentSignInSettings();
  if (settings === undefined) return Promise.resolve();
  return open(settings, (session) => session.resumeRedirect());
}
