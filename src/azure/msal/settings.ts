/**
 * Which Microsoft Entra app registration and tenant the wizard signs in with. Only these two identifiers
 * are ever stored (in localStorage, so the settings survive a reload); tokens never are.
 * @see https://learn.microsoft.com/entra/identity-platform/scenario-spa-app-registration
 */

/** The one scope the wizard asks for: read Azure Resource Manager as the signed-in person. */
export const ARM_SCOPE = 'https://management.azure.com/user_impersonation';

/** The tenant used when none is configured: any work or school account. */
export const DEFAULT_TENANT = 'organizations';

/** The Microsoft Entra sign-in host; the authority is this host plus the tenant. */
export const LOGIN_HOST = 'https://login.microsoftonline.com';

/** Where the client id and tenant are kept in this browser. */
export const SETTINGS_STORAGE_KEY = 'aml-network-wizard:sign-in:v1';

export interface SignInSettings {
  /** The application (client) id of a single-page app registration. */
  readonly clientId: string;
  /** A tenant id, a verified domain, or `organizations`. */
  readonly tenant: string;
}

/** Build-time defaults, from `VITE_MSAL_CLIENT_ID` and `VITE_MSAL_TENANT`. */
export interface SettingsEnv {
  readonly VITE_MSAL_CLIENT_ID?: string | undefined;
  readonly VITE_MSAL_TENANT?: string | undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const TENANT_ALIASES = new Set(['organizations', 'common']);

/** Why `clientId` can't be used, or undefined when it can. */
export function clientIdProblem(clientId: string): string | undefined {
  if (clientId.trim() === '') return 'Enter the application (client) ID of your app registration.';
  if (!GUID.test(clientId.trim())) {
    return 'The application (client) ID is a GUID such as 11111111-2222-3333-4444-555555555555; copy it from the app registration’s Overview page.';
  }
  return undefined;
}

/** Why `tenant` can't be used, or undefined when it can. */
export function tenantProblem(tenant: string): string | undefined {
  const value = tenant.trim();
  if (value === '') return 'Enter a tenant ID, a domain such as contoso.onmicrosoft.com, or "organizations".';
  if (GUID.test(value) || DOMAIN.test(value) || TENANT_ALIASES.has(value.toLowerCase())) return undefined;
  return `"${value}" is not a tenant: use the directory (tenant) ID, a verified domain such as contoso.onmicrosoft.com, or "organizations".`;
}

/** Settings with surrounding spaces removed, or undefined when either field is unusable. */
export function normalizeSettings(settings: SignInSettings): SignInSettings | undefined {
  if (clientIdProblem(settings.clientId) !== undefined || tenantProblem(settings.tenant) !== undefined) {
    return undefined;
  }
  return { clientId: settings.clientId.trim().toLowerCase(), tenant: settings.tenant.trim() };
}

function fromStorage(storage: Pick<Storage, 'getItem'> | undefined): SignInSettings | undefined {
  let text: string | null;
  try {
    text = storage?.getItem(SETTINGS_STORAGE_KEY) ?? null;
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Record<keyof SignInSettings, unknown>>;
    if (typeof value.clientId !== 'string' || typeof value.tenant !== 'string') return undefined;
    return normalizeSettings({ clientId: value.clientId, tenant: value.tenant });
  } catch {
    return undefined;
  }
}

/**
 * The settings to sign in with: those saved in this browser, else the build-time ones, else none (the
 * person enters a client id first). A saved or built-in value that isn't valid counts as absent.
 */
export function loadSignInSettings(
  storage: Pick<Storage, 'getItem'> | undefined,
  env: SettingsEnv,
): SignInSettings | undefined {
  const stored = fromStorage(storage);
  if (stored !== undefined) return stored;
  const clientId = env.VITE_MSAL_CLIENT_ID ?? '';
  const tenant =
    env.VITE_MSAL_TENANT === undefined || env.VITE_MSAL_TENANT === '' ? DEFAULT_TENANT : env.VITE_MSAL_TENANT;
  return normalizeSettings({ clientId, tenant });
}

/** Saves the client id and tenant (nothing else); false when the browser refused. */
export function saveSignInSettings(
  storage: Pick<Storage, 'setItem'> | undefined,
  settings: SignInSettings,
): boolean {
  const normalized = normalizeSettings(settings);
  if (normalized === undefined || storage === undefined) return false;
  try {
    storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(normalized));
    return true;
  } catch {
    return false;
  }
}

/** The authority URL for a tenant. */
export const authorityFor = (tenant: string): string => `${LOGIN_HOST}/${encodeURIComponent(tenant)}`;
