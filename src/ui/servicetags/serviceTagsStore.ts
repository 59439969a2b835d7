import type { ServiceTagsInput, ServiceTagsNotice } from '../../core/index.ts';
// From its module, not the core's index: the first screen loads this store (see FindingsPanel.tsx).
import { checkServiceTagsSize } from '../../core/servicetags/parse.ts';

/** A Service Tags file the person chose and that parsed. */
export interface LoadedServiceTags {
  readonly fileName: string;
  readonly input: ServiceTagsInput;
  /** Tags in the whole file. */
  readonly tagCount: number;
  readonly fileDate?: string;
  /** What the file's name says besides its content (another cloud, an old date). */
  readonly notices: readonly ServiceTagsNotice[];
}

/**
 * The Service Tags file in use, a file being read, and why the last chosen file was refused. A refused
 * file leaves the file in use (and the plan) as they were.
 */
export interface ServiceTagsState {
  readonly loaded?: LoadedServiceTags;
  readonly reading?: string;
  readonly error?: { readonly fileName: string; readonly message: string };
}

/** The part of a `File` the store needs before handing it to the parser. */
export type FileLike = Pick<File, 'name' | 'size'>;

export type ParseOutcome =
  | {
      readonly ok: true;
      readonly loaded: Omit<LoadedServiceTags, 'fileName' | 'input'> & { input: ServiceTagsInput };
    }
  | { readonly ok: false; readonly message: string };

export interface ServiceTagsStore {
  getState(): ServiceTagsState;
  subscribe(listener: () => void): () => void;
  /** Checks the size (no read), then parses the file off the page's thread; resolves when done. */
  load(file: FileLike): Promise<void>;
  /** Forgets the file in use. */
  clear(): void;
}

export interface ServiceTagsStoreDeps {
  readonly parse: (file: FileLike, today: string) => Promise<ParseOutcome>;
  /** `yyyy-mm-dd` today; the page reads the clock, core has none. */
  readonly today: () => string;
}

/** Today in UTC, `yyyy-mm-dd`. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** A small external store (for `useSyncExternalStore`) of the Service Tags file in use. */
export function createServiceTagsStore(deps: ServiceTagsStoreDeps): ServiceTagsStore {
  let state: ServiceTagsState = {};
  let latest = 0;
  const listeners = new Set<() => void>();
  const set = (next: ServiceTagsState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const withoutReading = ({ loaded }: ServiceTagsState): ServiceTagsState => (loaded ? { loaded } : {});

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async load(file) {
      const ticket = (latest += 1);
      const size = checkServiceTagsSize(file.size);
      if (!size.ok) {
        set({ ...withoutReading(state), error: { fileName: file.name, message: size.message } });
        return;
      }
      set({ ...withoutReading(state), reading: file.name });
      const outcome = await deps.parse(file, deps.today());
      if (ticket !== latest) return; // a newer choice replaced this one
      if (!outcome.ok) {
        set({ ...withoutReading(state), error: { fileName: file.name, message: outcome.message } });
        return;
      }
      set({ loaded: { ...outcome.loaded, fileName: file.name } });
    },
    clear() {
      latest += 1;
      set({});
    },
  };
}
