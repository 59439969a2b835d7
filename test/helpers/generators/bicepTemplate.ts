/**
 * Test-only: reads a bundle's Bicep files back (with tree-sitter-bicep, see `bicepFile`) the way a
 * deployment with the `.bicepparam` values would evaluate them: parameters, module parameters and
 * scopes, `parent`, `symbol.id`, and the functions the generated files use (`resourceId`, `format`,
 * `union`, `concat`, `resourceGroup`). What it cannot evaluate stays an `Unresolved` placeholder
 * with its source text, as in `armTemplate.ts`.
 */
import { armId, type Unresolved } from './armTemplate.ts';
import { bicepFile, bicepParamValues, isBicepExpr, type BicepJson, type ParserHost } from './parsers.ts';

type Json = Record<string, unknown>;

/** A deployed (not `existing`) resource of the Bicep files, its body evaluated. */
export interface BicepDeployed {
  readonly type: string;
  /** Full name: the parent's segments, then its own. */
  readonly name: string;
  readonly subscription: string;
  readonly group: string;
  readonly conditional: boolean;
  /** The declaration's body without `name`, `parent`, `scope` and `dependsOn`, evaluated. */
  readonly body: Json;
}

interface Scope {
  readonly subscription: string;
  readonly group: string;
}

interface SymbolInfo {
  readonly type: string;
  readonly names: string[];
  readonly scope: Scope;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

class FileEvaluator {
  readonly symbols = new Map<string, SymbolInfo>();

  constructor(
    private readonly values: ReadonlyMap<string, unknown>,
    private readonly variables: ReadonlyMap<string, BicepJson>,
    readonly scope: Scope,
  ) {}

  value(node: BicepJson | undefined): unknown {
    if (node === undefined) return undefined;
    if (Array.isArray(node)) return node.map((item: BicepJson) => this.value(item));
    if (!isObject(node)) return node;
    if (!isBicepExpr(node))
      return Object.fromEntries(
        Object.entries(node).map(([key, item]) => [key, this.value(item as BicepJson)]),
      );
    const unresolved: Unresolved = { expr: node.expr };
    if (node.interpolation) {
      const parts = node.interpolation.map((part) => this.value(part));
      return parts.every((part) => typeof part !== 'object') ? parts.map(String).join('') : unresolved;
    }
    if (node.ref) {
      const [head = '', ...path] = node.ref;
      if (path.length === 0) {
        if (this.values.has(head)) return this.values.get(head) ?? unresolved;
        const variable = this.variables.get(head);
        return variable === undefined ? unresolved : this.value(variable);
      }
      const symbol = this.symbols.get(head);
      if (symbol && path.length === 1 && path[0] === 'id')
        return armId(symbol.scope.subscription, symbol.scope.group, symbol.type, symbol.names);
      if (symbol && path.length === 1 && path[0] === 'name') return symbol.names.at(-1);
      return unresolved;
    }
    if (node.call) return this.call(node.call.name, node.call.args, unresolved);
    return unresolved;
  }

