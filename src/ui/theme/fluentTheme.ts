import { webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { retryingLoader } from '../lazy/freshImport.ts';
import type { ColorScheme } from './useSystemColorScheme.ts';

let darkTheme: Theme | undefined;
const importDarkTheme = retryingLoader(() => import('./darkTheme.ts'));

/**
 * Fetches the dark theme, kept out of the first load of a page shown light. The page asks for it before its
 * first render when the system is dark, so it never shows light first.
 */
export async function loadDarkTheme(): Promise<Theme> {
  darkTheme ??= (await importDarkTheme()).webDarkTheme;
  return darkTheme;
}

/** The dark theme once loaded, else undefined. */
export const loadedDarkTheme = (): Theme | undefined => darkTheme;

/**
 * The Fluent theme for `scheme`, and the scheme it is: the dark theme as soon as it is loaded (at once when
 * the page started dark; after its fetch when the system turns dark later), the light one until then.
 */
export function useFluentTheme(scheme: ColorScheme): { readonly theme: Theme; readonly shown: ColorScheme } {
  const [dark, setDark] = useState(loadedDarkTheme);
  const waiting = scheme === 'dark' && dark === undefined;
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    loadDarkTheme().then(
      (theme) => live && setDark(theme),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [waiting]);
  return scheme === 'dark' && dark
    ? { theme: dark, shown: 'dark' }
    : { theme: webLightTheme, shown: 'light' };
}
