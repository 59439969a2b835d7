import { oneLine } from '../header.ts';
import { shellQuote, shellVariable } from './escape.ts';

/** A reference to a script variable, printed as `"$NAME"`. */
export interface VarRef {
  readonly ref: string;
}

/** One argument: a literal (quoted by the printer) or a variable. */
export type Arg = string | VarRef;

/** One `az` invocation, with a comment saying why it runs. */
export interface Command {
  readonly comment: string;
  /** Fixed shell lines that prepare the command (our own code, referring to variables only). */
  readonly prepare?: readonly string[];
  /** Script variables the `prepare` lines refer to, so that they are defined. */
  readonly uses?: readonly VarRef[];
  readonly args: readonly Arg[];
  /** Runs only when this script variable is `true` (e.g. `DEPLOY_COMPUTE`, to skip an attach on re-runs). */
  readonly onlyIf?: string;
  /**
   * A `show` command: the command runs only when this one fails, i.e. the resource doesn't exist yet
   * (for `create` commands that refuse to overwrite, so that a re-run skips them).
   */
  readonly unlessExists?: readonly Arg[];
}

/** Collects script variables (name → value) in first-use order, each value single-quoted when printed. */
export class Variables {
  private readonly values = new Map<string, string>();

  /** Declares a variable and returns a reference to it. */
  set(name: string, value: string): VarRef {
    const variable = shellVariable(name);
    this.values.set(variable, value);
    return { ref: variable };
  }

  /** The values of the variables in `used`. */
  valuesOf(used: ReadonlySet<string>): string[] {
    return [...this.values].filter(([name]) => used.has(name)).map(([, value]) => value);
  }

  /** Prints the assignments of the variables in `used` (shellcheck flags unused ones). */
  print(used: ReadonlySet<string>): string {
    return [...this.values]
      .filter(([name]) => used.has(name))
      .map(([name, value]) => `${name}=${shellQuote(value)}`)
      .join('\n');
  }
}

/** Every argument of a command, its existence check's included. */
const allArgs = (command: Command): readonly Arg[] => [...(command.unlessExists ?? []), ...command.args];

/** Names of the variables a list of commands refers to. */
export function usedVariables(commands: readonly Command[]): Set<string> {
  return new Set(
    commands.flatMap((command) => [
      ...allArgs(command).flatMap((arg) => (typeof arg === 'string' ? [] : [arg.ref])),
      ...(command.uses ?? []).map((variable) => variable.ref),
    ]),
  );
}

const printArg = (arg: Arg): string => (typeof arg === 'string' ? shellQuote(arg) : `"$${arg.ref}"`);

/** Safe words (flags, command names) are printed bare; everything else is quoted. */
const bare = (arg: Arg): string =>
  typeof arg === 'string' && /^[a-z][a-z0-9-]*$|^--?[a-z][a-z0-9-]*$/.test(arg) ? arg : printArg(arg);

/**
 * The words of a command with one option per line: the command words first, then each `--flag value…`
 * group on its own continuation line, indented by `pad` plus two spaces (never inside a quoted value).
 */
function printArgs(args: readonly Arg[], pad: string): string {
  const groups: string[][] = [[]];
  for (const arg of args) {
    if (typeof arg === 'string' && arg.startsWith('-') && /^--?[a-z]/.test(arg)) groups.push([]);
    groups.at(-1)?.push(bare(arg));
  }
  const lines = groups.filter((group) => group.length > 0).map((group) => group.join(' '));
  return lines.join(` \\\n${pad}  `);
}

/**
 * Prints a command under its comment. `onlyIf` and `unlessExists` wrap it in `if … then … fi`; the
 * existence check's output is discarded, only its exit status counts.
 */
export function printCommand(command: Command): string {
  const lines = [`# ${oneLine(command.comment)}`];
  const closers: string[] = [];
  let pad = '';
  const open = (test: string): void => {
    lines.push(`${pad}if ${test}; then`);
    closers.unshift(`${pad}fi`);
    pad += '  ';
  };
  if (command.onlyIf !== undefined) open(`[ "$${command.onlyIf}" = true ]`);
  if (command.unlessExists) open(`! ${printArgs(command.unlessExists, pad)} >/dev/null 2>&1`);
  lines.push(...(command.prepare ?? []).map((line) => `${pad}${line}`));
  lines.push(`${pad}${printArgs(command.args, pad)}`);
  return [...lines, ...closers].join('\n');
}

/**
 * shellcheck (SC2016) warns about `$` or a backtick inside single quotes because it looks like an
 * expansion someone forgot; here it is a literal value on purpose. Returns the directive to turn that
 * check off, only for scripts that contain such a value.
 */
export function literalDollarDirective(values: readonly string[]): string[] {
  return values.some((value) => /[$`]/.test(value))
    ? [
        '# Some values contain $ or a backtick: single quotes keep them literal, as intended.',
        '# shellcheck disable=SC2016',
      ]
    : [];
}

/** The literal arguments of commands. */
export const literalArgs = (commands: readonly Command[]): string[] =>
  commands.flatMap((command) => allArgs(command).filter((arg): arg is string => typeof arg === 'string'));
