import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The operating system's light or dark setting now. */
export const systemColorScheme = (): ColorScheme => (window.matchMedia(QUERY).matches ? 'dark' : 'light');

/** The operating system's light or dark setting, following changes while the page is open. */
export function useSystemColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, systemColorScheme, () => 'light');
}
