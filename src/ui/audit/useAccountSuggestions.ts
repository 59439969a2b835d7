import { useEffect, useState } from 'react';
import type { SignInSession } from '../../azure/msal/index.ts';
import type { Suggestions } from '../forms/SuggestField.tsx';
import type { AccountRequest } from './accountLists.ts';
import { useAzureDataGeneration, useAzureSession } from './useAzureSession.ts';

type Lists = (request: AccountRequest) => Promise<Suggestions>;

// One set of lists per sign-in; the reading code loads only once someone is signed in.
let current: { session: SignInSession; generation: number; lists: Promise<Lists> } | undefined;

function listsFor(session: SignInSession, generation: number): Promise<Lists> {
  if (current?.session !== session || current.generation !== generation) {
    current = {
      session,
      generation,
      lists: import('./accountLists.ts').then((module) => module.accountLists(session)),
    };
  }
  return current.lists;
}

/**
 * What the signed-in account suggests for a box (its subscriptions, the resource groups of one, the VM sizes
 * Azure Machine Learning offers it in a region), or undefined: signed out, still reading, the read failed, or
 * `request` is undefined (the box can't ask yet, e.g. no valid subscription id). Forgotten on sign-out.
 */
export function useAccountSuggestions(request: AccountRequest | undefined): Suggestions | undefined {
  const session = useAzureSession();
  const generation = useAzureDataGeneration();
  const signedIn = session.status === 'signedIn' ? session.session : undefined;
  const key = request && signedIn ? JSON.stringify(request) : undefined;
  const [loaded, setLoaded] = useState<{ key: string; suggestions: Suggestions } | undefined>();
  useEffect(() => {
    if (!signedIn || !request || key === undefined) return;
    let live = true;
    listsFor(signedIn, generation)
      .then((lists) => lists(request))
      .then(
        (suggestions) => live && setLoaded({ key, suggestions }),
        () => undefined,
      );
    return () => {
      live = false;
    };
    // `key` stands for `request`, whose object may be new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signedIn, generation, key]);
  return loaded && loaded.key === key ? loaded.suggestions : undefined;
}
