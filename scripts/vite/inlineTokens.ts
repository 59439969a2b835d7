import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { parseAst, type Plugin } from 'vite';
import { walk, type Node } from './ast.ts';

/** Packages that export Fluent's `tokens` object (each re-exports the one of `@fluentui/tokens`). */
const TOKEN_PACKAGES = new Set(['@fluentui/react-components', '@fluentui/react-theme', '@fluentui/tokens']);

/** `@fluentui/tokens`' own file defining `tokens`, which its other files import by relative path. */
const TOKENS_FILE = /[\\/]@fluentui[\\/]tokens[\\/]lib[\\/]tokens(?:\.js)?$/;

/** The CSS value of every Fluent token by name, e.g. `colorNeutralForeground1` → `var(--colorNeutralForeground1)`. */
export function fluentTokenValues(): ReadonlyMap<string, string> {
  const { tokens } = createRequire(import.meta.url)('@fluentui/tokens') as {
    tokens: Record<string, unknown>;
  };
  return new Map(
    Object.entries(tokens).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** An identifier that names a property, a label or an export rather than reading a variable. */
function isNameOnly(parent: Node | undefined, field: string): boolean {
  if (!parent) return false;
  switch (parent.type) {
    case 'MemberExpression':
      return field === 'property' && !parent.computed;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return field === 'key' && !parent.computed && !parent.shorthand;
    case 'ImportSpecifier':
      return field === 'imported';
    case 'ExportSpecifier':
      return field === 'exported';
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return field === 'label';
    default:
      return false;
  }
}

/** Whether the module `id` importing from `source` gets Fluent's `tokens` object. */
function tokensImportSource(source: string, id: string): boolean {
  if (TOKEN_PACKAGES.has(source)) return true;
  return source.startsWith('.') && TOKENS_FILE.test(resolve(dirname(id), source).split(sep).join('/'));
}

/**
 * Replaces each read `tokens.<name>` of Fluent's `tokens` object in `code` by its value, the string
 * `"var(--<name>)"`. Build-time style resolution (Griffel's ahead-of-time mode) leaves some such reads
 * behind at the top level of Fluent's style files (`const textPadding = tokens.spacingHorizontalXXS;`),
 * unused; a bundler can't drop a property read (it might run a getter), so those reads alone keep the
 * whole object, 460 tokens, in the first load. As string literals they are dropped, and so is the object
 * when nothing else reads it. A module that uses the name `tokens` in any other way (passes the object on,
 * reads it by a computed key, or declares a variable of that name) is left as it is. Returns undefined when
 * nothing changed.
 */
export function inlineTokenReads(
  code: string,
  id: string,
  values: ReadonlyMap<string, string>,
): string | undefined {
  if (!code.includes('tokens')) return undefined;
  const program = parseAst(code, { lang: 'js' }) as unknown as Node;
  const locals = new Set<string>();
  const importNames = new Set<Node>();
  for (const statement of program.body as Node[]) {
    if (statement.type !== 'ImportDeclaration') continue;
    const source = (statement.source as { value: string }).value;
    if (!tokensImportSource(source, id)) continue;
    for (const specifier of statement.specifiers as Node[]) {
      const imported = specifier.imported as { name?: string; value?: string } | undefined;
      if (specifier.type !== 'ImportSpecifier' || (imported?.name ?? imported?.value) !== 'tokens') continue;
      const local = specifier.local as Node & { name: string };
      locals.add(local.name);
      importNames.add(local);
    }
  }
  if (locals.size === 0) return undefined;

  const reads: { start: number; end: number; value: string }[] = [];
  const used = new Set<Node>();
  let otherUse = false;
  walk(program, (node, parent, field) => {
    if (node.type === 'MemberExpression' && !node.computed) {
      const object = node.object as Node & { name?: string };
      const property = node.property as Node & { name?: string };
      const value = property.name === undefined ? undefined : values.get(property.name);
      const written =
        (parent?.type === 'AssignmentExpression' && field === 'left') ||
        parent?.type === 'UpdateExpression' ||
        (parent?.type === 'UnaryExpression' && parent.operator === 'delete') ||
        (parent?.type === 'CallExpression' && field === 'callee');
      if (object.type === 'Identifier' && locals.has(object.name ?? '') && value !== undefined && !written) {
        reads.push({ start: node.start, end: node.end, value });
        used.add(object);
      }
    }
    if (
      node.type === 'Identifier' &&
      locals.has((node as { name?: string }).name ?? '') &&
      !importNames.has(node) &&
      !used.has(node) &&
      !isNameOnly(parent, field)
    ) {
      otherUse = true;
    }
  });
  // The walk sees a member expression before its object, so `used` holds every replaced read's object by now.
  if (otherUse || reads.length === 0) return undefined;
  let result = code;
  for (const read of reads.sort((a, b) => b.start - a.start)) {
    result = `${result.slice(0, read.start)}${JSON.stringify(read.value)}${result.slice(read.end)}`;
  }
  return result;
}

/** Build plugin applying {@link inlineTokenReads} to every module, after Griffel has resolved the styles. */
export function inlineFluentTokens(): Plugin {
  let values: ReadonlyMap<string, string> | undefined;
  return {
    name: 'aml-inline-fluent-tokens',
    apply: 'build',
    enforce: 'post',
    transform: {
      filter: { code: 'tokens' },
      handler(code, id) {
        if (id.startsWith('\0') || !/\.[cm]?[jt]sx?(?:\?|$)/.test(id)) return undefined;
        values ??= fluentTokenValues();
        const result = inlineTokenReads(code, id.replace(/\?.*$/, ''), values);
        return result === undefined ? undefined : { code: result, map: null };
      },
    },
  };
}
