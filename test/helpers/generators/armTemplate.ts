/**
 * Test-only: reads an ARM template back the way Azure Resource Manager would evaluate it with its
 * parameters' default values: a small parser for the template expression language and an evaluator
 * for the functions the generated templates use (`parameters`, `variables`, `resourceId`, `format`,
 * `union`, `concat`, `createObject`). What it cannot evaluate (e.g. `reference(…)`, a resource's
 * current state) stays an {@link Unresolved} placeholder with its source text, so comparisons see
 * "an expression" rather than a guessed value.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions
 */

type Json = Record<string, unknown>;

/** A value the evaluator could not compute: the expression's text. */
export interface Unresolved {
  readonly expr: string;
}

export const isUnresolved = (value: unknown): value is Unresolved =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 1 &&
  typeof (value as { expr?: unknown }).expr === 'string';

/** `/subscriptions/s/resourceGroups/g/providers/A.B/t1/n1/t2/n2` of a type and its name segments. */
export function armId(subscription: string, group: string, type: string, names: readonly string[]): string {
  const [namespace, ...types] = type.split('/');
  const path = types.flatMap((t, i) => [t, names[i] ?? '']).join('/');
  return `/subscriptions/${subscription}/resourceGroups/${group}/providers/${namespace}/${path}`;
}

/** Where expressions are evaluated: the template's parameters and variables, and its deployment scope. */
export interface ArmScope {
  readonly params: (key: string) => unknown;
  readonly variables?: (key: string) => unknown;
  readonly subscription: string;
  readonly group: string;
}

type Node =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'member'; target: Node; name: string }
  | { kind: 'index'; target: Node; index: Node };

