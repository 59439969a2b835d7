import type { Finding, Severity } from '../index.ts';
import { jsonLocator } from './position.ts';
import { PROBLEM_RULES, type ReportSubject, type ReportTool, type RuleInfo } from './types.ts';

/** SARIF 2.1.0's schema and version, as GitHub code scanning expects them. */
export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SARIF_VERSION = '2.1.0';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A path as a URI reference: forward slashes, each segment percent-encoded, absolute paths as `file://`. */
export function artifactUri(path: string): string {
  const posix = path.replaceAll('\\', '/').replace(/^\.\//, '');
  const encoded = posix.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(posix)) return `file:///${encoded.replace('%3A', ':')}`;
  return posix.startsWith('/') ? `file://${encoded}` : encoded;
}

function ruleDescriptor(rule: RuleInfo) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: `${rule.title} Documented requirement: ${rule.docUrl}` },
    helpUri: rule.docUrl,
    help: { text: `See ${rule.docUrl}`, markdown: `See [the Microsoft documentation](${rule.docUrl}).` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
  };
}

interface Cited {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly path: string;
  readonly message: string;
  readonly docUrl: string;
}

function citedOf(subject: ReportSubject): Cited[] {
  const problemRule = subject.status === 'unchecked' ? PROBLEM_RULES.unchecked : PROBLEM_RULES.unusable;
  const problems = subject.problems.map((problem) => ({
    ruleId: problemRule.id,
    severity: problemRule.severity,
    path: problem.path,
    message: problem.message,
    docUrl: problemRule.docUrl,
  }));
  return [...problems, ...subject.findings.map((finding: Finding) => finding)];
}

function result(subject: ReportSubject, cited: Cited, ruleIndex: number, locate: typeof noLocator) {
  const { line, column } = locate(cited.path);
  const where = cited.path === '' ? subject.id : `${subject.id} ${cited.path}`;
  return {
    ruleId: cited.ruleId,
    ruleIndex,
    level: LEVEL[cited.severity],
    message: { text: subject.source === undefined ? `${subject.id}: ${cited.message}` : cited.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(subject.artifact) },
          region: { startLine: line, startColumn: column },
        },
        logicalLocations: [{ fullyQualifiedName: where, kind: 'member' }],
      },
    ],
    partialFingerprints: { 'amlNetworkWizard/v1': `${subject.id}|${cited.ruleId}|${cited.path}` },
  };
}

const noLocator = (_path: string) => ({ line: 1, column: 1 });

/**
 * One SARIF 2.1.0 log with one run: every catalogue rule (plus the plan-format and audit-coverage ones)
 * with its Microsoft doc as `helpUri`, and a result per finding located at the line and column of the
 * finding's path in the plan file. Results follow the subjects' order, so the output is deterministic.
 * @see https://docs.github.com/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 */
export function toSarif(subjects: readonly ReportSubject[], tool: ReportTool): object {
  const rules: RuleInfo[] = [...tool.rules, PROBLEM_RULES.unusable, PROBLEM_RULES.unchecked];
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = subjects.flatMap((subject) => {
    const locate = subject.source === undefined ? noLocator : jsonLocator(subject.source);
    return citedOf(subject).map((cited) => {
      let ruleIndex = index.get(cited.ruleId);
      if (ruleIndex === undefined) {
        ruleIndex = rules.length;
        rules.push({
          id: cited.ruleId,
          title: cited.message,
          docUrl: cited.docUrl,
          severity: cited.severity,
        });
        index.set(cited.ruleId, ruleIndex);
      }
      return result(subject, cited, ruleIndex, locate);
    });
  });
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri === undefined ? {} : { informationUri: tool.informationUri }),
            rules: rules.map(ruleDescriptor),
          },
        },
        results,
      },
    ],
  };
}
