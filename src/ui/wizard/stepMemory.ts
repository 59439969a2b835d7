import { wizardSteps } from './steps.ts';

/** Where the step on screen is kept, by its stable id, so a reload comes back to it. */
export const STEP_STORAGE_KEY = 'aml-network-wizard:step:v1';

type StepStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The index of the step kept in `storage`, or 0 when none is kept, it is unknown, or storage can't be read. */
export function rememberedStep(storage: StepStorage | undefined): number {
  try {
    const id = storage?.getItem(STEP_STORAGE_KEY);
    const index = wizardSteps.findIndex((step) => step.id === id);
    return Math.max(index, 0);
  } catch {
    return 0;
  }
}

/** Keeps the step at `index`; storage that is full or turned off only means a reload starts at the first step. */
export function rememberStep(storage: StepStorage | undefined, index: number): void {
  const step = wizardSteps[index];
  if (!step) return;
  try {
    storage?.setItem(STEP_STORAGE_KEY, step.id);
  } catch {
    // Nothing to do: the step is a convenience, the plan itself is saved elsewhere.
  }
}
