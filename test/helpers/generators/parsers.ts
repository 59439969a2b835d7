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

/**
 * A Bicep value as tree-sitter reads it: object, array, string, number, bool and null literals as JSON;
 * any other expression as a {@link BicepExpr} with its source text (and, for the simple ones, its
 * structure: a reference such as `vnetName` or `nsg.id`, a function call, an interpolated string).
 */
export type BicepJson =
  string | number | boolean | null | BicepExpr | readonly BicepJson[] | { readonly [key: string]: BicepJson };

/** An expression that is not a literal. */
export interface BicepExpr {
  readonly expr: string;
  /** `a`, `a.b.c`: identifiers and property names. */
  readonly ref?: readonly string[];
  /** `name(args)`. */
  readonly call?: { readonly name: string; readonly args: readonly BicepJson[] };
  /** `'a${b}c'`: literal parts and expressions in order. */
  readonly interpolation?: readonly BicepJson[];
}

export const isBicepExpr = (value: unknown): value is BicepExpr =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { expr?: unknown }).expr === 'string' &&
  Object.keys(value).every((key) => ['expr', 'ref', 'call', 'interpolation'].includes(key));

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", $: '$' };

function unescape(sequence: string): string {
  const code = /^\\u\{([0-9a-fA-F]+)\}$/.exec(sequence);
  if (code) return String.fromCodePoint(parseInt(code[1] ?? '0', 16));
  return ESCAPES[sequence.slice(1)] ?? sequence;
}

const named = (node: Node): Node[] => node.namedChildren.filter((child): child is Node => child !== null);

function stringValue(node: Node): BicepJson {
  const parts: BicepJson[] = [];
  let text = '';
  for (const child of named(node)) {
    if (child.type === 'string_content') text += child.text;
    else if (child.type === 'escape_sequence') text += unescape(child.text);
    else if (child.type === 'interpolation') {
      if (text) parts.push(text);
      text = '';
      const inner = named(child)[0];
      parts.push(inner ? bicepValue(inner) : { expr: child.text });
    } else return { expr: node.text };
  }
  if (parts.length === 0) return text;
  if (text) parts.push(text);
  return { expr: node.text, interpolation: parts };
}

function refOf(node: Node): string[] | undefined {
  if (node.type === 'identifier') return [node.text];
  if (node.type !== 'member_expression') return undefined;
  const [object, property] = named(node);
  const base = object ? refOf(object) : undefined;
  return base && property ? [...base, property.text] : undefined;
}

/** The value of a Bicep expression node (see {@link BicepJson}). */
export function bicepValue(node: Node): BicepJson {
  switch (node.type) {
    case 'object': {
      const out: Record<string, BicepJson> = {};
      for (const property of named(node)) {
        if (property.type !== 'object_property') continue;
        const [key, value] = named(property);
        if (!key || !value) continue;
        const name = key.type === 'string' ? stringValue(key) : key.text;
        out[typeof name === 'string' ? name : key.text] = bicepValue(value);
      }
      return out;
    }
    case 'array':
      return named(node).map(bicepValue);
    case 'string':
      return stringValue(node);
    case 'number':
      return Number(node.text);
    case 'boolean':
      return node.text === 'true';
    case 'null':
      return null;
    case 'parenthesized_expression': {
      const inner = named(node)[0];
      return inner ? bicepValue(inner) : { expr: node.text };
    }
    case 'call_expression': {
      const [name, args] = named(node);
      return {
        expr: node.text,
        call: { name: name?.text ?? '', args: args ? named(args).map(bicepValue) : [] },
      };
    }
    default: {
      const ref = refOf(node);
      return ref ? { expr: node.text, ref } : { expr: node.text };
    }
  }
}

/** A `resource` or `module` declaration of a Bicep file, as tree-sitter reads it. */
export interface BicepDeclaration {
  readonly kind: 'resource' | 'module';
  readonly symbol: string;
  /** Resource type without the API version, or the module's file. */
  readonly type: string;
  readonly existing: boolean;
  /** `if (…)` of a conditional declaration. */
  readonly condition?: BicepJson;
  readonly body: BicepJson;
}

/** The parameters (with their defaults), variables and declarations of a Bicep file. */
export interface BicepFile {
  readonly params: ReadonlyMap<string, BicepJson | undefined>;
  readonly variables: ReadonlyMap<string, BicepJson>;
  readonly declarations: readonly BicepDeclaration[];
}

/** Reads a Bicep file's top-level declarations with tree-sitter-bicep. */
export async function bicepFile(host: ParserHost, source: string): Promise<BicepFile> {
  bicepParser ??= loadBicep(host);
  const tree = (await bicepParser).parse(source);
  const params = new Map<string, BicepJson | undefined>();
  const variables = new Map<string, BicepJson>();
  const declarations: BicepDeclaration[] = [];
  if (!tree) return { params, variables, declarations };
  for (const node of named(tree.rootNode)) {
    const children = named(node);
    const symbol = children.find((child) => child.type === 'identifier')?.text ?? '';
    const last = children.at(-1);
    if (node.type === 'parameter_declaration') {
      params.set(symbol, last && last.type !== 'type' && last !== children[0] ? bicepValue(last) : undefined);
    } else if (node.type === 'variable_declaration') {
      if (last) variables.set(symbol, bicepValue(last));
    } else if (node.type === 'resource_declaration' || node.type === 'module_declaration') {
      const typeNode = children.find((child) => child.type === 'string');
      const type = (typeNode?.text ?? '').slice(1, -1).split('@')[0] ?? '';
      const existing = node.children.some((child) => child?.text === 'existing');
      const conditional = last?.type === 'if_statement' ? named(last) : undefined;
      const condition = conditional?.[0];
      const body = conditional ? conditional.at(-1) : last;
      declarations.push({
        kind: node.type === 'module_declaration' ? 'module' : 'resource',
        symbol,
        type,
        existing,
        ...(condition ? { condition: bicepValue(condition) } : {}),
        body: body ? bicepValue(body) : null,
      });
    }
  }
  tree.delete();
  return { params, variables, declarations };
}

/** The resource declarations of a Bicep file, as tree-sitter reads them. */
export async function bicepResources(host: ParserHost, source: string): Promise<BicepDeclaration[]> {
  return (await bicepFile(host, source)).declarations.filter((d) => d.kind === 'resource');
}

/**
 * The values of a `.bicepparam` file's `param name = value` lines. tree-sitter-bicep has no rule for
 * them, so each is read as `var name = value` (same expression grammar).
 */
export async function bicepParamValues(host: ParserHost, source: string): Promise<Map<string, BicepJson>> {
  const file = await bicepFile(host, source.replace(/^param (\w+) = /gm, 'var $1 = '));
  return new Map(file.variables);
}
