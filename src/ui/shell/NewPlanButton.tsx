import type { ButtonProps } from '@fluentui/react-components';
import { createContext, useContext, type ReactNode } from 'react';
import { useStepJump } from '../gallery/useStepJump.ts';
import { lazyPart } from '../lazy/lazyPart.ts';
import { LazyDialogOpener, useLazyDialog, type LazyDialog } from '../share/LazyDialogButton.tsx';

const loadNewPlan = () => import('./NewPlanDialog.tsx');
const NewPlanDialog = lazyPart(loadNewPlan);

const NewPlanContext = createContext<LazyDialog | null>(null);

/**
 * Holds the one "New plan" dialog that every {@link NewPlanButton} opens. It lives above them because a button
 * may go with the plan it replaces (the example notice's), and the dialog must stay mounted while it closes.
 */
export function NewPlanProvider({ children }: { readonly children: ReactNode }) {
  const jump = useStepJump();
  const dialog = useLazyDialog({
    label: 'New plan',
    preload: loadNewPlan,
    // Once made, the wizard opens the new plan's first step.
    renderDialog: (props) => <NewPlanDialog {...props} onCreated={() => jump(0)} />,
  });
  return (
    <NewPlanContext.Provider value={dialog}>
      {children}
      {dialog.element}
    </NewPlanContext.Provider>
  );
}

/** Opens "Start a new plan": a plan for the person's own workspace (inside a {@link NewPlanProvider}). */
export function NewPlanButton({
  label = 'New plan',
  appearance,
}: {
  readonly label?: string;
  readonly appearance?: ButtonProps['appearance'];
}) {
  const dialog = useContext(NewPlanContext);
  if (!dialog) throw new Error('NewPlanButton needs a NewPlanProvider.');
  return <LazyDialogOpener dialog={dialog} label={label} appearance={appearance} />;
}
