import { createContext, useContext } from 'react';
import type { WizardNavigation } from './useWizardNavigation.ts';

export const WizardContext = createContext<WizardNavigation | null>(null);

/** The wizard's navigation, for step forms (to continue after a commit) and the frame. */
export function useWizard(): WizardNavigation {
  const wizard = useContext(WizardContext);
  if (!wizard) throw new Error('useWizard needs a WizardContext provider.');
  return wizard;
}
