import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { AppShell } from './shell/AppShell.tsx';
import type { Autosave } from './state/autosave.ts';
import { PlanStoreContext } from './state/PlanStoreContext.ts';
import type { PlanStore } from './state/planStore.ts';
import type { StoredPlanProblem } from './state/persistence.ts';
import { useSystemColorScheme } from './theme/useSystemColorScheme.ts';

export interface AppProps {
  readonly store: PlanStore;
  readonly autosave: Autosave;
  readonly storedProblem?: StoredPlanProblem;
}

/** The web app: Fluent theme following the system's light/dark setting, over the plan store. */
export function App({ store, autosave, storedProblem }: AppProps) {
  const scheme = useSystemColorScheme();
  useEffect(() => {
    document.documentElement.style.colorScheme = scheme;
  }, [scheme]);
  return (
    <FluentProvider theme={scheme === 'dark' ? webDarkTheme : webLightTheme}>
      <PlanStoreContext.Provider value={store}>
        <AppShell autosave={autosave} storedProblem={storedProblem} />
      </PlanStoreContext.Provider>
    </FluentProvider>
  );
}
