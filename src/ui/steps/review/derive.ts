/** A value computed from the plan, or the message of why it could not be. */
export type Derived<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Runs a pure computation over the plan, turning a thrown error into a message for the page. */
export function attempt<T>(compute: () => T): Derived<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
