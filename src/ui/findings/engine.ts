import { useSyncExternalStore } from 'react';
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
      retryUrl = failedModuleUrl(error) ?? retryUrl;
      notify();
      throw error;
    },
  );
  return loading;
}

/** The chunk's address, once a load of it failed; later loads ask for it afresh. */
let retryUrl: string | undefined;
let retries = 0;

/**
 * The engine's chunk. The browser remembers a module whose fetch failed and fails every later `import()` of
 * the same address without asking the server again, so a retry imports the address with a query of its own:
 * a new module to the browser, whose own imports are the chunks already loaded.
 */
function importEngine(): Promise<typeof import('./engineModule.ts')> {
  if (retryUrl === undefined) return import('./engineModule.ts');
  retries += 1;
  return import(/* @vite-ignore */ `${retryUrl}?retry=${retries}`) as Promise<
    typeof import('./engineModule.ts')
  >;
}

/**
 * The address of the module a failed dynamic import names, as browsers word it: Chromium's "Failed to fetch
 * dynamically imported module: <url>", Firefox's "error loading dynamically imported module: <url>",
 * Safari's "Importing a module script failed." (no address: undefined).
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /\b(https?:\/\/[^\s?#]+\.js)\b/.exec(message)?.[1];
}

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
