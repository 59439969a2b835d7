import { createContext, useContext } from 'react';
import type { Plan, SchemaError } from '../../core/index.ts';

/** What happened when a plan came from outside the wizard (a share link, an example), for the notice. */
export type PlanLoadNotice =
  | {
      readonly kind: 'loaded';
      readonly title: string;
      readonly detail: string;
      /** The draft it replaced, when that was the person's own work; offered back with "Undo". */
      readonly previous?: Plan;
      /** The store revision right after loading; once the plan is replaced again, undo no longer applies. */
      readonly revision: number;
    }
  | { readonly kind: 'restored'; readonly revision: number }
  | {
      readonly kind: 'rejected';
      readonly title: string;
      readonly detail: string;
      readonly errors: readonly SchemaError[];
    };

export interface PlanLoadMessage {
  readonly title: string;
  readonly detail: string;
}

/** Shows a notice about a plan loaded from outside (or clears it with null). */
export type AnnouncePlanLoad = (notice: PlanLoadNotice | null) => void;

export const PlanLoadContext = createContext<AnnouncePlanLoad | null>(null);

/** The notice setter of the nearest provider (the app). */
export function useAnnouncePlanLoad(): AnnouncePlanLoad {
  const announce = useContext(PlanLoadContext);
  if (!announce) throw new Error('useAnnouncePlanLoad needs a PlanLoadContext provider.');
  return announce;
}
