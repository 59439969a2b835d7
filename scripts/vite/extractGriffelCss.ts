import { createDOMRenderer, styleBucketOrdering, type CSSRulesByBucket } from '@griffel/core';
import { renderToStyleElements } from '@griffel/react';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseAst, type Plugin } from 'vite';
import { walk, type Node } from './ast.ts';

/**
 * Griffel's build-time output, `__styles(classes, rules)` and `__resetStyles(ltr, rtl, rules)`, carries each
 * style's CSS as strings that the page parses as script and then inserts rule by rule while it renders.
 * This build step writes the rules of the modules a first visit loads into the page instead, as Griffel's
 * own server rendering does (`renderToStyleElements`): one `<style>` per bucket (reset, plain, :link, …
 * :hover, :active, @media …) and priority, in Griffel's order, with the attributes its renderer reads. Those
 * modules call Griffel with no rules left. Parts loaded later keep theirs, and Griffel inserts them into
 * elements it places among the page's by the same order, so the cascade is the one it builds at run time.
 * (Separate stylesheets couldn't keep Griffel's order, and cascade layers would change it: a layer outranks
 * a more specific selector, which Fluent's reset styles rely on.) The page's rules aren't read back
 * (`RendererProvider`'s rehydration): that would bring a CSS parser into the first load and run it before
 * the first render. A later part may insert a rule the page already has; in the same bucket, it changes
 * nothing.
 *
 * How: each module's rules objects get a first property `"griffel-rules:<n>": 0` naming the module. Once
 * the bundle's chunks are known, the marker goes, and so do the rules of every module loaded with the page.
 */

/** Where Griffel's build-time functions are imported from: Fluent's packages and the app's own styles. */
const GRIFFEL_SOURCES = new Set(['@griffel/react', '@fluentui/react-components', '@griffel/core']);

const MARKER = /^griffel-rules:(\d+)$/;

type Literal = string | number | boolean | null | readonly Literal[] | { readonly [key: string]: Literal };

class NotLiteral extends Error {}

/** The value of a literal expression (objects, arrays, strings, numbers), as Griffel writes its build output. */
function literalValue(node: Node): Literal {
  switch (node.type) {
    case 'Literal': {
      const value = node.value as unknown;
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as Literal;
      break;
    }
    case 'TemplateLiteral':
      if ((node.expressions as Node[]).length === 0) {
        return (node.quasis as { value: { cooked: string } }[])[0]?.value.cooked ?? '';
      }
      break;
    case 'UnaryExpression': {
      const value = literalValue(node.argument as Node);
      if (node.operator === '-' && typeof value === 'number') return -value;
      break;
    }
    case 'ArrayExpression':
      return (node.elements as (Node | null)[]).map((element) => {
        if (element === null || element.type === 'SpreadElement') throw new NotLiteral();
        return literalValue(element);
      });
    case 'ObjectExpression': {
      const result: Record<string, Literal> = {};
      for (const property of node.properties as Node[]) {
        const key = property.key as Node & { name?: string; value?: unknown };
        if (property.type !== 'Property' || property.computed || property.kind !== 'init')
          throw new NotLiteral();
        const name = key.type === 'Identifier' ? key.name : key.value;
        if (typeof name !== 'string' && typeof name !== 'number') throw new NotLiteral();
        result[String(name)] = literalValue(property.value as Node);
      }
      return result;
    }
  }
  throw new NotLiteral();
}

/** One CSS rule as Griffel stores it: the text, or the text and where it belongs (`m` media, `p` priority). */
type StoredRule = string | readonly [string, Readonly<Record<string, string | number>>];

/** A module's rules by bucket, as Griffel's renderer takes them. */
export type RulesByBucket = Record<string, StoredRule[]>;

const isRule = (rule: Literal): rule is StoredRule =>
  typeof rule === 'string' ||
  (Array.isArray(rule) &&
    rule.length === 2 &&
    typeof rule[0] === 'string' &&
    typeof rule[1] === 'object' &&
    rule[1] !== null &&
    !Array.isArray(rule[1]));

