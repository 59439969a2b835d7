import { parseArgs } from 'node:util';
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from '../core/report/index.ts';
import { COMMANDS, isCommandName, type CommandName, type CommandSpec } from './commands.ts';

/** What the command line asked for. */
export type Request =
  | { readonly kind: 'help'; readonly command?: CommandName }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'audit';
      /** Resource Graph export files (`--resource-graph`, then any more paths), in the order given. */
      readonly exports: readonly string[];
      readonly printQuery: boolean;
      readonly format: ReportFormat;
      readonly json: boolean;
    }
  | {
      readonly kind: 'validate' | 'generate';
      /** The first plan file; validate may name more (and folders or globs) in `plans`. */
      readonly plan: string;
      readonly plans: readonly string[];
      readonly format: ReportFormat;
      readonly json: boolean;
      readonly out?: string;
      readonly serviceTags?: string;
      /** Files of existing resources (`--existing`, repeatable), in the order given. */
      readonly existing?: readonly string[];
    };

/** A command line that can't be run; `command` selects which usage to show with the message. */
export interface UsageProblem {
  readonly kind: 'usage';
  readonly message: string;
  readonly command?: CommandName;
  readonly json: boolean;
}

/** Parses `argv` (without node and script): the command first, then its options and the plan path. */
export function parseCommandLine(argv: readonly string[]): Request | UsageProblem {
  const [first, ...rest] = argv;
  const json = wantsJson(argv);
  if (first === undefined) return { kind: 'usage', message: 'Name a command.', json };
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    return topic !== undefined && isCommandName(topic) ? { kind: 'help', command: topic } : { kind: 'help' };
  }
  if (first === '--version') return { kind: 'version' };
  if (!isCommandName(first)) {
    const what = first.startsWith('-') ? `Unknown option "${first}"` : `Unknown command "${first}"`;
    return { kind: 'usage', message: `${what}; the commands are validate, generate and audit.`, json };
  }
  return parseCommand(COMMANDS[first], rest, json);
}

function parseCommand(spec: CommandSpec, args: readonly string[], json: boolean): Request | UsageProblem {
  const problem = (message: string): UsageProblem => ({ kind: 'usage', message, command: spec.name, json });
  const { tokens } = parseArgs({
    args: [...args],
    options: spec.options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const values = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = spec.options[token.name];
    const mistake = optionMistake(spec, token, values);
    if (mistake !== undefined || !option) return problem(mistake ?? `Unknown option "${token.rawName}".`);
    if (option.multiple && token.value !== undefined) {
      lists.set(token.name, [...(lists.get(token.name) ?? []), token.value]);
    } else values.set(token.name, token.value ?? true);
  }
  if (values.has('help')) return { kind: 'help', command: spec.name };
  const request = toRequest(spec, positionals, values, problem);
  const existing = lists.get('existing');
  if (request.kind === 'audit') {
    const exports = [...(lists.get('resource-graph') ?? []), ...request.exports];
    if (!request.printQuery && exports.length === 0) {
      return problem(
        'audit needs the Resource Graph export: audit --resource-graph <page-1.json> [<page-2.json>…]; run audit --print-query for the query.',
      );
    }
    return { ...request, exports };
  }
  if (existing === undefined || request.kind !== spec.name) return request;
  return { ...request, existing };
}

interface OptionToken {
  readonly name: string;
  readonly rawName: string;
  readonly value?: string;
  readonly inlineValue?: boolean;
}

/** What is wrong with one option as given: unknown, a value it doesn't take or lacks, or given twice. */
function optionMistake(
  spec: CommandSpec,
  token: OptionToken,
  values: ReadonlyMap<string, string | true>,
): string | undefined {
  const option = spec.options[token.name];
  if (!option) return `Unknown option "${token.rawName}" for ${spec.name}.`;
  if (option.type === 'boolean' && token.value !== undefined) {
    return `${token.rawName} takes no value; remove "=${token.value}".`;
  }
  if (
    option.type === 'string' &&
    (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
  ) {
    return `${token.rawName} needs a value: ${token.rawName} ${option.value ?? '<value>'}.`;
  }
  // A second --out (or --service-tags) would silently win over the first: say which values clash.
  const earlier = option.type === 'string' && !option.multiple ? values.get(token.name) : undefined;
  if (typeof earlier === 'string') {
    return `${token.rawName} was given twice ("${earlier}" and "${token.value}"); it takes one value. Keep the one you mean.`;
  }
  return undefined;
}

/** True when the output is JSON (`--json`, `--format json` or `--format=json`), so even usage errors are JSON. */
function wantsJson(argv: readonly string[]): boolean {
  const at = argv.indexOf('--format');
  return argv.includes('--json') || argv.includes('--format=json') || (at >= 0 && argv[at + 1] === 'json');
}

/** The report format from `--format` or `--json`, or what is wrong with it. */
function formatOf(spec: CommandSpec, given: string | undefined, json: boolean): ReportFormat | string {
  if (given === undefined) return json ? 'json' : 'text';
  const allowed: readonly string[] = spec.name === 'generate' ? ['text', 'json'] : REPORT_FORMATS;
  if (!isReportFormat(given) || !allowed.includes(given)) {
    return `--format ${given} is not a format of ${spec.name}; use one of: ${allowed.join(', ')}.`;
  }
  if (json && given !== 'json')
    return `--json asks for --format json; remove one of --json and --format ${given}.`;
  return given;
}

function toRequest(
  spec: CommandSpec,
  positionals: readonly string[],
  values: ReadonlyMap<string, string | true>,
  problem: (message: string) => UsageProblem,
): Request | UsageProblem {
  const text = (name: string) => {
    const value = values.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const format = formatOf(spec, text('format'), values.has('json'));
  if (!isReportFormat(format)) return problem(format);
  if (spec.name === 'audit') {
    const printQuery = values.has('print-query');
    return { kind: 'audit', exports: positionals, printQuery, format, json: format === 'json' };
  }
  const [plan, ...extra] = positionals;
  if (plan === undefined) return problem(`${spec.name} needs the path of a plan file.`);
  if (spec.name === 'generate' && extra.length > 0) {
    return problem(`${spec.name} takes one plan file; remove "${extra.join('" "')}".`);
  }
  const out = text('out');
  if (spec.name === 'generate' && out === undefined) {
    return problem('generate needs --out <dir>: the folder to write the files into.');
  }
  const serviceTags = text('service-tags');
  return {
    kind: spec.name,
    plan,
    plans: positionals,
    format,
    json: format === 'json',
    ...(out === undefined ? {} : { out }),
    ...(serviceTags === undefined ? {} : { serviceTags }),
  };
}
