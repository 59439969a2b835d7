import type { ComputeKind, Plan } from '../model/index.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Severities from most to least serious; findings are ordered this way. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * One result of checking a plan (PLAN-FORMAT.md, "Finding"). `path` is dot-separated into the plan,
 * array items by index, and names the field a user must change.
 */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly path: string;
  readonly message: string;
  readonly docUrl: string;
}

/** What a rule's check returns; the rule supplies id and doc link, and its severity unless overridden. */
export interface FindingDraft {
  readonly path: string;
  readonly message: string;
  readonly severity?: Severity;
}

/** Facts a check may use besides the plan (e.g. a Service Tags file given on the command line). */
export interface CheckOptions {
  /** Parsed Service Tags file, when the user supplied one (forced-tunnelling issue). */
  readonly serviceTags?: unknown;
}

/**
 * A documented requirement as a checked rule: plain data plus a pure check.
 * `id` is the catalogue id in REQUIREMENTS.md; it never changes once released.
 */
export interface Rule {
  readonly id: string;
  /** The usual severity; a draft may raise or lower it (e.g. the 80 % capacity warning). */
  readonly severity: Severity;
  readonly docUrl: string;
  /** Compute kinds the rule applies to; omitted = all kinds. */
  readonly kinds?: readonly ComputeKind[];
  /** One line: what the rule checks, for the README and the rule list in the UI. */
  readonly title: string;
  /** True when only a signed-in check against Azure can decide it; offline it reports what to verify. */
  readonly live?: boolean;
  check(plan: Plan, options: CheckOptions): readonly FindingDraft[];
}
