import {
  createElement,
  lazy,
  type ComponentProps,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import { retryingLoader } from './freshImport.ts';

/** Loads a part's code: a module whose default export is the component. */
export type PartLoader<T> = () => Promise<{ default: T }>;

// React.lazy keeps a rejected load for good, so a part whose code failed to arrive is re-created on Retry.
const failedParts = new Set<() => void>();

/**
 * Like `React.lazy`, but a part whose code could not be fetched (offline, or a new deploy replaced the chunks)
 * can be asked for again: {@link forgetFailedLoads} makes its next render start a fresh load.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as React.lazy's, for any props
export function lazyPart<T extends ComponentType<any>>(
  load: PartLoader<T>,
): ComponentType<ComponentProps<T>> {
  let current: LazyExoticComponent<T>;
  const loadPart = retryingLoader(load);
  const create = () => {
    current = lazy(() =>
      loadPart().catch((error: unknown) => {
        failedParts.add(create);
        throw error;
      }),
    );
  };
  create();
  function LazyPart(props: ComponentProps<T>) {
    return createElement(current, props);
  }
  return LazyPart;
}

/** Lets every part whose code failed to load try again on its next render (the Retry of a {@link PartBoundary}). */
export function forgetFailedLoads(): void {
  const retries = [...failedParts];
  failedParts.clear();
  for (const retry of retries) retry();
}
