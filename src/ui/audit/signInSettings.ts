import { loadSignInSettings, type SignInSettings } from '../../azure/msal/index.ts';

/** This browser's localStorage, or undefined where it is turned off. */
export function localSettingsStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The saved client id and tenant, else the build-time ones (`VITE_MSAL_CLIENT_ID`, `VITE_MSAL_TENANT`). */
export function currentSignInSettings(): SignInSettings | undefined {
  return loadSignInSettings(localSettingsStorage(), {
    VITE_MSAL_CLIENT_ID: import.meta.env.VITE_MSAL_CLIENT_ID as string | undefined,
    VITE_MSAL_TENANT: import.meta.env.VITE_MSAL_TENANT as string | undefined,
  });
}
