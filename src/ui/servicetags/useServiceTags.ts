import { useSyncExternalStore } from 'react';
import type { CheckOptions } from '../../core/index.ts';
import {
  createServiceTagsStore,
  todayUtc,
  type ServiceTagsState,
  type ServiceTagsStoreDeps,
} from './serviceTagsStore.ts';

/**
 * Reads a file in the worker. The code that starts the worker loads with the first file chosen, not with the
 * page: the checks only need the store, to learn that no file is in use.
 */
const parse: ServiceTagsStoreDeps['parse'] = (file, today) =>
  import('./parseInWorker.ts').then(
    ({ parseInWorker }) => parseInWorker(file, today),
    () => ({
      ok: false as const,
      message:
        'The code that reads the file could not be fetched. Check your connection, then choose the file again.',
    }),
  );

/** The page's one Service Tags store: the file is a session input beside the plan, never part of it. */
export const serviceTagsStore = createServiceTagsStore({ parse, today: () => todayUtc() });

/** Everything the Service Tags panel shows: the file in use, a file being read, the last refusal. */
export function useServiceTagsState(): ServiceTagsState {
  return useSyncExternalStore(
    serviceTagsStore.subscribe,
    serviceTagsStore.getState,
    serviceTagsStore.getState,
  );
}

/**
 * The Service Tags file in use, in the shape `checkPlan(plan, { serviceTags })` and
 * `generateBundle(plan, { serviceTags })` take; undefined until a file is loaded.
 */
export function useServiceTags(): CheckOptions['serviceTags'] {
  return useServiceTagsState().loaded?.input;
}
