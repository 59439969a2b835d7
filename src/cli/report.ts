import {
  isFailingVerdict,
  proofDetail,
  proofTraffic,
  SEVERITIES,
  VERDICT_WORDS,
  type Finding,
  type FlowProof,
  type Proof,
  type SchemaError,
  type Severity,
} from '../core/index.ts';

/** ANSI styles for the text report; identity functions when colour is off. */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly severity: (severity: Severity, text: string) => string;
}

const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const severityColour: Record<Severity, (text: string) => string> = {
  error: ansi(31),
  warning: ansi(33),
  info: ansi(36),
};

export function createStyle(color: boolean): Style {
  if (!color) return { bold: (t) => t, dim: (t) => t, severity: (_s, t) => t };
  return { bold: ansi(1), dim: ansi(2), severity: (severity, text) => severityColour[severity](text) };
}

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;

/** Where a path points, for people: the empty path is the file as a whole. */
export const showPath = (path: string) => (path === '' ? '(whole file)' : path);

const INDENT = ' '.repeat(10);
const WIDTH = 100;

/** Breaks `text` into lines of at most `width` characters at spaces (a longer word keeps its own line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return line === '' ? lines : [...lines, line];
}

function findingLines(finding: Finding, style: Style): string[] {
  return [
    `  ${style.severity(finding.severity, finding.severity.padEnd(7))} ${style.bold(showPath(finding.path))}`,
    ...wrap(finding.message, WIDTH - INDENT.length).map((line) => `${INDENT}${line}`),
    `${INDENT}${style.dim(`${finding.ruleId} · ${finding.docUrl}`)}`,
  ];
}

/** Counts by severity, as "1 error, 2 warnings, 0 info". */
export function summaryCounts(findings: readonly Finding[]): string {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return [
    plural(count('error'), 'error'),
    plural(count('warning'), 'warning'),
    plural(count('info'), 'info'),
  ].join(', ');
}

/** The findings of a plan grouped by severity, most serious first, ending with a one-line summary. */
export function formatFindings(file: string, findings: readonly Finding[], style: Style): string {
  const lines: string[] = [style.bold(file)];
  for (const severity of SEVERITIES) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push('', style.severity(severity, `${HEADINGS[severity]} (${group.length})`));
    for (const finding of group) lines.push(...findingLines(finding, style));
  }
  const errors = findings.some((finding) => finding.severity === 'error');
  const verdict = errors
    ? style.severity('error', 'Fix the errors before deploying.')
    : 'No errors: the plan meets every checked requirement.';
  lines.push('', `${summaryCounts(findings)}. ${verdict}`);
  return `${lines.join('\n')}\n`;
}

/** Why a plan file was not accepted: every problem, one per line, with its path. */
export function formatSchemaErrors(file: string, errors: readonly SchemaError[]): string {
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  const lines = errors.map((error) => `  ${showPath(error.path)}: ${error.message}`);
  return `${file} is not a usable plan (${count}):\n${lines.join('\n')}\n`;
}

/** Exactly one JSON object and a newline, for --json. */
export const jsonLine = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

/** The proof as `validate --json` and `generate --json` print it: one object per flow. */
export function flowsJson(proof: Proof) {
  return proof.flows.map((flow: FlowProof) => ({
    flow: flow.flowId,
    requirement: flow.specId,
    status: flow.status,
    direction: flow.direction,
    protocol: flow.protocol,
    port: flow.port,
    remote: flow.remote,
    verdict: flow.verdict,
    path: flow.path,
    reason: flow.reason,
    ...(flow.deciding === undefined
      ? {}
      : {
          deciding: flow.deciding.resource,
          ...(flow.deciding.planPath === undefined ? {} : { planPath: flow.deciding.planPath }),
        }),
  }));
}

/**
 * The reachability proof as a table for people: verdict, flow and traffic per row, then the path the
 * flow takes and, when it doesn't simply reach, why and what to change. Empty when the plan has no
 * compute subnet (managed network, Databricks).
 */
export function formatProof(proof: Proof, style: Style): string {
  if (proof.flows.length === 0) return '';
  const verdictWidth = Math.max('Verdict'.length, ...proof.flows.map((f) => VERDICT_WORDS[f.verdict].length));
  const flowWidth = Math.max('Flow'.length, ...proof.flows.map((f) => f.flowId.length));
  const tally = new Map<string, number>();
  for (const f of proof.flows)
    tally.set(VERDICT_WORDS[f.verdict], (tally.get(VERDICT_WORDS[f.verdict]) ?? 0) + 1);
  const counts = [...tally].map(([verdict, n]) => `${n} ${verdict}`).join(', ');
  const lines = [
    '',
    style.bold(
      `Once deployed: ${proof.flows.length} flows followed through what the bundle deploys (${counts})`,
    ),
    style.dim(`  ${'Verdict'.padEnd(verdictWidth)}  ${'Flow'.padEnd(flowWidth)}  Traffic`),
  ];
  const indent = ' '.repeat(2 + verdictWidth + 2);
  for (const flow of proof.flows) {
    const failing = flow.status === 'required' && isFailingVerdict(flow.verdict);
    const verdict = VERDICT_WORDS[flow.verdict].padEnd(verdictWidth);
    const traffic = `${proofTraffic(flow)}${flow.status === 'required' ? '' : ' (situational)'}`;
    lines.push(
      `  ${failing ? style.severity('error', verdict) : verdict}  ${flow.flowId.padEnd(flowWidth)}  ${traffic}`,
    );
    lines.push(
      ...wrap(proofDetail(flow), WIDTH - indent.length).map((text) => `${indent}${style.dim(text)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
