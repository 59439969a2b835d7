import { useCallback, useMemo, useState } from 'react';
import type { LegacyRule } from '../../core/index.ts';
import { planFromPasted, readPasted, type PastedText } from '../../azure/discovery/index.ts';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import { applyPlan, reviewPlan, type PlanReview } from './applyPlan.ts';

/** What was read, beside the plan: notes on what was left out and the rules no longer needed. */
interface PastedFindings {
  readonly notes: readonly string[];
  readonly legacy: readonly LegacyRule[];
}

export type PasteOutcome =
  | { readonly kind: 'none' }
  | ({ readonly kind: 'review'; readonly warnings: readonly string[] } & PlanReview & PastedFindings)
  | ({ readonly kind: 'applied' } & PastedFindings)
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Pasted and uploaded documents (in memory only), what each is, and putting them into the plan in two
 * steps: `review` shows what would change (nothing changes yet), `confirm` applies exactly that.
 */
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
  const review = useCallback(() => {
    const current = store.getState().plan;
    const result = planFromPasted(current, set);
    if (!result.ok) return setOutcome({ kind: 'failed', message: result.message });
    const reviewed = reviewPlan(current, result.plan);
    if (!reviewed.ok) return setOutcome({ kind: 'failed', message: reviewed.message });
    const { plan, changes } = reviewed;
    const { notes, warnings, legacy } = result;
    setOutcome({ kind: 'review', plan, changes, notes, warnings, legacy });
  }, [store, set]);
  const confirm = useCallback(() => {
    if (outcome.kind !== 'review') return;
    const applied = applyPlan(store, outcome.plan);
    setOutcome(
      applied.ok
        ? { kind: 'applied', notes: outcome.notes, legacy: outcome.legacy }
        : { kind: 'failed', message: applied.message },
    );
  }, [store, outcome]);
  const back = useCallback(() => setOutcome({ kind: 'none' }), []);
  return { texts, set, outcome, add, remove, review, confirm, back };
}
