import { SEVERITIES, type Severity } from '../index.ts';
import { countStatuses, type ReportSubject, type SubjectStatus } from './types.ts';

/**
 * Text as literal Markdown: every character Markdown or GitHub's HTML could read as syntax is escaped,
 * and line breaks become spaces so a value can't end a table row.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()#+!|<>~&]/g, (char) => `\\${char}`);
}

const STATUS: Readonly<Record<SubjectStatus, string>> = {
  failed: '❌ failed',
  unusable: '⛔ not a plan',
  unchecked: '❔ couldn’t check',
  passed: '✅ passed',
};

const ORDER: readonly SubjectStatus[] = ['failed', 'unusable', 'unchecked', 'passed'];

const count = (subject: ReportSubject, severity: Severity) =>
  subject.findings.filter((finding) => finding.severity === severity).length;

function details(subject: ReportSubject): string[] {
  const items = [
    ...subject.problems.map(
      (p) => `- ${escapeMarkdown(p.path || '(whole file)')}: ${escapeMarkdown(p.message)}`,
    ),
    ...SEVERITIES.flatMap((severity) =>
      subject.findings
        .filter((finding) => finding.severity === severity)
        .map(
          (f) =>
            `- **${severity}** ${escapeMarkdown(f.path || '(whole file)')}: ${escapeMarkdown(f.message)} ` +
            `([${escapeMarkdown(f.ruleId)}](<${f.docUrl.replace(/[<>\s]/g, encodeURIComponent)}>))`,
        ),
    ),
  ];
  if (items.length === 0) return [];
  return ['', `### ${escapeMarkdown(subject.id)}`, '', ...items];
}

/** Options of {@link toMarkdown}: the heading, and what one subject is called in the table. */
export interface MarkdownOptions {
  readonly title: string;
  readonly subjectHeading: string;
}

/**
 * A job summary (GitHub Actions `$GITHUB_STEP_SUMMARY`, an Azure Pipelines summary page): a count line, a
 * table of every subject with its status, worst first, then each subject's findings with their doc links.
 * @see https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary
 */
export function toMarkdown(subjects: readonly ReportSubject[], options: MarkdownOptions): string {
  const counts = countStatuses(subjects);
  const sorted = ORDER.flatMap((status) => subjects.filter((subject) => subject.status === status));
  const tally = ORDER.filter((status) => counts[status] > 0).map(
    (status) => `${counts[status]} ${STATUS[status]}`,
  );
  const rows = sorted.map(
    (s) =>
      `| ${STATUS[s.status]} | ${escapeMarkdown(s.id)} | ${count(s, 'error')} | ${count(s, 'warning')} | ${count(s, 'info')} |`,
  );
  return [
    `## ${escapeMarkdown(options.title)}`,
    '',
    tally.length === 0 ? 'Nothing was checked.' : tally.join(' · '),
    '',
    `| Status | ${escapeMarkdown(options.subjectHeading)} | Errors | Warnings | Info |`,
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
    ...sorted.flatMap(details),
    '',
  ].join('\n');
}