  private call(name: string, nodes: readonly BicepJson[], unresolved: Unresolved): unknown {
    const args = nodes.map((arg) => this.value(arg));
    const known = args.every((arg) => !(isObject(arg) && 'expr' in arg));
    switch (name) {
      case 'resourceGroup':
        if (!known) return unresolved;
        return args.length === 2
          ? { subscription: text(args[0]), group: text(args[1]) }
          : { subscription: this.scope.subscription, group: text(args[0] ?? this.scope.group) };
      case 'resourceId': {
        if (!known) return unresolved;
        const typeAt = args.findIndex((arg) => /^[A-Za-z]+\.[A-Za-z.]+\//.test(text(arg)));
        const [subscription, group] =
          typeAt === 2
            ? [text(args[0]), text(args[1])]
            : typeAt === 1
              ? [this.scope.subscription, text(args[0])]
              : [this.scope.subscription, this.scope.group];
        return armId(subscription, group, text(args[typeAt]), args.slice(typeAt + 1).map(text));
      }
      case 'format':
        return known
          ? text(args[0]).replace(/\{(\d+)\}/g, (_, i: string) => text(args[Number(i) + 1]))
          : unresolved;
      case 'concat':
        if (!known) return unresolved;
        return args.every((arg) => Array.isArray(arg)) ? args.flat() : args.map(text).join('');
      case 'union':
        // `union(current, changes)` of an update: the current state is not known here, the changes are.
        return Object.assign({}, ...args.filter((arg) => isObject(arg) && !('expr' in arg))) as Json;
      default:
        return unresolved;
    }
  }
}

const DROPPED = new Set(['name', 'parent', 'scope', 'dependsOn']);

/**
 * The resources a bundle's Bicep files deploy, entry `main.bicep` with the values of `main.bicepparam`
 * (a parameter it leaves to the environment keeps the file's default or stays unresolved).
 */
export async function bicepDeployed(
  host: ParserHost,
  files: readonly { name: string; content: string }[],
  scope: Scope,
): Promise<BicepDeployed[]> {
  const source = (name: string) => files.find((f) => f.name === name)?.content;
  const paramFile = source('main.bicepparam');
  const given = paramFile ? await bicepParamValues(host, paramFile) : new Map<string, BicepJson>();
  const out: BicepDeployed[] = [];
  const evaluate = async (name: string, passed: ReadonlyMap<string, unknown>, at: Scope): Promise<void> => {
    const content = source(name);
    if (content === undefined) throw new Error(`No ${name} in the bundle.`);
    const file = await bicepFile(host, content);
    const values = new Map<string, unknown>();
    const defaults = new FileEvaluator(new Map(), file.variables, at);
    for (const [param, fallback] of file.params)
      values.set(param, passed.has(param) ? passed.get(param) : defaults.value(fallback ?? undefined));
    const evaluator = new FileEvaluator(values, file.variables, at);
    for (const d of file.declarations) {
      const body = isObject(d.body) ? (d.body as Record<string, BicepJson>) : {};
      if (d.kind === 'module') {
        const moduleScope = body.scope === undefined ? at : evaluator.value(body.scope);
        const inner =
          isObject(moduleScope) && 'group' in moduleScope ? (moduleScope as unknown as Scope) : at;
        const params = isObject(body.params) ? (body.params as Record<string, BicepJson>) : {};
        const innerValues = new Map(Object.entries(params).map(([key, v]) => [key, evaluator.value(v)]));
        await evaluate(d.type, innerValues, inner);
        continue;
      }
      const parentRef = isBicepExpr(body.parent) ? body.parent.ref?.[0] : undefined;
      const parent = parentRef ? evaluator.symbols.get(parentRef) : undefined;
      const declaredScope = body.scope === undefined ? undefined : evaluator.value(body.scope);
      const where =
        parent?.scope ??
        (isObject(declaredScope) && 'group' in declaredScope ? (declaredScope as unknown as Scope) : at);
      const own = text(evaluator.value(body.name));
      const names = parent ? [...parent.names, own] : own.split('/');
      evaluator.symbols.set(d.symbol, { type: d.type, names, scope: where });
      if (d.existing) continue;
      out.push({
        type: d.type,
        name: names.join('/'),
        subscription: where.subscription,
        group: where.group,
        conditional: d.condition !== undefined,
        body: Object.fromEntries(
          Object.entries(body)
            .filter(([key]) => !DROPPED.has(key))
            .map(([key, value]) => [key, evaluator.value(value)]),
        ),
      });
    }
  };
  const top = new Map<string, unknown>();
  const topEvaluator = new FileEvaluator(new Map(), new Map(), scope);
  for (const [name, value] of given) {
    const evaluated = topEvaluator.value(value);
    // `readEnvironmentVariable(…)` and other expressions: the deployment's environment decides.
    if (!(isObject(evaluated) && 'expr' in evaluated)) top.set(name, evaluated);
  }
  await evaluate('main.bicep', top, scope);
  return out;
}
