/** Which plan paths have a field on screen, so findings without one go to the step summary instead. */
export interface FieldRegistry {
  /** Adds a field; a list field also takes the findings of its rows (`path.N`). Returns the removal. */
  register(path: string, list: boolean): () => void;
  /** True when a field on screen shows findings at `path`. */
  covers(path: string): boolean;
  subscribe(listener: () => void): () => void;
  /** Changes whenever a field comes or goes. */
  version(): number;
}

const ROW = /^(.*)\.\d+$/;

export function createFieldRegistry(): FieldRegistry {
  const fields = new Map<string, { count: number; list: boolean }>();
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version += 1;
    listeners.forEach((listener) => listener());
  };

  return {
    register(path, list) {
      const entry = fields.get(path);
      fields.set(path, { count: (entry?.count ?? 0) + 1, list: list || (entry?.list ?? false) });
      changed();
      return () => {
        const current = fields.get(path);
        if (!current) return;
        if (current.count <= 1) fields.delete(path);
        else fields.set(path, { ...current, count: current.count - 1 });
        changed();
      };
    },
    covers(path) {
      if (fields.has(path)) return true;
      const parent = ROW.exec(path)?.[1];
      return parent !== undefined && fields.get(parent)?.list === true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
