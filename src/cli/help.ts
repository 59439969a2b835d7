import packageJson from '../../package.json' with { type: 'json' };
import { COMMANDS, type CommandSpec } from './commands.ts';

const PROGRAM = 'npx aml-network-wizard';

/** The version of this tool, from package.json. */
export const VERSION: string = packageJson.version;

const EXIT_CODES = [
  'Exit codes:',
  '  0   no error findings (warnings and info are allowed)',
  '  1   at least one error finding (generate then writes nothing)',
  "  2   the command line or a file can't be used: unknown option, missing or unreadable file,",
  '      not JSON, or not a valid plan',
  '  70  an internal error in this tool: please report it with the plan file',
];

function column(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}

/** The program's help: what it does, its commands and its exit codes. */
export function programHelp(): string {
  return [
    'AML Network Wizard: check a plan for Azure Machine Learning training compute in a virtual network,',
    'and generate the templates that deploy it.',
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...column(Object.values(COMMANDS).map((spec) => [spec.name, spec.summary] as const)),
    '',
    'Options:',
    ...column([
      ['-h, --help', 'Show this help; "<command> --help" shows a command\'s help.'],
      ['--version', 'Print the version.'],
    ]),
    '',
    ...EXIT_CODES,
    '',
  ].join('\n');
}

/** Help for one command: usage, what it does, its options and exit codes. */
export function commandHelp(spec: CommandSpec): string {
  const options = Object.entries(spec.options).map(([name, option]) => {
    const short = option.short ? `-${option.short}, ` : '';
    return [`${short}--${name}${option.value ? ` ${option.value}` : ''}`, option.description] as const;
  });
  return [
    `Usage: ${PROGRAM} ${spec.usage}`,
    '',
    spec.summary,
    ...spec.details,
    '',
    'Options:',
    ...column(options),
    '',
    ...EXIT_CODES,
    '',
  ].join('\n');
}

/** The short usage shown under a command-line mistake. */
export function usageLine(spec?: CommandSpec): string {
  if (spec) return `Usage: ${PROGRAM} ${spec.usage}\nRun "${PROGRAM} ${spec.name} --help" for details.\n`;
  const commands = Object.values(COMMANDS).map((command) => `       ${PROGRAM} ${command.usage}`);
  return `Usage:\n${commands.join('\n')}\nRun "${PROGRAM} --help" for details.\n`;
}