/** Appends the rules of `byBucket` (bucket name → rules) to `into`; throws, saying where, on anything else. */
function collectRules(byBucket: Literal, into: RulesByBucket, where: string): void {
  if (typeof byBucket !== 'object' || byBucket === null || Array.isArray(byBucket)) {
    throw new Error(`${where}: Griffel's rules are not an object of buckets.`);
  }
  for (const [bucket, rules] of Object.entries(byBucket as Record<string, Literal>)) {
    if (!styleBucketOrdering.includes(bucket as never) || !Array.isArray(rules) || !rules.every(isRule)) {
      throw new Error(`${where}: unknown Griffel style bucket "${bucket}" or rule shape.`);
    }
    for (const rule of rules as StoredRule[]) {
      const text = typeof rule === 'string' ? rule : rule[0];
      // The rules are written into the page inside <style>: nothing in them may end that element.
      if (/<\/style/i.test(text)) throw new Error(`${where}: a Griffel rule contains "</style".`);
    }
    (into[bucket] ??= []).push(...(rules as StoredRule[]));
  }
}

export interface MarkedStyles {
  /** The module with the rules argument of each call marked with the module's key. */
  readonly code: string;
  /** The module's rules by bucket. */
  readonly rules: RulesByBucket;
}

/**
 * Reads the Griffel calls of one module and marks their rules with `key` (see the file's comment). Returns
 * undefined when the module has none; throws, naming the module, on a call it can't read.
 */
export function markGriffelStyles(code: string, id: string, key: number): MarkedStyles | undefined {
  if (!code.includes('__styles') && !code.includes('__resetStyles')) return undefined;
  const program = parseAst(code, { lang: 'js' }) as unknown as Node;
  const calls = new Map<string, '__styles' | '__resetStyles'>();
  for (const statement of program.body as Node[]) {
    if (statement.type !== 'ImportDeclaration') continue;
    if (!GRIFFEL_SOURCES.has((statement.source as { value: string }).value)) continue;
    for (const specifier of statement.specifiers as Node[]) {
      const imported = specifier.imported as { name?: string; value?: string } | undefined;
      const name = imported?.name ?? imported?.value;
      if (specifier.type === 'ImportSpecifier' && (name === '__styles' || name === '__resetStyles')) {
        calls.set((specifier.local as { name: string }).name, name);
      }
    }
  }
  if (calls.size === 0) return undefined;

  const collected: RulesByBucket = {};
  const marked: Node[] = [];
  walk(program, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = node.callee as Node & { name?: string };
    const kind = callee.type === 'Identifier' ? calls.get(callee.name ?? '') : undefined;
    if (kind === undefined) return;
    const args = node.arguments as Node[];
    const where = `${id}:${String(node.start)}`;
    const rulesIndex = kind === '__styles' ? 1 : 2;
    const rulesNode = args[rulesIndex];
    if (args.length !== rulesIndex + 1 || rulesNode === undefined) {
      throw new Error(
        `${where}: ${kind} called with ${String(args.length)} arguments; expected ${String(rulesIndex + 1)}.`,
      );
    }
    let rules: Literal;
    try {
      rules = literalValue(rulesNode);
    } catch (error) {
      if (!(error instanceof NotLiteral)) throw error;
      throw new Error(`${where}: ${kind}'s rules are not a literal; they can't be moved into the page.`, {
        cause: error,
      });
    }
    collectRules(kind === '__resetStyles' && Array.isArray(rules) ? { r: rules } : rules, collected, where);
    marked.push(rulesNode);
  });
  if (marked.length === 0) return undefined;

  // The marker is a property of the rules object: a bundler keeps it, as it keeps the object. A reset style's
  // array of rules becomes the object form Griffel also takes, `{ r: [...] }`.
  let rewritten = code;
  for (const node of marked.sort((a, b) => b.start - a.start)) {
    const marker = `"griffel-rules:${String(key)}": 0`;
    const text = rewritten.slice(node.start, node.end);
    const replaced =
      node.type === 'ArrayExpression'
        ? `{ ${marker}, r: ${text} }`
        : `{ ${marker}${(node.properties as Node[]).length > 0 ? ', ' : ''}${text.slice(1)}`;
    rewritten = `${rewritten.slice(0, node.start)}${replaced}${rewritten.slice(node.end)}`;
  }
  return { code: rewritten, rules: collected };
}

/**
 * Settles the marked rules of a bundled chunk: each becomes `{}` when `inPage(key)` (its module's rules are
 * written into the page) and the rules themselves otherwise. Returns the chunk and the keys it held, or
 * undefined when it held none.
 */
