import {
  MAX_PLAN_BYTES,
  parsePlanText,
  withProofFindings,
  type CheckOptions,
  type Proof,
} from '../core/index.ts';
import {
  countStatuses,
  subjectStatus,
  toJunit,
  toMarkdown,
  toSarif,
  type ReportFormat,
  type ReportSubject,
} from '../core/report/index.ts';
import { applyExisting } from './existing.ts';
import { EXIT, isCliError, type CliIo } from './io.ts';
import { readServiceTags } from './loadInputs.ts';
import {
  createStyle,
  flowsJson,
  formatFindings,
  formatProof,
  formatSchemaErrors,
  jsonLine,
} from './report.ts';
import { REPORT_TOOL } from './reportTool.ts';
import type { CoreApi } from './run.ts';

/** What `validate` with several plans (or a pipeline format) was asked to do. */
export interface ManyJob {
  readonly files: readonly string[];
  readonly format: ReportFormat;
  readonly serviceTags?: string;
  readonly existing?: readonly string[];
}

/** A plan file checked, with its reachability proof when it was a usable plan. */
type Checked = ReportSubject & { readonly proof?: Proof };

/**
 * One plan file checked as `validate` checks one: the rules, then the reachability proof (its failing
 * flows become findings when no rule found an error). An unreadable or invalid file becomes an
 * `unusable` subject, not a stop.
 */
async function checkFile(
  io: CliIo,
  core: CoreApi,
  file: string,
  options: CheckOptions,
  job: ManyJob,
): Promise<Checked> {
  let source: string;
  try {
    source = await io.readText(file, MAX_PLAN_BYTES);
  } catch (error) {
    if (!isCliError(error)) throw error;
    return subject(file, undefined, [], [{ path: '', message: error.message }]);
  }
  const parsed = parsePlanText(source);
  if (!parsed.ok) return subject(file, source, [], parsed.errors);
  const existing = job.existing?.length ? await applyExisting(io, parsed.plan, job.existing) : undefined;
  const plan = existing?.plan ?? parsed.plan;
  const proof = core.proveFlows(plan, options);
  const findings = withProofFindings(core.checkPlan(plan, options), proof);
  return { ...subject(file, source, findings, []), kind: plan.compute.kind, proof };
}

function subject(
  file: string,
  source: string | undefined,
  findings: ReportSubject['findings'],
  problems: ReportSubject['problems'],
): ReportSubject {
  return {
    id: file,
    artifact: file,
    ...(source === undefined ? {} : { source }),
    status: subjectStatus(findings, problems, 'unusable'),
    findings,
    problems,
  };
}

function render(subjects: readonly Checked[], format: ReportFormat, color: boolean): string {
  const counts = countStatuses(subjects);
  const summary = {
    plans: subjects.length,
    passed: counts.passed,
    failed: counts.failed,
    unusable: counts.unusable,
  };
  switch (format) {
    case 'json':
      return jsonLine({
        plans: subjects.map((s) =>
          s.status === 'unusable'
            ? { file: s.id, schemaErrors: s.problems }
            : { file: s.id, findings: s.findings, flows: s.proof ? flowsJson(s.proof) : [] },
        ),
        summary,
      });
    case 'sarif':
      return jsonLine(toSarif(subjects, REPORT_TOOL));
    case 'junit':
      return toJunit(subjects, REPORT_TOOL);
    case 'markdown':
      return toMarkdown(subjects, { title: 'AML Network Wizard: plans checked', subjectHeading: 'Plan' });
    case 'text': {
      const style = createStyle(color);
      const parts = subjects.map((s) =>
        s.status === 'unusable'
          ? formatSchemaErrors(s.id, s.problems)
          : `${formatFindings(s.id, s.findings, style)}${s.proof ? formatProof(s.proof, style) : ''}`,
      );
      const total = `${summary.plans} plans: ${summary.failed} with errors, ${summary.unusable} not usable, ${summary.passed} passed.\n`;
      return `${parts.join('\n')}\n${style.bold(total)}`;
    }
  }
}

/**
 * Checks every plan file into one report in the chosen format. The exit code is the worst: 2 when a file is
 * not a usable plan, else 1 when a plan has an error finding, else 0.
 */
export async function validateMany(io: CliIo, core: CoreApi, job: ManyJob): Promise<number> {
  const tags = job.serviceTags === undefined ? undefined : await readServiceTags(io, job.serviceTags);
  const options: CheckOptions = tags === undefined ? {} : { serviceTags: tags.input };
  const subjects: Checked[] = [];
  for (const file of job.files) subjects.push(await checkFile(io, core, file, options, job));
  io.stdout(render(subjects, job.format, io.color));
  const counts = countStatuses(subjects);
  if (counts.unusable > 0) return EXIT.unusableInput;
  return counts.failed > 0 ? EXIT.errorFindings : EXIT.ok;
}
