import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { planHoldsAzureData } from './audit/azurePlanMarker.ts';
import { startAutosave } from './state/autosave.ts';
import { createDefaultPlan } from './state/defaultPlan.ts';
import { browserStorage, loadStoredPlan, type LoadResult } from './state/persistence.ts';
import { createPlanStore } from './state/planStore.ts';
import { loadDarkTheme } from './theme/fluentTheme.ts';
import { systemColorScheme } from './theme/useSystemColorScheme.ts';

const storage = browserStorage();

function start(stored: LoadResult): void {
  const store = createPlanStore(stored.kind === 'loaded' ? stored.plan : createDefaultPlan());
  // Details read from a signed-in Azure account never go to localStorage.
  const autosave = startAutosave(store, storage, { withhold: planHoldsAzureData });

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
        />
      </StrictMode>,
    );
  });
}

// A plan as the app saved it is read at once; only other text waits for the code of its further checks. A page
// shown dark waits for the dark theme, so it never flashes light (without it, light it is).
void Promise.all([
  loadStoredPlan(storage),
  systemColorScheme() === 'dark' ? loadDarkTheme().catch(() => undefined) : undefined,
]).then(([stored]) => start(stored));
