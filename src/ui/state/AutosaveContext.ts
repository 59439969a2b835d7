import { createContext } from 'react';
import type { Autosave } from './autosave.ts';

/** The autosave of the plan in the nearest `PlanStoreContext`, for parts that say whether the plan is kept. */
export const AutosaveContext = createContext<Autosave | null>(null);
