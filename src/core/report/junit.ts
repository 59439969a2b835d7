import { XMLBuilder } from 'fast-xml-parser';
import type { Finding } from '../index.ts';
import { PROBLEM_RULES, type ReportSubject, type ReportTool, type RuleInfo } from './types.ts';

/** Characters XML 1.0 can't hold at all, even escaped; a message never needs them. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters being removed
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (text: string) => text.replace(NOT_XML, '');

const describe = (finding: Pick<Finding, 'severity' | 'path' | 'message' | 'docUrl'>) =>
  clean(
    `${finding.severity} at ${finding.path === '' ? '(whole file)' : finding.path}: ${finding.message}\n${finding.docUrl}`,
  );

interface TestCase {
  readonly '@_name': string;
  readonly '@_classname': string;
  readonly failure?: object;
  readonly error?: object;
  readonly skipped?: object;
  readonly 'system-out'?: string;
}

function ruleCase(subject: ReportSubject, rule: RuleInfo): TestCase {
  const mine = subject.findings.filter((finding) => finding.ruleId === rule.id);
  const errors = mine.filter((finding) => finding.severity === 'error');
  const others = mine.filter((finding) => finding.severity !== 'error');
  return {
    '@_name': clean(`${rule.id}: ${rule.title}`),
    '@_classname': clean(subject.id),
    ...(errors.length > 0
      ? {
          failure: {
            '@_message': clean(errors.map((finding) => finding.message).join(' ')),
            '@_type': 'error',
            '#text': errors.map(describe).join('\n\n'),
          },
        }
      : {}),
    ...(others.length > 0 ? { 'system-out': others.map(describe).join('\n\n') } : {}),
  };
}

function problemCase(subject: ReportSubject): TestCase {
  const unchecked = subject.status === 'unchecked';
  const rule = unchecked ? PROBLEM_RULES.unchecked : PROBLEM_RULES.unusable;
  const text = subject.problems.map((problem) => `${problem.path || '(whole file)'}: ${problem.message}`);
  const body = { '@_message': clean(text.join(' ')), '#text': clean(text.join('\n')) };
  return {
    '@_name': clean(`${rule.id}: ${rule.title}`),
    '@_classname': clean(subject.id),
    ...(unchecked ? { skipped: body } : { error: { ...body, '@_type': rule.id } }),
  };
}

/** The tests of one subject: one per rule that applies to its compute kind, or the problem that stopped it. */
function cases(subject: ReportSubject, rules: readonly RuleInfo[]): TestCase[] {
  if (subject.problems.length > 0) return [problemCase(subject)];
  const applicable = rules.filter(
    (rule) => !rule.kinds || subject.kind === undefined || rule.kinds.includes(subject.kind),
  );
  const known = new Set(applicable.map((rule) => rule.id));
  const extra = [...new Set(subject.findings.map((f) => f.ruleId))].filter((id) => !known.has(id));
  const unlisted = extra.map((id): RuleInfo => {
    const first = subject.findings.find((finding) => finding.ruleId === id);
    return { id, title: 'Finding', docUrl: first?.docUrl ?? '', severity: first?.severity ?? 'info' };
  });
  return [...applicable, ...unlisted].map((rule) => ruleCase(subject, rule));
}

function suite(subject: ReportSubject, rules: readonly RuleInfo[]) {
  const testcase = cases(subject, rules);
  return {
    '@_name': clean(subject.id),
    '@_tests': testcase.length,
    '@_failures': testcase.filter((test) => test.failure).length,
    '@_errors': testcase.filter((test) => test.error).length,
    '@_skipped': testcase.filter((test) => test.skipped).length,
    testcase,
  };
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
});

/**
 * JUnit XML as Azure Pipelines' PublishTestResults reads it: a test suite per plan (or compute), a test per
 * rule that applies to it, a `failure` for each rule with error findings (warnings go to `system-out`), an
 * `error` for a plan that isn't a plan and `skipped` for a compute the audit couldn't check. Every value is
 * escaped by the XML builder; characters XML can't hold are dropped.
 * @see https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/publish-test-results-v2
 */
export function toJunit(subjects: readonly ReportSubject[], tool: ReportTool): string {
  const suites = subjects.map((subject) => suite(subject, tool.rules));
  const total = (key: '@_tests' | '@_failures' | '@_errors' | '@_skipped') =>
    suites.reduce((sum, one) => sum + one[key], 0);
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: {
      '@_name': tool.name,
      '@_tests': total('@_tests'),
      '@_failures': total('@_failures'),
      '@_errors': total('@_errors'),
      '@_skipped': total('@_skipped'),
      testsuite: suites,
    },
  }) as string;
}
