import { createContext, useContext, type ReactNode } from 'react';

const PlanSectionContext = createContext('');

/**
 * Declares where in the plan the fields below live (e.g. "network.subnet"), so a field named
 * "addressPrefix" knows its plan path "network.subnet.addressPrefix" and can show findings for it.
 */
export function PlanSection({ path, children }: { readonly path: string; readonly children: ReactNode }) {
  return <PlanSectionContext.Provider value={path}>{children}</PlanSectionContext.Provider>;
}

/** The plan path of a form field inside the nearest {@link PlanSection}. */
export function usePlanPath(fieldName: string): string {
  const section = useContext(PlanSectionContext);
  return section ? `${section}.${fieldName}` : fieldName;
}
