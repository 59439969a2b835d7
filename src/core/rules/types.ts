import type { ComputeKind, Plan } from '../model/index.ts';
import type { ServiceTagsFile } from '../servicetags/index.ts';

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

/** A Service Tags file the user supplied, parsed with `parseServiceTags`. */
export interface ServiceTagsInput {
  readonly file: ServiceTagsFile;
  /** The file's name as the user chose it (`ServiceTags_Gov_20260719.json`): it carries the date. */
  readonly fileName?: string;
  /** `yyyy-mm-dd` of today, from the caller's clock (core has none): for the staleness warning. */
  readonly today?: string;
}

/** Facts a check may use besides the plan (e.g. a Service Tags file given on the command line). */
export interface CheckOptions {
  /** The Service Tags file for IP-prefix routes, when the user supplied one. */
  readonly serviceTags?: ServiceTagsInput;
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
