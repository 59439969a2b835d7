/**
 * Test-only: checks generated files with real third-party parsers and tools (tree-sitter-bicep,
 * bash -n, shellcheck, python3 -m py_compile, the yaml package, @cdktf/hcl2json). Process and file
 * access come in through a {@link ParserHost} so this module stays free of Node APIs; tests build
 * the host with `node:child_process` and `node:fs`.
 */
import { parse as parseHcl } from '@cdktf/hcl2json';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { parseAllDocuments } from 'yaml';

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ParserHost {
  /** Bytes of `tree-sitter-bicep.wasm`. */
  readonly bicepWasm: () => Uint8Array;
  /** Runs a command on `content` written to a temporary file named `fileName` (its path is the last argument). */
  readonly runOnFile: (
    command: string,
    args: readonly string[],
    fileName: string,
    content: string,
  ) => RunResult;
}

/** Problems a parser found; empty when the file is fine. */
export type Problems = string[];

let bicepParser: Promise<Parser> | undefined;

async function loadBicep(host: ParserHost): Promise<Parser> {
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(await Language.load(host.bicepWasm()));
  return parser;
}

function syntaxProblems(node: Node, out: Problems = []): Problems {
  if (node.type === 'ERROR' || node.isMissing) {
    out.push(
      `${node.isMissing ? 'MISSING' : 'ERROR'} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${node.text.slice(0, 60)}`,
    );
  }
  for (const child of node.children) if (child) syntaxProblems(child, out);
  return out;
}

/** Bicep: tree-sitter-bicep must produce no ERROR or MISSING node. */
export async function checkBicep(host: ParserHost, source: string): Promise<Problems> {
  bicepParser ??= loadBicep(host);
  const tree = (await bicepParser).parse(source);
  if (!tree) return ['tree-sitter returned no tree'];
  const problems = syntaxProblems(tree.rootNode);
  tree.delete();
  return problems;
}

/**
 * A `.bicepparam` file. tree-sitter-bicep has no rule for its typeless `param name = value`, so each
 * such line is checked as `var name = value` (same expression grammar); everything else as is.
 */
export async function checkBicepParam(host: ParserHost, source: string): Promise<Problems> {
  return checkBicep(host, source.replace(/^param (\w+) = /gm, 'var $1 = '));
}

/** The string values of a Bicep file's string literals, as tree-sitter reads them (for escaper round trips). */
export async function bicepStringNodes(host: ParserHost, source: string): Promise<string[]> {
  bicepParser ??= loadBicep(host);
  const tree = (await bicepParser).parse(source);
  if (!tree) return [];
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'string') found.push(node.text);
    else for (const child of node.children) if (child) walk(child);
  };
  walk(tree.rootNode);
  tree.delete();
  return found;
}

const failed = (tool: string, result: RunResult): Problems =>
  result.status === 0
    ? []
    : [`${tool} (exit ${String(result.status)}): ${result.stdout}${result.stderr}`.trim()];

/** bash: `bash -n` (syntax) and `shellcheck` (every warning counts). */
export function checkBash(host: ParserHost, source: string): Problems {
  return [
    ...failed('bash -n', host.runOnFile('bash', ['-n'], 'deploy.sh', source)),
    ...failed(
      'shellcheck',
      host.runOnFile('shellcheck', ['--shell=bash', '--severity=style'], 'deploy.sh', source),
    ),
  ];
}

/** Python: `python3 -m py_compile`. */
export function checkPython(host: ParserHost, source: string, fileName = 'create_compute.py'): Problems {
  return failed('py_compile', host.runOnFile('python3', ['-m', 'py_compile'], fileName, source));
}

/** YAML: the `yaml` package parses every document without errors or warnings. */
export function checkYaml(source: string): Problems {
  return parseAllDocuments(source).flatMap((doc) =>
    [...doc.errors, ...doc.warnings].map((issue) => issue.message),
  );
}

/** HCL: @cdktf/hcl2json parses the file (a real HCL parser compiled to wasm); returns its JSON form too. */
export async function parseTerraform(
  source: string,
): Promise<{ problems: Problems; json?: Record<string, unknown> }> {
  try {
    return { problems: [], json: (await parseHcl('main.tf', source)) as Record<string, unknown> };
  } catch (error) {
    return { problems: [error instanceof Error ? error.message : String(error)] };
  }
}

/** A `resource` declaration of a Bicep file: its type (without the API version) and whether it is `existing`. */
export interface BicepDeclaration {
  readonly type: string;
  readonly existing: boolean;
}

/** The resource declarations of a Bicep file, as tree-sitter reads them. */
export async function bicepResources(host: ParserHost, source: string): Promise<BicepDeclaration[]> {
  bicepParser ??= loadBicep(host);
  const tree = (await bicepParser).parse(source);
  if (!tree) return [];
  const found: BicepDeclaration[] = [];
  for (const node of tree.rootNode.children) {
    if (node?.type !== 'resource_declaration') continue;
    const typeNode = node.children.find((child) => child?.type === 'string');
    const type = (typeNode?.text ?? '').slice(1, -1).split('@')[0] ?? '';
    const existing = node.children.some((child) => child?.text === 'existing');
    found.push({ type, existing });
  }
  tree.delete();
  return found;
}
