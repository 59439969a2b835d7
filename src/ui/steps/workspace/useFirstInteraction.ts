import { useSyncExternalStore } from 'react';

/** What shows a person has started on the page (as for the requirements engine, src/ui/findings/engine.ts). */
const EVENTS = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

let interacted = false;
const listeners = new Set<() => void>();

function listen(on: boolean): void {
  for (const type of EVENTS) {
    if (on) document.addEventListener(type, noticed, { capture: true, passive: true });
    else document.removeEventListener(type, noticed, true);
  }
}

function noticed(): void {
  interacted = true;
  listen(false);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  if (!interacted && listeners.size === 0) listen(true);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) listen(false);
  };
}

/** True once the person has pointed, typed, touched or moved focus on the page; stays true. */
export function useFirstInteraction(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => interacted,
    () => false,
  );
}
