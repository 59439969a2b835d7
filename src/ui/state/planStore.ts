import { planSchema, schemaErrors, type Plan, type SchemaError } from '../../core/index.ts';
import { shareUnchanged } from './shareUnchanged.ts';

/** What the store holds: the plan, and a counter that changes only when the plan is replaced as a whole. */
export interface PlanState {
  readonly plan: Plan;
  /** Bumped by {@link PlanStore.replace} (import, start over) so open forms reload their values. */
  readonly revision: number;
}

export type CommitResult =
  { readonly ok: true } | { readonly ok: false; readonly errors: readonly SchemaError[] };

/** The single source of truth for the plan; every stored plan passes `planSchema`. */
export interface PlanStore {
  getState(): PlanState;
  subscribe(listener: () => void): () => void;
  /** Applies an edit. When the result is not a valid plan, nothing changes and the problems are returned. */
  update(edit: (plan: Plan) => Plan): CommitResult;
  /** Replaces the whole plan (import, start over); open step forms reset to it. */
  replace(plan: Plan): CommitResult;
}

/** A tiny external store for `useSyncExternalStore`: no library, no derived data inside. */
export function createPlanStore(initial: Plan): PlanStore {
  const first = planSchema.safeParse(initial);
  if (!first.success) throw new Error('The initial plan must pass the plan schema.');
  let state: PlanState = { plan: first.data, revision: 0 };
  const listeners = new Set<() => void>();

  const set = (next: PlanState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  const validate = (candidate: Plan): { ok: true; plan: Plan } | { ok: false; errors: SchemaError[] } => {
    const result = planSchema.safeParse(candidate);
    return result.success
      ? { ok: true, plan: result.data }
      : { ok: false, errors: schemaErrors(result.error) };
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(edit) {
      const result = validate(edit(state.plan));
      if (!result.ok) return result;
      // Parts the edit didn't change keep their objects, so readers of those parts don't re-render.
      const plan = shareUnchanged(state.plan, result.plan);
      if (plan !== state.plan) set({ ...state, plan });
      return { ok: true };
    },
    replace(plan) {
      const result = validate(plan);
      if (!result.ok) return result;
      set({ plan: result.plan, revision: state.revision + 1 });
      return { ok: true };
    },
  };
}
