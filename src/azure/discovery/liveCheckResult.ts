import type { Severity } from '../../core/index.ts';
import { isArmError } from '../arm/armError.ts';

/**
 * A check that needs Azure itself (it can't be derived from the plan): its result for the person signed in.
 * `outcome` says whether the check passed, found a problem, or couldn't run (then `message` says why).
 */
export interface LiveCheckResult {
  /** The check (`locks`, `rbac-join`, `quota`) plus what it looked at. */
  readonly key: string;
  readonly ruleId: 'locks' | 'rbac-join' | 'quota';
  readonly outcome: 'passed' | 'problem' | 'unknown';
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  readonly docUrl: string;
}

/** Why a live check couldn't run, for its message. */
export const couldNotRun = (error: unknown): string =>
  isArmError(error)
    ? error.message
    : 'The request failed before Azure answered. Check your connection and retry.';

/** What a check found, before it is named (`key`, `ruleId`, `title`, `docUrl`). */
export type Verdict = Omit<LiveCheckResult, 'key' | 'ruleId' | 'title' | 'docUrl'>;

/**
 * The check's result from `verdict`, or, when a read fails (403, throttling that ran out, no connection),
 * an `unknown` result: `couldNot` ("Couldn't check for locks.") followed by the reason.
 */
export async function settleCheck(
  base: Pick<LiveCheckResult, 'key' | 'ruleId' | 'title' | 'docUrl'>,
  couldNot: string,
  verdict: () => Promise<Verdict>,
): Promise<LiveCheckResult> {
  try {
    return { ...base, ...(await verdict()) };
  } catch (error) {
    return { ...base, outcome: 'unknown', severity: 'warning', message: `${couldNot} ${couldNotRun(error)}` };
  }
}
