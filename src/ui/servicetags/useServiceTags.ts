import { useSyncExternalStore } from 'react';
import type { CheckOptions } from '../../core/index.ts';
import { parseInWorker } from './parseInWorker.ts';
import { createServiceTagsStore, todayUtc, type ServiceTagsState } from './serviceTagsStore.ts';

/** The page's one Service Tags store: the file is a session input beside the plan, never part of it. */
export const serviceTagsStore = createServiceTagsStore({ parse: parseInWorker, today: () => todayUtc() });

/** Everything the Service Tags panel shows: the file in use, a file being read, the last refusal. */
export function useServiceTagsState(): ServiceTagsState {
  return useSyncExternalStore(serviceTagsStore.subscribe, serviceTagsStore.getState);
}

/**
 * The Service Tags file in use, in the shape `checkPlan(plan, { serviceTags })` and
 * `generateBundle(plan, { serviceTags })` take; undefined until a file is loaded.
 */
export function useServiceTags(): CheckOptions['serviceTags'] {
  return useServiceTagsState().loaded?.input;
}
