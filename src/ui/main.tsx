import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { planHoldsAzureData } from './audit/azurePlanMarker.ts';
import { retryingLoader } from './lazy/freshImport.ts';
import { afterFirstScreen, showFirstScreen } from './lazy/firstScreen.ts';
import { startAutosave } from './state/autosave.ts';
import { browserStorage, loadStoredPlan, type LoadResult } from './state/persistence.ts';
import { createPlanStore } from './state/planStore.ts';
import { startingPlan } from './state/startingPlan.ts';
import { loadDarkTheme } from './theme/fluentTheme.ts';
import { systemColorScheme } from './theme/useSystemColorScheme.ts';
import type { Plan } from '../core/index.ts';

const storage = browserStorage();

// The plan schema checks every edit. Its code loads once the first screen is shown, so it never delays it (or
// sooner, when something waits for the store's checks: an edit, or a share link opened with the page).
const loadValidatorModule = retryingLoader(() => import('./state/planValidator.ts'));

/**
 * The plan checks, their largest part first: building the network schemas takes about as long as the rest, so
 * each gets a task of its own and neither makes a long task on a slow phone. Should the first part fail to
 * arrive, the whole load reports it (and retries it) as before.
 */
async function loadValidator() {
  await import('../core/model/network.ts').then(
    () => new Promise((resolve) => setTimeout(resolve, 0)),
    () => undefined,
  );
  return loadValidatorModule();
}

function start(stored: LoadResult, plan: Plan): void {
  const store = createPlanStore(plan, { load: () => loadValidator().then((module) => module.validatePlan) });
  void afterFirstScreen(store.loadChecks);
  // Details read from a signed-in Azure account never go to localStorage.
  const autosave = startAutosave(store, storage, {
    withhold: planHoldsAzureData,
    restored: stored.kind === 'loaded',
  });
  // Typing is saved about once a second: a change still waiting is saved when the page is hidden or left.
  addEventListener('pagehide', autosave.flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') autosave.flush();
  });

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html must contain <div id="root">.');
  const root = createRoot(container);
  startTransition(() => {
    root.render(
      <StrictMode>
        <App
          store={store}
          autosave={autosave}
          storedProblem={stored.kind === 'invalid' ? stored.problem : undefined}
          onShown={showFirstScreen}
        />
      </StrictMode>,
    );
  });
}

// A saved plan is read with the plan schema, whose code then loads first; a first visit starts from the plan
// the build parsed. A page shown dark waits for the dark theme, so it never flashes light (without it, light it is).
void Promise.all([
  loadStoredPlan(storage),
  systemColorScheme() === 'dark' ? loadDarkTheme().catch(() => undefined) : undefined,
]).then(async ([stored]) => start(stored, stored.kind === 'loaded' ? stored.plan : await startingPlan()));
