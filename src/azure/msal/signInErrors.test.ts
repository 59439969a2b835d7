import { describe, expect, it } from 'vitest';
import { clearMsalEntries, isRedirectPending, INTERACTION_STATUS_KEY } from './redirectPending.ts';
import { isPopupBlocked, isUserCancelled, signInErrorMessage } from './signInErrors.ts';

const msalError = (errorCode: string, errorMessage = '') => ({
  errorCode,
  errorMessage,
  message: `secret ${errorCode}`,
});

describe('sign-in error messages', () => {
  it.each([
    ['user_cancelled', /cancelled/],
    ['interaction_in_progress', /already open/],
    ['invalid_client', /client\) ID/],
    ['consent_required', /consent/],
    ['something_new', /did not complete \(something_new\)/],
  ])('%s → %s', (code, expected) => {
    const message = signInErrorMessage(msalError(code));
    expect(message).toMatch(expected);
    expect(message).not.toContain('secret');
  });

  it('names a missing redirect URI', () => {
    expect(
      signInErrorMessage(msalError('invalid_request', 'AADSTS50011: The redirect URI ... does not match')),
    ).toMatch(/redirect URI/);
  });

  it('has a sentence for errors that are not MSAL errors', () => {
    expect(signInErrorMessage(new Error('boom'))).toMatch(/^Sign-in did not complete\. /);
    expect(signInErrorMessage(undefined)).toMatch(/^Sign-in did not complete\. /);
  });

  it('recognises a blocked popup and a cancelled sign-in', () => {
    expect(isPopupBlocked(msalError('popup_window_error'))).toBe(true);
    expect(isPopupBlocked(msalError('empty_window_error'))).toBe(true);
    expect(isPopupBlocked(msalError('user_cancelled'))).toBe(false);
    expect(isUserCancelled(msalError('user_cancelled'))).toBe(true);
    expect(isUserCancelled(new Error('user_cancelled'))).toBe(false);
  });
});

function sessionStorageOf(entries: Record<string, string>) {
  const items = new Map(Object.entries(entries));
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('redirect sign-in and sign-out storage', () => {
  it('sees a pending redirect only when MSAL marked one', () => {
    expect(isRedirectPending(sessionStorageOf({}))).toBe(false);
    expect(
      isRedirectPending(sessionStorageOf({ [INTERACTION_STATUS_KEY]: '{"clientId":"x","type":"signin"}' })),
    ).toBe(true);
    expect(isRedirectPending(sessionStorageOf({ [INTERACTION_STATUS_KEY]: 'not json' }))).toBe(false);
    expect(isRedirectPending(undefined)).toBe(false);
  });

  it('removes every MSAL entry and nothing else', () => {
    const storage = sessionStorageOf({
      'msal.token.keys.x': '1',
      'msal.account.keys': '2',
      'other:key': '3',
    });
    clearMsalEntries(storage);
    expect([...storage.items.keys()]).toEqual(['other:key']);
  });
});
