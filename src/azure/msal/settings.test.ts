import { describe, expect, it } from 'vitest';
import {
  authorityFor,
  clientIdProblem,
  loadSignInSettings,
  saveSignInSettings,
  SETTINGS_STORAGE_KEY,
  tenantProblem,
} from './settings.ts';

const CLIENT = '6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('sign-in settings', () => {
  it.each([
    ['', /Enter the application/],
    ['not-a-guid', /is a GUID/],
    [CLIENT, undefined],
    [` ${CLIENT.toUpperCase()} `, undefined],
  ])('client id %j → %s', (clientId, expected) => {
    const problem = clientIdProblem(clientId);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });

  it.each([
    ['organizations', true],
    ['common', true],
    ['contoso.onmicrosoft.com', true],
    ['72f988bf-86f1-41af-91ab-2d7cd011db47', true],
    ['', false],
    ['contoso', false],
    ['https://evil.example/x', false],
    ['a/../b', false],
  ])('tenant %j is usable: %s', (tenant, usable) => {
    expect(tenantProblem(tenant) === undefined).toBe(usable);
  });

  it('prefers what this browser saved over the build-time values', () => {
    const storage = memoryStorage({
      [SETTINGS_STORAGE_KEY]: JSON.stringify({ clientId: CLIENT, tenant: 'contoso.onmicrosoft.com' }),
    });
    expect(
      loadSignInSettings(storage, { VITE_MSAL_CLIENT_ID: '11111111-2222-3333-4444-555555555555' }),
    ).toEqual({
      clientId: CLIENT,
      tenant: 'contoso.onmicrosoft.com',
    });
  });

  it('falls back to the build-time client id with the organizations tenant, and ignores broken saved values', () => {
    const storage = memoryStorage({ [SETTINGS_STORAGE_KEY]: '{"clientId": 42' });
    expect(loadSignInSettings(storage, { VITE_MSAL_CLIENT_ID: CLIENT })).toEqual({
      clientId: CLIENT,
      tenant: 'organizations',
    });
    expect(loadSignInSettings(undefined, {})).toBeUndefined();
    expect(
      loadSignInSettings(undefined, { VITE_MSAL_CLIENT_ID: CLIENT, VITE_MSAL_TENANT: 'bad tenant' }),
    ).toBeUndefined();
  });

  it('saves only the client id and tenant, normalized, and refuses unusable ones', () => {
    const storage = memoryStorage();
    expect(
      saveSignInSettings(storage, { clientId: ` ${CLIENT.toUpperCase()}`, tenant: ' organizations ' }),
    ).toBe(true);
    expect(JSON.parse(storage.items.get(SETTINGS_STORAGE_KEY) ?? '')).toEqual({
      clientId: CLIENT,
      tenant: 'organizations',
    });
    expect(saveSignInSettings(storage, { clientId: 'x', tenant: 'organizations' })).toBe(false);
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveSignInSettings(full, { clientId: CLIENT, tenant: 'common' })).toBe(false);
  });

  it('builds the authority on the Microsoft Entra host', () => {
    expect(authorityFor('contoso.onmicrosoft.com')).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    );
  });
});
