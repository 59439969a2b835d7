import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.tsx';
import { WIDE_QUERY } from './shell/AppShell.styles.ts';
import { startAutosave } from './state/autosave.ts';
import { STORAGE_KEY } from './state/persistence.ts';
import { createPlanStore } from './state/planStore.ts';
import { startingPlan } from './state/startingPlan.ts';
import { DARK_QUERY } from './theme/useSystemColorScheme.ts';
import { STEP_STORAGE_KEY } from './wizard/stepMemory.ts';

/**
 * When the first screen differs from the one rendered here, so the page must not show it: a media query that
 * changes the layout or the theme (a wide screen, a dark system), a key in localStorage (a returning visitor's
 * plan or step), or a fragment in the address (a share link).
 */
export const NOT_THIS_SCREEN = {
  media: [WIDE_QUERY, DARK_QUERY],
  storageKeys: [STORAGE_KEY, STEP_STORAGE_KEY],
} as const;

/**
 * The first screen a new visitor sees — the starting plan on its first step, light, on a narrow screen — as
 * HTML, rendered when the app is built (`scripts/vite/prerender.ts` writes it into the page). The browser
 * paints it with the page, before any script arrives; the app's first render then replaces it with the same
 * screen, live. Nothing here runs in the browser.
 */
export async function renderFirstScreen(): Promise<string> {
  const plan = await startingPlan();
  // The build carries the starting plan's findings, so the first screen never needs the plan checks.
  const store = createPlanStore(plan, {
    load: () => Promise.reject(new Error('The first screen is rendered without the plan checks.')),
  });
  const autosave = startAutosave(store, undefined);
  return renderToString(
    <StrictMode>
      <App store={store} autosave={autosave} />
    </StrictMode>,
  );
}
