import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { walk, type Node } from './ast.ts';
import {
  markGriffelStyles,
  renderStyleElements,
  settleMarkedRules,
  type RulesByBucket,
} from './extractGriffelCss.ts';

const require = createRequire(import.meta.url);

/** A file of a Fluent package as it ships: its styles already resolved by Griffel at Fluent's build. */
function fluentFile(packageName: string, path: string): { id: string; code: string } {
  const id = join(dirname(require.resolve(`${packageName}/package.json`)), path);
  return { id, code: readFileSync(id, 'utf8') };
}

/** The names every call in `code` calls, read by a JavaScript parser. */
function calledNames(code: string): string[] {
  const names: string[] = [];
  walk(parseAst(code, { lang: 'js' }) as unknown as Node, (node) => {
    const callee = node.callee as (Node & { name?: string }) | undefined;
    if (node.type === 'CallExpression' && callee?.type === 'Identifier') names.push(callee.name ?? '');
  });
  return names;
}

const RADIO = fluentFile('@fluentui/react-radio', 'lib/components/Radio/useRadioStyles.styles.js');

/** The rules objects passed to Griffel in `code`, read by a JavaScript parser and evaluated. */
function rulesArguments(code: string): unknown[] {
  const found: unknown[] = [];
  walk(parseAst(code, { lang: 'js' }) as unknown as Node, (node) => {
    const callee = node.callee as (Node & { name?: string }) | undefined;
    if (node.type !== 'CallExpression' || callee?.type !== 'Identifier') return;
    const args = node.arguments as Node[];
    const rules =
      callee.name === '__styles' ? args[1] : callee.name === '__resetStyles' ? args[2] : undefined;
    if (rules) found.push(new Function(`return (${code.slice(rules.start, rules.end)});`)());
  });
  return found;
}

describe('markGriffelStyles', () => {
  it("reads a Fluent component's rules and marks each rules argument with the module's key", () => {
    const result = markGriffelStyles(RADIO.code, RADIO.id, 7);
    // The reset rule that greys an unchecked radio's label, more specific than any atomic class.
    expect(result?.rules.r).toContain(
      '.rg1upok:enabled:not(:checked)~.fui-Radio__label{color:var(--colorNeutralForeground3);}',
    );
    const marked = rulesArguments(result?.code ?? '');
    expect(marked.length).toBe(
      calledNames(RADIO.code).filter((name) => /^__(reset)?[sS]tyles$/.test(name)).length,
    );
    for (const rules of marked) expect(rules).toMatchObject({ 'griffel-rules:7': 0 });
    // A reset style's array of rules is now the object form Griffel also takes.
    expect(marked).toContainEqual(
      expect.objectContaining({ r: expect.arrayContaining([expect.stringMatching(/^\.rwtekvw\{/)]) }),
    );
  });

  it("reads modules that import Griffel's core, as Fluent's provider does", () => {
    const provider = fluentFile(
      '@fluentui/react-provider',
      'lib/components/FluentProvider/useFluentProviderStyles.styles.js',
    );
    expect(markGriffelStyles(provider.code, provider.id, 0)?.rules.d).toContain(
      '.fkhj508{font-size:var(--fontSizeBase300);}',
    );
  });

  it('keeps the media query and priority of each rule', () => {
    const code = [
      "import { __styles } from '@fluentui/react-components';",
      'export const useStyles = __styles({ root: { a: "f1" } }, {',
      '  d: [[".f0{padding:0;}", { p: -1 }], ".f1{color:red;}"],',
      '  m: [["@media (max-width: 47.99rem){.f2{color:blue;}}", { m: "(max-width: 47.99rem)" }]],',
      '});',
    ].join('\n');
    const result = markGriffelStyles(code, '/app/src/a.styles.ts', 3);
    expect(result?.rules).toEqual({
      d: [['.f0{padding:0;}', { p: -1 }], '.f1{color:red;}'],
      m: [['@media (max-width: 47.99rem){.f2{color:blue;}}', { m: '(max-width: 47.99rem)' }]],
    });
    expect(rulesArguments(result?.code ?? '')).toEqual([{ 'griffel-rules:3': 0, ...result?.rules }]);
  });

  it('leaves a module without Griffel calls alone', () => {
    expect(markGriffelStyles('export const __styles = 1;', '/app/src/b.ts', 0)).toBeUndefined();
  });

  it("refuses rules it can't read, naming the module, rather than leave a page without them", () => {
    const code =
      "import { __styles } from '@griffel/react';\nconst rules = {};\nexport const u = __styles({}, rules);";
    expect(() => markGriffelStyles(code, '/app/src/c.styles.ts', 0)).toThrow(
      /\/app\/src\/c\.styles\.ts:\d+: __styles's rules are not a literal/,
    );
  });
});

describe('settleMarkedRules', () => {
  // As the bundler prints a chunk: the modules' marked calls, under whatever names it gave the imports.
  const chunk = [
    'const a = s({ root: { x: "f1" } }, { "griffel-rules:1": 0, d: [".f1{color:red;}"] });',
    'const b = r("r1", null, { "griffel-rules:2": 0, r: [".r1{margin:0;}"] });',
    'const c = s({}, { "griffel-rules:3": 0 });',
  ].join('\n');

  it("empties the rules of the modules written into the page and unmarks the others'", () => {
    const result = settleMarkedRules(chunk, (key) => key === 1);
    expect(result?.keys.sort()).toEqual([1, 2, 3]);
    expect(result?.code).toBe(
      [
        'const a = s({ root: { x: "f1" } }, {});',
        'const b = r("r1", null, {r: [".r1{margin:0;}"] });',
        'const c = s({}, {});',
      ].join('\n'),
    );
    expect(result?.code).not.toContain('griffel-rules');
  });

  it('leaves a chunk without marks alone', () => {
    expect(settleMarkedRules('export const a = { "griffel": 1 };', () => true)).toBeUndefined();
  });
});

describe('renderStyleElements', () => {
  const first: RulesByBucket = {
    d: ['.f1{color:red;}'],
    h: ['.f3:hover{color:green;}'],
    r: ['.r1{color:black;}'],
  };
  const second: RulesByBucket = {
    d: ['.f1{color:red;}', ['.f0{padding:0;}', { p: -1 }]],
    m: [['@media (max-width: 47.99rem){.f2{color:blue;}}', { m: '(max-width: 47.99rem)' }]],
  };

  it("writes one style element per bucket, in Griffel's order, each rule once", () => {
    const html = renderStyleElements(
      new Map([
        ['/app/a.js', first],
        ['/app/b.js', second],
      ]),
    );
    const order = [
      '<style data-make-styles-bucket="r" data-priority="0"',
      '<style data-make-styles-bucket="d" data-priority="-1"',
      '<style data-make-styles-bucket="d" data-priority="0"',
      '<style data-make-styles-bucket="h" data-priority="0"',
      '<style media="(max-width: 47.99rem)" data-make-styles-bucket="m" data-priority="0"',
    ].map((element) => html.indexOf(element));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html.split('.f1{color:red;}')).toHaveLength(2);
  });

  it('is the same whatever order the modules were transformed in', () => {
    const forward = renderStyleElements(
      new Map([
        ['/app/a.js', first],
        ['/app/b.js', second],
      ]),
    );
    const backward = renderStyleElements(
      new Map([
        ['/app/b.js', second],
        ['/app/a.js', first],
      ]),
    );
    expect(backward).toBe(forward);
  });
});