/** Parses the inside of `[…]`: function calls, string and number literals, `.name` and `[i]` access. */
export function parseArmExpression(text: string): Node {
  let at = 0;
  const space = () => {
    while (/\s/.test(text[at] ?? '')) at += 1;
  };
  const expect = (char: string) => {
    space();
    if (text[at] !== char) throw new Error(`Expected ${char} at ${at} in ${text}`);
    at += 1;
  };
  const primary = (): Node => {
    space();
    if (text[at] === "'") {
      let value = '';
      at += 1;
      for (;;) {
        const char = text[at];
        if (char === undefined) throw new Error(`Unterminated string in ${text}`);
        if (char === "'" && text[at + 1] === "'") {
          value += "'";
          at += 2;
        } else if (char === "'") {
          at += 1;
          return { kind: 'string', value };
        } else {
          value += char;
          at += 1;
        }
      }
    }
    const number = /^-?\d+/.exec(text.slice(at));
    if (number) {
      at += number[0].length;
      return { kind: 'number', value: Number(number[0]) };
    }
    const name = /^[A-Za-z_][\w.]*/.exec(text.slice(at))?.[0];
    if (!name) throw new Error(`Unexpected ${text.slice(at, at + 10)} in ${text}`);
    at += name.length;
    expect('(');
    const args: Node[] = [];
    space();
    if (text[at] === ')') at += 1;
    else {
      for (;;) {
        args.push(expression());
        space();
        if (text[at] === ',') at += 1;
        else break;
      }
      expect(')');
    }
    return { kind: 'call', name, args };
  };
  const expression = (): Node => {
    let node = primary();
    for (;;) {
      space();
      if (text[at] === '.') {
        at += 1;
        const name = /^[A-Za-z_]\w*/.exec(text.slice(at))?.[0] ?? '';
        at += name.length;
        node = { kind: 'member', target: node, name };
      } else if (text[at] === '[') {
        at += 1;
        const index = expression();
        expect(']');
        node = { kind: 'index', target: node, index };
      } else return node;
    }
  };
  const node = expression();
  space();
  if (at !== text.length) throw new Error(`Unexpected ${text.slice(at)} in ${text}`);
  return node;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnresolved(value);

function evaluateNode(node: Node, scope: ArmScope, source: string): unknown {
  const unresolved: Unresolved = { expr: source };
  switch (node.kind) {
    case 'string':
    case 'number':
      return node.value;
    case 'member': {
      const target = evaluateNode(node.target, scope, source);
      return isObject(target) && node.name in target ? target[node.name] : unresolved;
    }
    case 'index': {
      const target = evaluateNode(node.target, scope, source);
      const index = evaluateNode(node.index, scope, source);
      return (typeof index === 'number' || typeof index === 'string') &&
        (Array.isArray(target) || isObject(target))
        ? ((target as Record<string | number, unknown>)[index] ?? unresolved)
        : unresolved;
    }
    case 'call':
      break;
  }
  const args = node.args.map((arg) => evaluateNode(arg, scope, source));
  const text = (value: unknown) => (typeof value === 'string' ? value : String(value));
  switch (node.name.toLowerCase()) {
    case 'parameters':
      return scope.params(text(args[0])) ?? unresolved;
    case 'variables':
      return scope.variables?.(text(args[0])) ?? unresolved;
    case 'format':
      return text(args[0]).replace(/\{(\d+)\}/g, (_, i: string) => text(args[Number(i) + 1]));
    case 'concat':
      return args.every((arg) => Array.isArray(arg)) ? args.flat() : args.map(text).join('');
    case 'createobject': {
      const out: Json = {};
      for (let i = 0; i + 1 < args.length; i += 2) out[text(args[i])] = args[i + 1];
      return out;
    }
    case 'union':
      // `union(current, changes)` of an update: the current state is not known here, the changes are.
      return Object.assign({}, ...args.filter(isObject)) as Json;
    case 'resourceid': {
      if (args.some(isUnresolved)) return unresolved;
      const typeAt = args.findIndex((arg) => /^[A-Za-z]+\.[A-Za-z.]+\//.test(text(arg)));
      const [subscription, group] =
        typeAt === 2
          ? [text(args[0]), text(args[1])]
          : typeAt === 1
            ? [scope.subscription, text(args[0])]
            : [scope.subscription, scope.group];
      return armId(subscription, group, text(args[typeAt]), args.slice(typeAt + 1).map(text));
    }
    default:
      return unresolved;
  }
}

/** One value of a template: a literal as it is, an expression (`[…]`) evaluated, `[[` unescaped. */
export function armValue(value: unknown, scope: ArmScope): unknown {
  if (typeof value !== 'string' || !value.startsWith('[') || !value.endsWith(']')) return value;
  if (value.startsWith('[[')) return value.slice(1);
  return evaluateNode(parseArmExpression(value.slice(1, -1)), scope, value);
}

/** A value with every expression in it evaluated (objects and arrays member by member). */
export function armDeep(value: unknown, scope: ArmScope): unknown {
  const evaluated = armValue(value, scope);
  if (Array.isArray(evaluated)) return evaluated.map((item) => armDeep(item, scope));
  if (isObject(evaluated))
    return Object.fromEntries(Object.entries(evaluated).map(([key, item]) => [key, armDeep(item, scope)]));
  return evaluated;
}

export interface ArmResource {
  readonly type: string;
  readonly name: string;
  readonly location?: unknown;
  readonly subscriptionId?: string;
  readonly resourceGroup?: string;
  readonly condition?: unknown;
  readonly sku?: Json;
  readonly properties?: Json;
}

interface ArmTemplateJson {
  parameters?: Record<string, { defaultValue?: unknown }>;
  variables?: Json;
  resources: ArmResource[];
}

/**
 * Every resource of a template and its nested deployments, each with the scope its expressions are
 * evaluated in (the top template's parameters at their defaults; a nested one's as passed to it).
 */
export function armResources(
  content: string,
  subscription: string,
  group: string,
): { r: ArmResource; s: ArmScope }[] {
  const top = JSON.parse(content) as ArmTemplateJson;
  const out: { r: ArmResource; s: ArmScope }[] = [];
  const walk = (template: ArmTemplateJson, scope: ArmScope): void => {
    for (const r of template.resources) {
      out.push({ r, s: scope });
      if (r.type !== 'Microsoft.Resources/deployments') continue;
      const props = r.properties ?? {};
      const passed = (props.parameters ?? {}) as Record<string, { value: unknown }>;
      const inner = props.template as ArmTemplateJson;
      const innerScope: ArmScope = {
        params: (key) => armDeep(passed[key]?.value, scope),
        variables: (key) => armDeep(inner.variables?.[key], innerScope),
        subscription: String(armValue(r.subscriptionId, scope) ?? scope.subscription),
        group: String(armValue(r.resourceGroup, scope) ?? scope.group),
      };
      walk(inner, innerScope);
    }
  };
  const topScope: ArmScope = {
    params: (key) => top.parameters?.[key]?.defaultValue,
    variables: (key) => armDeep(top.variables?.[key], topScope),
    subscription,
    group,
  };
  walk(top, topScope);
  return out;
}
