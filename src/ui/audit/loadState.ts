import { isArmError } from '../../azure/arm/index.ts';

/** A list or result read from Azure: not asked for yet, on its way, there, or failed with a sentence. */
export type Load<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly value: T }
  | { readonly kind: 'failed'; readonly message: string };

export const IDLE = { kind: 'idle' } as const;
export const LOADING = { kind: 'loading' } as const;

/** The sentence for a failed read: the ARM client's own, or a generic one (never a stack trace). */
export function failureMessage(error: unknown): string {
  if (isArmError(error)) return error.message;
  return 'Reading from Azure failed before it answered. Check your connection, then try again.';
}

export const failed = (error: unknown): Load<never> => ({ kind: 'failed', message: failureMessage(error) });

export const valueOf = <T>(load: Load<T>): T | undefined => (load.kind === 'ready' ? load.value : undefined);
