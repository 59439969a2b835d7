/** The commands and their options: one table drives parsing and help. */

export type CommandName = 'validate' | 'generate';

export interface OptionSpec {
  readonly type: 'boolean' | 'string';
  readonly short?: string;
  /** The option may be given more than once; every value is kept. */
  readonly multiple?: boolean;
  /** Placeholder for a string option's value in help, such as `<dir>`. */
  readonly value?: string;
  readonly description: string;
}

export interface CommandSpec {
  readonly name: CommandName;
  readonly summary: string;
  readonly usage: string;
  readonly details: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
}

const json: OptionSpec = {
  type: 'boolean',
  description: 'Print exactly one JSON object on stdout instead of the text report.',
};
const serviceTags: OptionSpec = {
  type: 'string',
  value: '<file>',
  description:
    'A Service Tags file (ServiceTags_<cloud>_<date>.json) from the Microsoft Download Center: gives the IP-prefix routes when tunneling.routeTargets is "ipPrefixes", and is checked against the region and the route limits.',
};
const existing: OptionSpec = {
  type: 'string',
  multiple: true,
  value: '<file>',
  description:
    'JSON of a resource that exists today, as `az network vnet show`, `az network vnet subnet show`, `az network nsg show` or `az network route-table show -o json` print it (or an ARM template); repeat for each. The plan is checked with them in place of its network section.',
};
const help: OptionSpec = { type: 'boolean', short: 'h', description: 'Show this help.' };

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  validate: {
    name: 'validate',
    summary: 'Check a plan file against the documented network requirements.',
    usage: 'validate <plan.json> [--json] [--service-tags <file>] [--existing <file>]…',
    details: [
      'Prints the findings grouped by severity: what is wrong, the field to change, and the Microsoft doc.',
      'With --json: {"findings": [...]}, or {"schemaErrors": [{"path", "message"}, ...]} when the exit code is 2.',
    ],
    options: { json, 'service-tags': serviceTags, existing, help },
  },
  generate: {
    name: 'generate',
    summary: 'Check a plan file, then write its deployable templates into a folder.',
    usage: 'generate <plan.json> --out <dir> [--json] [--service-tags <file>] [--existing <file>]…',
    details: [
      'Writes nothing when the plan has an error finding or anything is in the way of a file (the message names it); <dir> is then left as it was.',
      'With --json: {"findings": [...], "files": ["name", ...]}, or {"schemaErrors": [...]} when the exit code is 2.',
    ],
    options: {
      out: {
        type: 'string',
        value: '<dir>',
        description: 'The folder to write the files into (created if missing).',
      },
      json,
      'service-tags': serviceTags,
      existing,
      help,
    },
  },
};

export function isCommandName(value: string): value is CommandName {
  return Object.hasOwn(COMMANDS, value);
}
