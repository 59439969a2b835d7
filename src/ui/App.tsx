import { lazyPart } from './lazy/lazyPart.ts';
import { PartBoundary } from './lazy/PartBoundary.tsx';
import { FluentProvider } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { AppShell } from './shell/AppShell.tsx';
import { PlanLoadContext, type PlanLoadNotice as Notice } from './share/planLoad.ts';
import { useSharedPlanLink } from './share/useSharedPlanLink.ts';
import type { Autosave } from './state/autosave.ts';
import { AutosaveContext } from './state/AutosaveContext.ts';
import { PlanStoreContext } from './state/PlanStoreContext.ts';
import type { PlanStore } from './state/planStore.ts';
import type { StoredPlanProblem } from './state/persistence.ts';
import { useFluentTheme } from './theme/fluentTheme.ts';
import { useSystemColorScheme } from './theme/useSystemColorScheme.ts';

// Only shown after a link or an example was opened, so its code (and the message bar's) loads then.
const PlanLoadNotice = lazyPart(() =>
  import('./share/PlanLoadNotice.tsx').then((module) => ({ default: module.PlanLoadNotice })),
);

export interface AppProps {
  readonly store: PlanStore;
  readonly autosave: Autosave;
  readonly storedProblem?: StoredPlanProblem;
  /** Called once the first screen has been committed (main.tsx then loads the plan checks). */
  readonly onShown?: () => void;
}

/**
 * The web app: Fluent theme following the system's light/dark setting, over the plan store; opens share
 * links and shows what happened to a plan loaded from a link or the examples.
 */
export function App({ store, autosave, storedProblem, onShown }: AppProps) {
  const { theme, shown } = useFluentTheme(useSystemColorScheme());
  const [notice, setNotice] = useState<Notice | null>(null);
  // Counts the share links opened, so the wizard can go to the first step with an error of each.
  const [sharedPlans, setSharedPlans] = useState(0);
  const announceShared = useCallback((opened: Notice | null) => {
    setNotice(opened);
    if (opened?.kind === 'loaded') setSharedPlans((count) => count + 1);
  }, []);
  useSharedPlanLink(store, announceShared);
  useEffect(() => onShown?.(), [onShown]);
  useEffect(() => {
    document.documentElement.style.colorScheme = shown;
  }, [shown]);
  return (
    <FluentProvider theme={theme}>
      <PlanStoreContext.Provider value={store}>
        <AutosaveContext.Provider value={autosave}>
          <PlanLoadContext.Provider value={setNotice}>
            <AppShell
              autosave={autosave}
              storedProblem={storedProblem}
              sharedPlans={sharedPlans}
              extraNotices={
                notice && (
                  <PartBoundary what="The message about the opened plan" onDismiss={() => setNotice(null)}>
                    <Suspense fallback={null}>
                      <PlanLoadNotice notice={notice} onChange={setNotice} />
                    </Suspense>
                  </PartBoundary>
                )
              }
            />
          </PlanLoadContext.Provider>
        </AutosaveContext.Provider>
      </PlanStoreContext.Provider>
    </FluentProvider>
  );
}
