import type { Plan, SchemaError } from '../../core/index.ts';
import { serializePlan } from '../../core/model/planJson.ts';
import { readPlanTextLater } from './readPlanTextLater.ts';

/** Where the plan is autosaved; the suffix changes only with an incompatible storage layout. */
export const STORAGE_KEY = 'aml-network-wizard:plan:v1';

/** Why a saved plan was not used, with the saved text so the person can keep a copy. */
export interface StoredPlanProblem {
  readonly errors: readonly SchemaError[];
  readonly text: string;
}

export type LoadResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loaded'; readonly plan: Plan }
  | { readonly kind: 'invalid'; readonly problem: StoredPlanProblem };

/**
 * Reads the autosaved plan; storage that can't be read counts as empty, never as a crash. A plan as the app
 * saved it is read with the plan schema; other text first loads the checks of what `JSON.parse` lets through.
 */
export async function loadStoredPlan(storage: Pick<Storage, 'getItem'> | undefined): Promise<LoadResult> {
  let text: string | null;
  try {
    text = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { kind: 'empty' };
  }
  if (text === null) return { kind: 'empty' };
  const result = await readPlanTextLater(text);
  return result.ok
    ? { kind: 'loaded', plan: result.plan }
    : { kind: 'invalid', problem: { errors: result.errors, text } };
}

/** Writes the plan; returns false when the browser refuses (private mode, quota). */
export function saveStoredPlan(storage: Pick<Storage, 'setItem'> | undefined, plan: Plan): boolean {
  try {
    storage?.setItem(STORAGE_KEY, serializePlan(plan));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** The browser's localStorage, or undefined where reading the property itself throws. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
