import { useCallback, useRef, useState, type ChangeEvent } from 'react';
import type { ParseResult, Plan, SchemaError } from '../../core/index.ts';
import { MAX_PLAN_BYTES, serializePlan } from '../../core/model/planJson.ts';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import { readPlanTextLater } from '../state/readPlanTextLater.ts';
import { planFileName } from '../export/fileNames.ts';
import { downloadText } from './download.ts';

/** What happened to the last import, for the notice under the header. */
export type ImportOutcome =
  | { readonly kind: 'imported'; readonly fileName: string }
  | { readonly kind: 'rejected'; readonly fileName: string; readonly errors: readonly SchemaError[] };

const failure = (message: string): ParseResult => ({ ok: false, errors: [{ path: '', message }] });

/** Reads and checks a chosen plan file, without reading files too large to be a plan. */
async function readPlanFile(file: File): Promise<ParseResult> {
  if (file.size > MAX_PLAN_BYTES) {
    const size = (file.size / 1024 / 1024).toFixed(1);
    return failure(
      `This file is ${size} MB; a plan is at most ${MAX_PLAN_BYTES / 1024 / 1024} MB. Check you chose the plan file.`,
    );
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return failure('The file could not be read. Choose it again, or check that it still exists.');
  }
  return readPlanTextLater(text);
}

/** Export of the plan as `<workspace>.plan.json` and import of a plan file; a rejected file leaves the plan untouched. */
export function usePlanFile(onImported: (plan: Plan) => void = () => undefined) {
  const store = usePlanStore();
  const inputRef = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const exportPlan = useCallback(() => {
    const { plan } = store.getState();
    downloadText(planFileName(plan.workspace.name), serializePlan(plan));
  }, [store]);

  const chooseFile = useCallback(() => inputRef.current?.click(), []);

  const importFile = useCallback(
    async (file: File) => {
      const result = await readPlanFile(file);
      if (!result.ok) {
        setOutcome({ kind: 'rejected', fileName: file.name, errors: result.errors });
        return;
      }
      await store.checksLoaded();
      const replaced = store.replace(result.plan);
      if (!replaced.ok) {
        setOutcome({ kind: 'rejected', fileName: file.name, errors: replaced.errors });
        return;
      }
      setOutcome({ kind: 'imported', fileName: file.name });
      onImported(result.plan);
    },
    [store, onImported],
  );

  const onInputChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0];
      event.target.value = '';
      if (file) void importFile(file);
    },
    [importFile],
  );

  const dismiss = useCallback(() => setOutcome(null), []);

  return { inputRef, exportPlan, chooseFile, onInputChange, outcome, dismiss };
}
