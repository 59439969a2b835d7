import {
  checkPlan,
  failingFlows,
  VERDICT_WORDS,
  proveFlows,
  withProofFindings,
  type CheckOptions,
  type Finding,
  type FlowProof,
  type Plan,
  type Proof,
} from '../core/index.ts';
import { generateBundle, type Bundle, type GenerateOptions } from '../core/generators/index.ts';
import { parseCommandLine, type Request, type UsageProblem } from './args.ts';
import { runAudit } from './audit.ts';
import { expandPlanPaths } from './planPaths.ts';
import { validateMany } from './validateMany.ts';
import { COMMANDS } from './commands.ts';
import { commandHelp, programHelp, usageLine, VERSION } from './help.ts';
import { EXIT, isCliError, type CliIo } from './io.ts';
import { applyExisting, existingJson, formatExisting } from './existing.ts';
import { loadInputs } from './loadInputs.ts';
import {
  createStyle,
  flowsJson,
  formatFindings,
  formatProof,
  formatSchemaErrors,
  jsonLine,
} from './report.ts';
import { formatServiceTags } from './serviceTagsReport.ts';

/** The parts of core the command line calls; injectable so tests can supply findings and files. */
export interface CoreApi {
  readonly checkPlan: (plan: Plan, options: CheckOptions) => readonly Finding[];
  readonly generateBundle: (plan: Plan, options: GenerateOptions) => Bundle;
  readonly proveFlows: (plan: Plan, options: CheckOptions) => Proof;
}

export const defaultCore: CoreApi = { checkPlan, generateBundle, proveFlows };

type PlanRequest = Extract<Request, { kind: 'validate' | 'generate' }>;

interface Job {
  readonly plan: string;
  readonly json: boolean;
  readonly out?: string;
  readonly serviceTags?: string;
  readonly existing?: readonly string[];
}

/**
 * Runs one command line (`argv` without node and the script) and returns the exit code. Writes only
 * through `io`; never throws and never prints a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo, core: CoreApi = defaultCore): Promise<number> {
  const json =
    argv.includes('--json') || argv.includes('--format=json') || argv.join(' ').includes('--format json');
  try {
    const request = parseCommandLine(argv);
    switch (request.kind) {
      case 'help':
        io.stdout(request.command ? commandHelp(COMMANDS[request.command]) : programHelp());
        return EXIT.ok;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      case 'usage':
        return usageProblem(io, request);
      case 'audit':
        return await runAudit(io, request);
      default:
        return await runPlans(io, core, request);
    }
  } catch (error) {
    if (isCliError(error)) return unusable(io, json, error.message, error.exitCode);
    return internalError(io, json, error);
  }
}

/** validate of one plan keeps its own text and JSON; several plans or a pipeline format make one report. */
async function runPlans(io: CliIo, core: CoreApi, request: PlanRequest): Promise<number> {
  if (request.kind === 'generate') return runJob(io, core, 'generate', request);
  const files = expandPlanPaths(request.plans);
  const [only] = files;
  if (files.length === 1 && only !== undefined && (request.format === 'text' || request.format === 'json')) {
    return runJob(io, core, 'validate', { ...request, plan: only });
  }
  return validateMany(io, core, {
    files,
    format: request.format,
    ...(request.serviceTags === undefined ? {} : { serviceTags: request.serviceTags }),
    ...(request.existing === undefined ? {} : { existing: request.existing }),
  });
}

async function runJob(io: CliIo, core: CoreApi, command: 'validate' | 'generate', job: Job): Promise<number> {
  const loaded = await loadInputs(io, job.plan, job.serviceTags);
  if (!loaded.ok) {
    if (job.json) io.stdout(jsonLine({ schemaErrors: loaded.errors }));
    else io.stderr(formatSchemaErrors(job.plan, loaded.errors));
    return EXIT.unusableInput;
  }
  const tags = loaded.serviceTags;
  const options = tags === undefined ? {} : { serviceTags: tags.input };
  const existing = job.existing?.length ? await applyExisting(io, loaded.plan, job.existing) : undefined;
  const plan = existing?.plan ?? loaded.plan;
  const audited = existing ? { existing: existingJson(existing) } : {};
  const proof = core.proveFlows(plan, options);
  const findings = withProofFindings(core.checkPlan(plan, options), proof);
  const failed = findings.some((finding) => finding.severity === 'error');
  const flows = flowsJson(proof);
  const style = createStyle(io.color);
  if (!job.json && tags) io.stdout(formatServiceTags(job.serviceTags ?? '', tags, findings, style));
  if (!job.json && existing) io.stdout(formatExisting(existing));
  if (command === 'validate') {
    io.stdout(
      job.json
        ? jsonLine({ findings, flows, ...audited })
        : formatFindings(job.plan, findings, style) + formatProof(proof, style),
    );
    return failed ? EXIT.errorFindings : EXIT.ok;
  }
  const files = failed ? [] : core.generateBundle(plan, { ...options, findings, proof }).files;
  if (files.length > 0) {
    await io.writeFiles(
      job.out ?? '.',
      files.map((file) => ({ name: file.name, content: file.content, executable: file.language === 'bash' })),
    );
  }
  if (job.json) {
    io.stdout(jsonLine({ findings, flows, files: files.map((file) => file.name), ...audited }));
  } else {
    io.stdout(formatFindings(job.plan, findings, style) + formatProof(proof, style));
    io.stdout(writeSummary(job.out ?? '.', failed, files, failingFlows(proof)));
  }
  return failed ? EXIT.errorFindings : EXIT.ok;
}

function writeSummary(
  out: string,
  failed: boolean,
  files: Bundle['files'],
  failing: readonly FlowProof[],
): string {
  const [first] = failing;
  if (failed && first !== undefined) {
    const by = first.deciding === undefined ? '' : ` by ${first.deciding.resource}`;
    const more = failing.length > 1 ? ` (and ${failing.length - 1} more required flows)` : '';
    return `Nothing was written to ${out}: once deployed, ${first.flowId} would be ${VERDICT_WORDS[first.verdict]}${by}${more}. Fix the errors above, then run generate again.\n`;
  }
  if (failed) return `Nothing was written to ${out}: fix the errors above, then run generate again.\n`;
  if (files.length === 0) return `This plan produced no files; nothing was written to ${out}.\n`;
  const names = files.map((file) => `  ${file.name}`).join('\n');
  return `Wrote ${files.length === 1 ? '1 file' : `${files.length} files`} to ${out}:\n${names}\n`;
}

function usageProblem(io: CliIo, problem: UsageProblem): number {
  if (problem.json) io.stdout(jsonLine({ schemaErrors: [{ path: '', message: problem.message }] }));
  io.stderr(`${problem.message}\n${usageLine(problem.command && COMMANDS[problem.command])}`);
  return EXIT.unusableInput;
}

function unusable(io: CliIo, json: boolean, message: string, exitCode: number): number {
  if (json) io.stdout(jsonLine({ schemaErrors: [{ path: '', message }] }));
  else io.stderr(`${message}\n`);
  return exitCode;
}

function internalError(io: CliIo, json: boolean, error: unknown): number {
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const message = `Internal error: ${detail}. This is a bug in AML Network Wizard; please report it with the plan file.`;
  if (json) io.stdout(jsonLine({ internalError: message }));
  io.stderr(`${message}\n`);
  return EXIT.internal;
}
