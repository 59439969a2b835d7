import { useSyncExternalStore } from 'react';
import type { CheckOptions, Finding, Plan } from '../../core/index.ts';

/** The requirements engine's entry point. */
export type CheckPlan = (plan: Plan, options?: CheckOptions) => Finding[];

let engine: CheckPlan | undefined;
let loading: Promise<CheckPlan> | undefined;
const listeners = new Set<() => void>();

/**
 * Loads the requirements engine (every rule, the flow simulator and the catalogue) in its own chunk, so the
 * first paint doesn't wait for it; it arrives a moment later and findings appear then.
 */
export function loadEngine(): Promise<CheckPlan> {
  loading ??= import('./engineModule.ts').then(({ checkPlan }) => {
    engine = checkPlan;
    listeners.forEach((listener) => listener());
    return checkPlan;
  });
  return loading;
}

/** The engine if it has arrived, else undefined. */
export function engineNow(): CheckPlan | undefined {
  return engine;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadEngine();
  return () => listeners.delete(listener);
}

/** The engine once loaded (starting the load on first use); undefined until then. */
export function useEngine(): CheckPlan | undefined {
  return useSyncExternalStore(subscribe, engineNow, engineNow);
}
