/** The commands and their options: one table drives parsing and help. */

export type CommandName = 'validate' | 'generate' | 'audit';

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
  description: 'Print exactly one JSON object on stdout instead of the text report (same as --format json).',
};
const format: OptionSpec = {
  type: 'string',
  value: '<format>',
  description:
    'text (default), json, sarif (SARIF 2.1.0 for GitHub code scanning), junit (JUnit XML for Azure Pipelines) or markdown (a job summary).',
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
    usage:
      'validate <plan.json|folder|glob>… [--format <format>] [--json] [--service-tags <file>] [--existing <file>]…',
    details: [
      'Prints the findings grouped by severity: what is wrong, the field to change, and the Microsoft doc.',
      'Several plans, folders (every *.json inside, recursively) and quoted globs make one report; the exit code is the worst.',
      'With --json and one plan: {"findings": [...], "flows": [...]}, or {"schemaErrors": [{"path", "message"}, ...]} when the exit code is 2.',
      'With --json and several: {"plans": [{"file", "findings", "flows"} or {"file", "schemaErrors"}, ...], "summary": {...}}.',
    ],
    options: { format, json, 'service-tags': serviceTags, existing, help },
  },
  generate: {
    name: 'generate',
    summary: 'Check a plan file, then write its deployable templates into a folder.',
    usage: 'generate <plan.json> --out <dir> [--json] [--service-tags <file>] [--existing <file>]…',
    details: [
      'Writes nothing when the plan has an error finding or anything is in the way of a file (the message names it); <dir> is then left as it was.',
      'With --json: {"findings": [...], "flows": [...], "files": ["name", ...]}, or {"schemaErrors": [...]} when the exit code is 2.',
    ],
    options: {
      out: {
        type: 'string',
        value: '<dir>',
        description: 'The folder to write the files into (created if missing).',
      },
      format: { ...format, description: 'text (default) or json.' },
      json,
      'service-tags': serviceTags,
      existing,
      help,
    },
  },
  audit: {
    name: 'audit',
    summary: 'Check every training compute of a tenant from an Azure Resource Graph export.',
    usage: 'audit --resource-graph <page.json>… [--format <format>] | audit --print-query',
    details: [
      'Run the query from --print-query with `az graph query -q "<query>" --first 1000 -o json` (one file per page,',
      'with --skip-token for the next); each compute is rebuilt as a plan and checked like validate.',
      'A compute whose subnet, NSG, route table or workspace is missing from the export is "couldn\'t check", never passed.',
      'With --json: {"computes": [{"id", "name", "workspace", "kind", "findings", "flows"}, ...], "summary": {...}}.',
    ],
    options: {
      'resource-graph': {
        type: 'string',
        multiple: true,
        value: '<file>',
        description:
          'A page of `az graph query … -o json` output (or a bare array of rows); more pages follow as more paths.',
      },
      'print-query': {
        type: 'boolean',
        description: 'Print the Resource Graph query and the az command to run it.',
      },
      format,
      json,
      help,
    },
  },
};

export function isCommandName(value: string): value is CommandName {
  return Object.hasOwn(COMMANDS, value);
}
