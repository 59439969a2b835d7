import { useCallback, useMemo, useState } from 'react';
import type { LegacyRule } from '../../core/index.ts';
import { planFromPasted, readPasted, type PastedText } from '../../azure/discovery/index.ts';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import { applyPlan } from './applyPlan.ts';

export type PasteOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'applied'; readonly notes: readonly string[]; readonly legacy: readonly LegacyRule[] }
  | { readonly kind: 'failed'; readonly message: string };

/** Pasted and uploaded documents (in memory only), what each is, and applying them to the plan. */
export function usePastedAudit() {
  const store = usePlanStore();
  const [texts, setTexts] = useState<readonly PastedText[]>([]);
  const [outcome, setOutcome] = useState<PasteOutcome>({ kind: 'none' });
  const set = useMemo(() => readPasted(texts), [texts]);
  const add = useCallback((added: readonly PastedText[]) => {
    setTexts((current) => [...current, ...added]);
    setOutcome({ kind: 'none' });
  }, []);
  const remove = useCallback((index: number) => {
    setTexts((current) => current.filter((_, i) => i !== index));
    setOutcome({ kind: 'none' });
  }, []);
  const apply = useCallback(() => {
    const result = planFromPasted(store.getState().plan, set);
    if (!result.ok) return setOutcome({ kind: 'failed', message: result.message });
    const applied = applyPlan(store, result.plan);
    setOutcome(
      applied.ok
        ? { kind: 'applied', notes: result.notes, legacy: result.legacy }
        : { kind: 'failed', message: applied.message },
    );
  }, [store, set]);
  return { texts, set, outcome, add, remove, apply };
}
