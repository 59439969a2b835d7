import { createContext, useContext } from 'react';
import { serializePlan, type Plan, type SchemaError } from '../../core/index.ts';
import { createDefaultPlan } from '../state/defaultPlan.ts';
import type { PlanStore } from '../state/planStore.ts';

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

/**
 * Replaces the plan with `plan` and describes it. The replaced draft is kept for undo unless it was the
 * untouched example plan or the same plan: then there is nothing of the person's to lose.
 */
export function loadPlan(store: PlanStore, plan: Plan, message: PlanLoadMessage): PlanLoadNotice {
  const previous = store.getState().plan;
  const result = store.replace(plan);
  if (!result.ok) {
    return { kind: 'rejected', ...message, errors: result.errors };
  }
  const replacedText = serializePlan(previous);
  const ownWork =
    replacedText !== serializePlan(store.getState().plan) &&
    replacedText !== serializePlan(createDefaultPlan());
  const revision = store.getState().revision;
  return ownWork
    ? { kind: 'loaded', ...message, previous, revision }
    : { kind: 'loaded', ...message, revision };
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
