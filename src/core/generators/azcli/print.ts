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
  readonly args: readonly Arg[];
  /** Runs only when this script variable is `true` (e.g. `DEPLOY_COMPUTE`, to skip an attach on re-runs). */
  readonly onlyIf?: string;
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

/** Names of the variables a list of commands refers to. */
export function usedVariables(commands: readonly Command[]): Set<string> {
  return new Set(
    commands.flatMap((command) => command.args.flatMap((arg) => (typeof arg === 'string' ? [] : [arg.ref]))),
  );
}

const printArg = (arg: Arg): string => (typeof arg === 'string' ? shellQuote(arg) : `"$${arg.ref}"`);

/** Safe words (flags, command names) are printed bare; everything else is quoted. */
const bare = (arg: Arg): string =>
  typeof arg === 'string' && /^[a-z][a-z0-9-]*$|^--?[a-z][a-z0-9-]*$/.test(arg) ? arg : printArg(arg);

/**
 * Prints a command with one option per line: the command words first, then each `--flag value…`
 * group on its own continuation line.
 */
export function printCommand(command: Command): string {
  const groups: string[][] = [[]];
  for (const arg of command.args) {
    if (typeof arg === 'string' && arg.startsWith('-') && /^--?[a-z]/.test(arg)) groups.push([]);
    groups.at(-1)?.push(bare(arg));
  }
  const lines = groups.filter((group) => group.length > 0).map((group) => group.join(' '));
  const prepare = command.prepare ? `${command.prepare.join('\n')}\n` : '';
  const body = `${prepare}${lines.join(' \\\n  ')}`;
  if (command.onlyIf === undefined) return `# ${oneLine(command.comment)}\n${body}`;
  const indented = body.replace(/\n/g, '\n  ');
  return `# ${oneLine(command.comment)}\nif [ "$${command.onlyIf}" = true ]; then\n  ${indented}\nfi`;
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
  commands.flatMap((command) => command.args.filter((arg): arg is string => typeof arg === 'string'));
