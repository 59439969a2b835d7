import type { AuditSummary, ComputeAudit } from '../core/audit/index.ts';
import { showPath, type Style } from './report.ts';

const STATUS = { failed: 'FAIL', passed: 'ok', unchecked: "COULDN'T CHECK", unusable: 'NOT A PLAN' } as const;

const count = (audit: ComputeAudit, severity: 'error' | 'warning') =>
  audit.findings.filter((finding) => finding.severity === severity).length;

/** Pads cells to the widest in each column (the last column is left as is). */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) =>
    row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '),
  );
}

function details(audit: ComputeAudit, style: Style): string[] {
  const lines = [
    ...audit.missing.map((problem) => `    couldn't check ${problem.path}: ${problem.message}`),
    ...audit.findings
      .filter((finding) => finding.severity === 'error')
      .map(
        (f) =>
          `    ${style.severity('error', 'error')} ${showPath(f.path)}: ${f.message} (${f.ruleId} · ${f.docUrl})`,
      ),
  ];
  return lines.length === 0 ? [] : [style.bold(audit.id), ...lines];
}

/**
 * The audit for people: one row per compute (status, kind, error and warning counts, name, workspace),
 * then the errors and the missing resources of each compute that has any, then the totals.
 */
export function formatAuditText(
  audits: readonly ComputeAudit[],
  summary: AuditSummary,
  style: Style,
): string {
  const rows = audits.map((a) => [
    STATUS[a.status],
    a.kind,
    String(count(a, 'error')),
    String(count(a, 'warning')),
    a.name,
    a.workspace.split('/').at(-1) ?? a.workspace,
  ]);
  const lines =
    audits.length === 0
      ? ['The export has no training computes.']
      : table([['STATUS', 'KIND', 'ERRORS', 'WARNINGS', 'COMPUTE', 'WORKSPACE'], ...rows]);
  const explained = audits.flatMap((audit) => details(audit, style));
  const total = `${summary.computes} computes: ${summary.failed} with errors, ${summary.unchecked} couldn't be checked, ${summary.passed} passed.`;
  return `${[...lines, ...(explained.length ? ['', ...explained] : []), '', style.bold(total)].join('\n')}\n`;
}
