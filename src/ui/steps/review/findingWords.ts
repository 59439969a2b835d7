import type { Finding, Severity } from '../../../core/index.ts';

const NOUNS: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
};

/** How many findings of a severity the plan has. */
export function countOf(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

/** "1 error, 2 warnings, 5 info" (every severity, zeros included, so the count is never ambiguous). */
export function findingCounts(findings: readonly Finding[]): string {
  return (['error', 'warning', 'info'] as const)
    .map((severity) => {
      const n = countOf(findings, severity);
      const [one, many] = NOUNS[severity];
      return `${n} ${n === 1 ? one : many}`;
    })
    .join(', ');
}
