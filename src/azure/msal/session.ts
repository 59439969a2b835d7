/**
 * Sign-in with Microsoft Entra ID through MSAL (authorization code flow with PKCE). This is the only module
 * that imports `@azure/msal-browser`; the app loads it with `import()` when the person chooses to sign in
 * (or returns from a sign-in redirect), so MSAL is never part of the first page load.
 * @see https://learn.microsoft.com/entra/identity-platform/tutorial-v2-javascript-auth-code
 */
import {
  InteractionRequiredAuthError,
  createStandardPublicClientApplication,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { ARM_SCOPE, authorityFor, type SignInSettings } from './settings.ts';
import { isPopupBlocked } from './signInErrors.ts';

/** Who is signed in, for the header; no token. */
export interface SignedInAccount {
  readonly name: string;
  readonly username: string;
  readonly tenantId: string;
}

/** A sign-in session for one app registration. */
export interface SignInSession {
  /** Opens the sign-in popup; when the browser blocks it, navigates to the sign-in page instead (resolves undefined). */
  signIn(): Promise<SignedInAccount | undefined>;
  /** Finishes a sign-in by redirect; the account, or undefined when there was none to finish. */
  resumeRedirect(): Promise<SignedInAccount | undefined>;
  /** An ARM access token for the signed-in account; `forceRefresh` skips the cache (after a 401). */
  getToken(options: { forceRefresh?: boolean }): Promise<string>;
  /** Forgets the account and every cached token in this browser, without a round trip to Entra ID. */
  signOut(): Promise<void>;
}

const SCOPES = [ARM_SCOPE];

const summary = (account: AccountInfo): SignedInAccount => ({
  name: account.name ?? account.username,
  username: account.username,
  tenantId: account.tenantId,
});

/** The page the popup and redirect return to (a second Vite input that only hands the response back). */
export const redirectUriFor = (origin: string): string => `${origin}/redirect.html`;

async function createClient(settings: SignInSettings, origin: string): Promise<IPublicClientApplication> {
  return createStandardPublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: authorityFor(settings.tenant),
      redirectUri: redirectUriFor(origin),
      postLogoutRedirectUri: origin,
    },
    // Tokens live only as long as the tab; nothing of the sign-in outlives it.
    cache: { cacheLocation: 'sessionStorage' },
  });
}

/**
 * A session for `settings`. `origin` is the app's own origin (`location.origin`); the redirect URI is
 * `<origin>/redirect.html`, which must be registered as a single-page application redirect URI.
 */
export async function createSignInSession(settings: SignInSettings, origin: string): Promise<SignInSession> {
  const client = await createClient(settings, origin);
  const account = (): AccountInfo | undefined =>
    client.getActiveAccount() ?? client.getAllAccounts()[0] ?? undefined;
  const remember = (found: AccountInfo): SignedInAccount => {
    client.setActiveAccount(found);
    return summary(found);
  };

  return {
    async signIn() {
      try {
        const result = await client.loginPopup({ scopes: SCOPES, prompt: 'select_account' });
        return remember(result.account);
      } catch (error) {
        if (!isPopupBlocked(error)) throw error;
        await client.loginRedirect({ scopes: SCOPES, prompt: 'select_account' });
        return undefined;
      }
    },
    async resumeRedirect() {
      const result = await client.handleRedirectPromise();
      if (result?.account) return remember(result.account);
      const existing = account();
      return existing === undefined ? undefined : remember(existing);
    },
    async getToken({ forceRefresh = false }) {
      const current = account();
      if (current === undefined) throw new Error('Not signed in.');
      try {
        const result = await client.acquireTokenSilent({ scopes: SCOPES, account: current, forceRefresh });
        return result.accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        const result = await client.acquireTokenPopup({ scopes: SCOPES, account: current });
        return result.accessToken;
      }
    },
    async signOut() {
      await client.clearCache();
      client.setActiveAccount(null);
    },
  };
}
