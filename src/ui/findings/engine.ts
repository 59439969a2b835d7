import { useSyncExternalStore } from 'react';
import { retryingLoader } from '../lazy/freshImport.ts';
import type { CheckOptions, Finding, Plan } from '../../core/index.ts';

/** The requirements engine's entry point. */
export type CheckPlan = (plan: Plan, options?: CheckOptions) => Finding[];

let engine: CheckPlan | undefined;
let loading: Promise<CheckPlan> | undefined;
/** The last load failed (offline, a new deployment replaced the chunk); a later {@link loadEngine} retries. */
let failed = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/**
 * Loads the requirements engine (every rule, the flow simulator and the catalogue) in its own chunk. A first
 * visit doesn't need it before the person does something: the starting plan's findings come with the page.
 * When the chunk can't be fetched the promise rejects, {@link useEngineFailed} says so, and the next call tries again.
 */
export function loadEngine(): Promise<CheckPlan> {
  loading ??= importEngine().then(
    ({ checkPlan }) => {
      engine = checkPlan;
      failed = false;
      notify();
      return checkPlan;
    },
    (error: unknown) => {
      loading = undefined;
      failed = true;
      notify();
      throw error;
    },
  );
  return loading;
}

/** The engine's chunk; after a failed load, that chunk's address afresh (see {@link retryingLoader}). */
const importEngine = retryingLoader(() => import('./engineModule.ts'));

/** Whether the last attempt to load the engine failed. */
export function engineFailed(): boolean {
  return failed;
}

/** {@link engineFailed}, following the engine's loads. */
export function useEngineFailed(): boolean {
  return useSyncExternalStore(subscribe, engineFailed, engineFailed);
}

/** The engine if it has arrived, else undefined. */
export function engineNow(): CheckPlan | undefined {
  return engine;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The engine once loaded (see {@link loadEngine}); undefined until then. */
export function useEngine(): CheckPlan | undefined {
  return useSyncExternalStore(subscribe, engineNow, engineNow);
}

/** What shows a person is about to change the plan: the engine starts loading then, before the first edit. */
const FIRST_INTERACTION = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

/** Loads the engine on the first interaction with `target`; returns a cleanup that stops listening. */
export function loadEngineOnFirstInteraction(target: EventTarget): () => void {
  const stop = () => FIRST_INTERACTION.forEach((type) => target.removeEventListener(type, start, true));
  function start() {
    stop();
    loadEngine().catch(() => undefined);
  }
  FIRST_INTERACTION.forEach((type) => target.addEventListener(type, start, { capture: true, passive: true }));
  return stop;
}
