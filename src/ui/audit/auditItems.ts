import type { Finding } from '../../core/index.ts';
import type { LiveCheckResult } from '../../azure/discovery/index.ts';
import type { ResultItem } from './ResultList.tsx';

const OUTCOME_WORDS: Record<LiveCheckResult['outcome'], string> = {
  passed: 'Passed',
  problem: 'Problem',
  unknown: 'Couldn’t check',
};

/** A live check as a result row. */
export const liveCheckItem = (check: LiveCheckResult): ResultItem => ({
  key: check.key,
  severity: check.severity,
  status: OUTCOME_WORDS[check.outcome],
  title: check.title,
  message: check.message,
  docUrl: check.docUrl,
});

/** Paths of the plan that describe existing resources the audit read. */
const AUDITED_PATHS = /^(network\.|tunneling\.|workspace\.)/;

/** The plan's findings about the audited resources, as result rows (engine order: severity, then path). */
export function auditedFindingItems(findings: readonly Finding[]): ResultItem[] {
  return findings
    .filter((finding) => AUDITED_PATHS.test(finding.path))
    .map((finding, index) => ({
      key: `${finding.ruleId}:${finding.path}:${index}`,
      severity: finding.severity,
      title: finding.ruleId,
      message: finding.message,
      docUrl: finding.docUrl,
    }));
}