export function settleMarkedRules(
  code: string,
  inPage: (key: number) => boolean,
): { code: string; keys: number[] } | undefined {
  if (!code.includes('griffel-rules:')) return undefined;
  const edits: { start: number; end: number; text: string; key: number }[] = [];
  walk(parseAst(code, { lang: 'js' }) as unknown as Node, (node) => {
    if (node.type !== 'ObjectExpression') return;
    const [first, second] = node.properties as Node[];
    const name = (first?.key as (Node & { value?: unknown }) | undefined)?.value;
    const match = first?.type === 'Property' && typeof name === 'string' ? MARKER.exec(name) : null;
    if (!match) return;
    const key = Number(match[1]);
    const rest = second === undefined ? '}' : code.slice(second.start, node.end);
    edits.push({ start: node.start, end: node.end, text: inPage(key) ? '{}' : `{${rest}`, key });
  });
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = `${result.slice(0, edit.start)}${edit.text}${result.slice(edit.end)}`;
  }
  return { code: result, keys: edits.map((edit) => edit.key) };
}

/**
 * The `<style>` elements of every rule, as Griffel renders them on a server: its own renderer sorts them into
 * buckets, and its `renderToStyleElements` writes them. Modules go in by id, so the page is the same on
 * every build.
 */
export function renderStyleElements(rulesByModule: ReadonlyMap<string, RulesByBucket>): string {
  const renderer = createDOMRenderer(undefined);
  for (const id of [...rulesByModule.keys()].sort()) {
    renderer.insertCSSRules(rulesByModule.get(id) as CSSRulesByBucket);
  }
  return renderToStaticMarkup(createElement(Fragment, null, ...renderToStyleElements(renderer)));
}

/** The chunks a page loads at once: its entry chunk and every chunk imported statically, not with import(). */
function staticClosure(entry: string, importsOf: (file: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...importsOf(file));
  }
  return seen;
}

/**
 * Build plugin applying {@link markGriffelStyles} to every module after Griffel's own plugin, settling the
 * marks once the chunks are known, and writing the rules of the chunks the page loads at once into it.
 */
export function extractGriffelCss(): Plugin {
  const modules: { id: string; rules: RulesByBucket }[] = [];
  const settled = new Set<number>();
  const inPage = new Set<number>();
  return {
    name: 'aml-griffel-css',
    apply: 'build',
    enforce: 'post',
    transform: {
      filter: { code: /__styles|__resetStyles/ },
      handler(code, id) {
        if (id.startsWith('\0') || !/\.[cm]?[jt]sx?(?:\?|$)/.test(id) || /[\\/]@griffel[\\/]/.test(id)) {
          return undefined;
        }
        const result = markGriffelStyles(code, id.replace(/\?.*$/, ''), modules.length);
        if (result === undefined) return undefined;
        modules.push({ id, rules: result.rules });
        return { code: result.code, map: null };
      },
    },
    // Before Vite writes the pages (its own generateBundle runs the transformIndexHtml hooks below).
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        const chunks = new Map(
          Object.values(bundle).flatMap((output) =>
            output.type === 'chunk' ? [[output.fileName, output]] : [],
          ),
        );
        const entry = [...chunks.values()].find(
          (chunk) => chunk.isEntry && /(^|[\\/])index\.html$/.test(chunk.facadeModuleId ?? ''),
        );
        if (entry === undefined) throw new Error('The build has no index.html to write the styles into.');
        const withPage = staticClosure(entry.fileName, (file) => chunks.get(file)?.imports ?? []);
        for (const chunk of chunks.values()) {
          const loadedWithPage = withPage.has(chunk.fileName);
          const result = settleMarkedRules(chunk.code, () => loadedWithPage);
          if (result === undefined) continue;
          chunk.code = result.code;
          for (const key of result.keys) {
            settled.add(key);
            if (loadedWithPage) inPage.add(key);
          }
        }
      },
    },
    // 'post': in a build, once the chunks are written.
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // The sign-in redirect page shows nothing of the app.
        if (!/(^|[\\/])index\.html$/.test(context.filename)) return html;
        // Every module the bundle kept must have had its marks settled, or its chunk would carry them.
        const kept = new Set(
          Object.values(context.bundle ?? {}).flatMap((output) =>
            output.type === 'chunk' ? output.moduleIds : [],
          ),
        );
        const unsettled = modules.filter(({ id }, key) => kept.has(id) && !settled.has(key));
        if (unsettled.length > 0) {
          throw new Error(`Griffel rules of ${unsettled.map(({ id }) => id).join(', ')} were left marked.`);
        }
        const head = html.indexOf('</head>');
        if (head < 0) throw new Error('The page has no </head> to write the styles before.');
        const written = new Map(
          [...inPage].map((key) => [modules[key]?.id ?? '', modules[key]?.rules ?? {}]),
        );
        return `${html.slice(0, head)}${renderStyleElements(written)}\n  ${html.slice(head)}`;
      },
    },
  };
}
