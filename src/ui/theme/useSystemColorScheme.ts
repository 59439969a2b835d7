import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

/** The media query of a system set to dark. */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The operating system's light or dark setting now. */
export const systemColorScheme = (): ColorScheme =>
  window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';

/** The operating system's light or dark setting, following changes while the page is open. */
export function useSystemColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, systemColorScheme, () => 'light');
}
