import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Autosave } from '../state/autosave.ts';
import { usePlanRevision, usePlanStore } from '../state/PlanStoreContext.ts';
import type { StoredPlanProblem } from '../state/persistence.ts';
import { FindingsPanel } from '../findings/FindingsPanel.tsx';
import { FindingsProvider } from '../findings/FindingsProvider.tsx';
import { useFindingsGate } from '../findings/useFindingsGate.ts';
import { useMediaQuery } from '../findings/useMediaQuery.ts';
import { StepFrame } from '../wizard/StepFrame.tsx';
import { StepList } from '../wizard/StepList.tsx';
import { wizardSteps } from '../wizard/steps.ts';
import { useWizardNavigation } from '../wizard/useWizardNavigation.ts';
import { WizardContext } from '../wizard/WizardContext.ts';
import { useShellStyles, WIDE_QUERY } from './AppShell.styles.ts';
import { AutosaveNotice } from './AutosaveNotice.tsx';
import { ChecksNotice } from './ChecksNotice.tsx';
import { ExampleNotice } from './ExampleNotice.tsx';
import { NewPlanProvider } from './NewPlanButton.tsx';
import { ImportNotice } from './ImportNotice.tsx';
import { PlanActions } from './PlanActions.tsx';
// Rendered with the header so it never shifts the page; its dialogs and MSAL load only when used.
import AzureActions from '../audit/AzureActions.tsx';
import { StepContent } from './StepContent.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { StoredPlanNotice } from './StoredPlanNotice.tsx';
import { usePlanFile } from './usePlanFile.ts';
import { useOpenAtFirstError } from './useOpenAtFirstError.ts';

export interface AppShellProps {
  readonly autosave: Autosave;
  /** Set when the plan saved in this browser could not be used at start-up. */
  readonly storedProblem?: StoredPlanProblem;
  /** How many share links were opened since the page loaded; each opens on its plan's first error. */
  readonly sharedPlans?: number;
  /** Further notices shown above the step (e.g. a share link that could not be opened). */
  readonly extraNotices?: ReactNode;
}

/**
 * The page: header with the plan file actions, notices, the step list, the current step, and the findings (a side
 * column on wide screens, a collapsible section above the step on narrower ones).
 */
export function AppShell({ autosave, storedProblem, sharedPlans = 0, extraNotices }: AppShellProps) {
  const styles = useShellStyles();
  const store = usePlanStore();
  const revision = usePlanRevision();
  const gate = useFindingsGate(store);
  const wizard = useWizardNavigation(gate.canLeave, gate.whenChecked);
  const wide = useMediaQuery(WIDE_QUERY);
  const openAtFirstError = useOpenAtFirstError(wizard);
  const file = usePlanFile(openAtFirstError);
  useEffect(() => {
    if (sharedPlans > 0) openAtFirstError(store.getState().plan);
  }, [sharedPlans, openAtFirstError, store]);
  const [storedNotice, setStoredNotice] = useState(storedProblem);
  // Counts the times the plan checks arrived on retry: the open step's form starts over with them.
  const [checksArrived, setChecksArrived] = useState(0);
  const recovered = useCallback(() => setChecksArrived((count) => count + 1), []);
  const step = wizardSteps[wizard.current] ?? wizardSteps[0];

  return (
    <WizardContext.Provider value={wizard}>
      <FindingsProvider ui={gate.ui}>
        <NewPlanProvider>
          <div className={styles.root}>
            <a
              href="#wizard-step-heading"
              className={styles.skipLink}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById('wizard-step-heading')?.focus();
              }}
            >
              Skip to the current step
            </a>
            <header className={styles.header}>
              <div className={styles.brand}>
                <h1 className={styles.title}>AML Network Wizard</h1>
                <p className={styles.tagline}>Azure Machine Learning training compute in a virtual network</p>
                <SaveStatus autosave={autosave} />
              </div>
              <PlanActions
                inputRef={file.inputRef}
                onImportClick={file.chooseFile}
                onFileChosen={file.onInputChange}
                onExport={file.exportPlan}
              />
              <AzureActions />
            </header>
            <main className={styles.main}>
              <div className={styles.notices}>
                {storedNotice && (
                  <StoredPlanNotice problem={storedNotice} onDismiss={() => setStoredNotice(undefined)} />
                )}
                <ChecksNotice onRecovered={recovered} />
                <ExampleNotice />
                <AutosaveNotice autosave={autosave} />
                {file.outcome && <ImportNotice outcome={file.outcome} onDismiss={file.dismiss} />}
                {extraNotices}
              </div>
              <div className={styles.steps}>
                <StepList />
              </div>
              <div className={styles.findings}>
                <FindingsPanel collapsible={!wide} />
              </div>
              <div className={styles.panel}>
                <StepFrame>
                  <StepContent
                    key={`${step.id}:${revision}:${checksArrived}`}
                    stepId={step.id}
                    onExport={file.exportPlan}
                  />
                </StepFrame>
              </div>
            </main>
          </div>
        </NewPlanProvider>
      </FindingsProvider>
    </WizardContext.Provider>
  );
}
