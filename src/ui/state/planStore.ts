import type { Plan, SchemaError } from '../../core/index.ts';
import type { PlanValidation } from './planValidator.ts';
import { shareUnchanged } from './shareUnchanged.ts';

/** What the store holds: the plan, and a counter that changes only when the plan is replaced as a whole. */
export interface PlanState {
  readonly plan: Plan;
  /** Bumped by {@link PlanStore.replace} (import, a new plan, an example) so open forms reload their values. */
  readonly revision: number;
}

export type CommitResult =
  { readonly ok: true } | { readonly ok: false; readonly errors: readonly SchemaError[] };

/**
 * The check the store runs on every plan it is given (`validatePlan` in planValidator.ts); for an edit, with
 * the plan the edit started from, which the check may use to read only what the edit changed.
 */
export type PlanValidator = (candidate: Plan, previous?: Plan) => PlanValidation;

/** Why an edit was refused while the store's checks were still loading. */
export const CHECKS_LOADING: SchemaError = {
  path: '',
  message: 'The plan checks are still loading. Try again in a moment.',
};

/** Why an edit was refused when the store's checks couldn't be loaded (offline). */
export const CHECKS_FAILED: SchemaError = {
  path: '',
  message: "The plan checks couldn't be loaded. Check your connection and reload the page.",
};

/** The single source of truth for the plan; every stored plan passes `planSchema`. */
export interface PlanStore {
  getState(): PlanState;
  subscribe(listener: () => void): () => void;
  /** Applies an edit. When the result is not a valid plan, nothing changes and the problems are returned. */
  update(edit: (plan: Plan) => Plan): CommitResult;
  /** Replaces the whole plan (import, a new plan, an example); open step forms reset to it. */
  replace(plan: Plan): CommitResult;
  /** Whether the store can check edits now; until then `update` and `replace` refuse with {@link CHECKS_LOADING}. */
  isReady(): boolean;
  /**
   * Settles when the store can check edits, or its checks couldn't be loaded (at once when given them). Waiting
   * for it doesn't ask for them: {@link PlanStore.checksLoaded} does.
   */
  readonly ready: Promise<void>;
  /** Starts loading the checks, if the store loads them itself and hasn't yet. */
  loadChecks(): void;
  /** Asks for the checks ({@link PlanStore.loadChecks}) and settles as {@link PlanStore.ready} does. */
  checksLoaded(): Promise<void>;
  /**
   * Loads the checks again after they couldn't be (given a {@link ChecksLoader}); resolves to whether the
   * store can now check edits.
   */
  retryChecks(): Promise<boolean>;
}

/** Checks the store loads itself, when first needed: see {@link createPlanStore}. */
export interface ChecksLoader {
  /** Fetches the validator; called again by {@link PlanStore.retryChecks} after a failure. */
  readonly load: () => Promise<PlanValidator>;
}

/**
 * A tiny external store for `useSyncExternalStore`: no library, no derived data inside.
 *
 * Given its validator, the store checks `initial` at once. Given a {@link ChecksLoader}, `initial` must be a
 * plan already known to pass, such as the starting plan parsed when the app was built, and edits wait for the
 * validator ({@link PlanStore.ready}), which the store loads when first needed: {@link PlanStore.loadChecks},
 * an edit, or a caller waiting with {@link PlanStore.checksLoaded}; and again on {@link PlanStore.retryChecks}.
 */
export function createPlanStore(initial: Plan, validator: PlanValidator | ChecksLoader): PlanStore {
  let validate: PlanValidator | undefined;
  let state: PlanState = { plan: initial, revision: 0 };
  let failed = false;
  let loading = false;
  let settle: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const accept = (loaded: Promise<PlanValidator>) =>
    loaded
      .then(
        (loadedValidator) => {
          validate = loadedValidator;
          failed = false;
        },
        () => {
          failed = true;
        },
      )
      .finally(settle);
  const loader = typeof validator === 'function' ? undefined : validator.load;
  if (typeof validator === 'function') {
    const first = validator(initial);
    if (!first.ok) throw new Error('The initial plan must pass the plan schema.');
    validate = validator;
    state = { plan: first.plan, revision: 0 };
    settle();
  }
  const loadChecks = () => {
    if (loading || loader === undefined) return;
    loading = true;
    void accept(loader());
  };
  const listeners = new Set<() => void>();

  const set = (next: PlanState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  const check = (candidate: Plan, previous?: Plan): PlanValidation => {
    if (validate) return validate(candidate, previous);
    loadChecks();
    return { ok: false, errors: [failed ? CHECKS_FAILED : CHECKS_LOADING] };
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(edit) {
      const result = check(edit(state.plan), state.plan);
      if (!result.ok) return result;
      // Parts the edit didn't change keep their objects, so readers of those parts don't re-render.
      const plan = shareUnchanged(state.plan, result.plan);
      if (plan !== state.plan) set({ ...state, plan });
      return { ok: true };
    },
    replace(plan) {
      const result = check(plan);
      if (!result.ok) return result;
      set({ plan: result.plan, revision: state.revision + 1 });
      return { ok: true };
    },
    isReady: () => validate !== undefined,
    ready,
    loadChecks,
    checksLoaded() {
      loadChecks();
      return ready;
    },
    async retryChecks() {
      if (validate === undefined && failed && loader !== undefined) await accept(loader());
      return validate !== undefined;
    },
  };
}
