import type { ComputeKind, Finding, Rule } from '../index.ts';

/** The report formats of the command line: a person's text, JSON, and three pipeline formats. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const isReportFormat = (value: string): value is ReportFormat =>
  (REPORT_FORMATS as readonly string[]).includes(value);

/** Something wrong with the input itself rather than a requirement: a schema error or a resource missing. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/**
 * What one checked thing came to: `unusable` = the plan file is not a plan (schema errors), `unchecked` =
 * the audit couldn't rebuild the plan (resources missing from the export); neither ever counts as passed.
 */
export type SubjectStatus = 'passed' | 'failed' | 'unusable' | 'unchecked';

/** One plan file (validate) or one compute (audit), with its findings, in a shape every format reads. */
export interface ReportSubject {
  /** The plan file's path, or the compute's resource id. */
  readonly id: string;
  /** The file the findings point into (a relative path as given, or the export file for an audit). */
  readonly artifact: string;
  /** The artifact's text when findings can be placed on a line and column of it (plan files). */
  readonly source?: string;
  /** The compute kind, when known: a rule that does not apply to it is not listed as a test. */
  readonly kind?: ComputeKind;
  readonly status: SubjectStatus;
  readonly findings: readonly Finding[];
  readonly problems: readonly Problem[];
}

/** A rule as the reports describe it: the checked-rule catalogue's id, one-line title and doc link. */
export type RuleInfo = Pick<Rule, 'id' | 'title' | 'docUrl' | 'severity' | 'kinds'>;

/** The tool that produced a report, and the rules it may cite. */
export interface ReportTool {
  readonly name: string;
  readonly version: string;
  readonly informationUri?: string;
  readonly rules: readonly RuleInfo[];
}

/** Rule ids of the problems that are not requirements: a plan that doesn't parse, an audit that can't check. */
export const PROBLEM_RULES = {
  unusable: {
    id: 'plan-schema',
    title: 'The plan file is a valid plan (JSON that matches the plan format).',
    docUrl: 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet',
    severity: 'error',
  },
  unchecked: {
    id: 'audit-incomplete',
    title: 'Every resource the compute uses (subnet, NSG, route table) is in the Resource Graph export.',
    docUrl: 'https://learn.microsoft.com/azure/governance/resource-graph/overview',
    severity: 'warning',
  },
} as const satisfies Record<'unusable' | 'unchecked', RuleInfo>;

/** `passed` unless an error finding or a problem says otherwise. */
export function subjectStatus(
  findings: readonly Finding[],
  problems: readonly Problem[],
  problemStatus: 'unusable' | 'unchecked',
): SubjectStatus {
  if (problems.length > 0) return problemStatus;
  return findings.some((finding) => finding.severity === 'error') ? 'failed' : 'passed';
}

/** How many subjects ended in each status. */
export type StatusCounts = Readonly<Record<SubjectStatus, number>>;

export function countStatuses(subjects: readonly ReportSubject[]): StatusCounts {
  const counts: Record<SubjectStatus, number> = { passed: 0, failed: 0, unusable: 0, unchecked: 0 };
  for (const subject of subjects) counts[subject.status] += 1;
  return counts;
}
