/**
 * What was read from Azure in this tab, kept in memory only. Components that hold discovered data
 * subscribe to the generation counter and drop their state when it changes (on sign-out).
 */
let generation = 0;
const listeners = new Set<() => void>();

export const azureDataGeneration = {
  get: (): number => generation,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Drops every discovered list and result held by the audit screens. */
export function forgetAzureData(): void {
  generation += 1;
  listeners.forEach((listener) => listener());
}
