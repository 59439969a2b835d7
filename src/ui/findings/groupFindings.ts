import type { Finding, Severity } from '../../core/index.ts';
import type { SeverityCounts } from './findingSteps.ts';

export interface SeverityGroup {
  readonly severity: Severity;
  /** Heading of the group, e.g. "Errors". */
  readonly title: string;
  readonly findings: readonly Finding[];
}

const GROUP_TITLES: Readonly<Record<Severity, string>> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Info',
};

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings in three groups, errors first; every group is present, possibly empty. */
export function groupBySeverity(findings: readonly Finding[]): SeverityGroup[] {
  return ORDER.map((severity) => ({
    severity,
    title: GROUP_TITLES[severity],
    findings: findings.filter((finding) => finding.severity === severity),
  }));
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "1 error, 2 warnings, 5 info": the counts in words, for headings, badges and the live region. */
export function countsText(counts: SeverityCounts): string {
  return [
    plural(counts.error, 'error', 'errors'),
    plural(counts.warning, 'warning', 'warnings'),
    `${counts.info} info`,
  ].join(', ');
}

/** Findings by exact path; each list keeps the engine's order, so its first item is the most severe. */
export function indexByPath(findings: readonly Finding[]): ReadonlyMap<string, readonly Finding[]> {
  const index = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = index.get(finding.path);
    if (list) list.push(finding);
    else index.set(finding.path, [finding]);
  }
  return index;
}

/** Identifies a set of warnings, so that an acknowledgement lapses when a new warning appears. */
export function warningSignature(findings: readonly Finding[]): string {
  return findings
    .filter((finding) => finding.severity === 'warning')
    .map((finding) => `${finding.ruleId}@${finding.path}`)
    .join('\n');
}

/** Why a step can't be left forward: errors, unacknowledged warnings, or nothing. */
export type StepBlock = 'errors' | 'warnings' | null;

export function stepBlock(findings: readonly Finding[], acknowledged: string | undefined): StepBlock {
  if (findings.some((finding) => finding.severity === 'error')) return 'errors';
  const warnings = warningSignature(findings);
  return warnings !== '' && warnings !== acknowledged ? 'warnings' : null;
}

/** The accessible-name suffix of a step in the step list: ", 1 error, 2 warnings" (empty without either). */
export function stepCountsLabel(counts: SeverityCounts): string {
  const parts = [
    counts.error > 0 ? plural(counts.error, 'error', 'errors') : '',
    counts.warning > 0 ? plural(counts.warning, 'warning', 'warnings') : '',
  ].filter(Boolean);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}
