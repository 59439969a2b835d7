import { useEffect, useState } from 'react';
import { afterFirstScreen } from './firstScreen.ts';
import { retryingLoader } from './freshImport.ts';

/**
 * A hook that gives what `load` resolves to: undefined at first, then the value once it has arrived. The
 * load starts when a component first asks, but not before the first screen is shown, so code only a later
 * moment needs (a catalogue to suggest from) never competes with the first screen. A failed load is tried
 * again by the next component that asks.
 */
export function lazyValue<T>(load: () => Promise<T>): () => T | undefined {
  const loadOnce = retryingLoader(load);
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return function useLazyValue(): T | undefined {
    const [current, setCurrent] = useState(value);
    useEffect(() => {
      if (current !== undefined) return;
      let live = true;
      loading ??= afterFirstScreen(loadOnce);
      loading.then(
        (loaded) => {
          value = loaded;
          if (live) setCurrent(loaded);
        },
        () => {
          loading = undefined;
        },
      );
      return () => {
        live = false;
      };
    }, [current]);
    return current;
  };
}
