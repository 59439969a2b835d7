import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  formatReport,
  htmlReferences,
  initialClosure,
  lazyOnlyLibraries,
  measure,
  staticImports,
} from './size.ts';

describe('htmlReferences', () => {
  it('finds module scripts and modulepreload links, and ignores everything else', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="/assets/index-a.js"></script>
      <script src="/legacy.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/core-b.js">
      <link rel="stylesheet" href="/assets/style.css">
      <link rel="modulepreload" href="./assets/vendor-c.js" />
      <script type="module" src="https://cdn.example.com/x.js"></script>
    </head>`;
    expect(htmlReferences(html)).toEqual({
      scripts: ['assets/index-a.js'],
      preloads: ['assets/core-b.js', 'assets/vendor-c.js'],
    });
  });
});

describe('staticImports', () => {
  it.each([
    ['import{n as e,t}from"./rt.js";', ['./rt.js']],
    ['import e from"./a.js";import*as b from"./b.js"', ['./a.js', './b.js']],
    ['import"./side.js";export{x}from"./re.js";export*from"./all.js"', ['./side.js', './re.js', './all.js']],
    ['import e,{f}from "./mixed.js"', ['./mixed.js']],
    ['const l=()=>import("./lazy.js");', []],
    ['export{a as b};const s="import";', []],
  ])('%s', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('initialClosure', () => {
  it('follows static imports, not dynamic ones, and survives cycles and missing files', () => {
    const files: Record<string, string> = {
      'assets/index.js': 'import{a}from"./core.js";const l=()=>import("./step.js");',
      'assets/core.js': 'import{b}from"./index.js";import"./gone.js";',
      'assets/step.js': 'import"./heavy.js"',
      'assets/heavy.js': '',
    };
    expect([...initialClosure(['assets/index.js'], (f) => files[f])].sort()).toEqual([
      'assets/core.js',
      'assets/index.js',
    ]);
  });
});

describe('measure', () => {
  let dir: string;
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const page = (preloads: string[]) =>
    `<script type="module" src="/assets/index.js"></script>` +
    preloads.map((href) => `<link rel="modulepreload" href="/assets/${href}">`).join('');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'size-test-'));
    write('assets/index.js', 'import{a}from"./core.js";const s=()=>import("./signin.js");');
    write('assets/core.js', 'export const a=1;');
    // As the minifier writes string literals: in backticks.
    write('assets/signin.js', 'const sku=`msal.js.browser`;');
    write('assets/highlight.js', "class E extends Error{name='ShikiError'}");
    write('assets/schema.js', 'i.has(`$ZodType`)');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes a small build whose lazy-only libraries load on demand', () => {
    write('index.html', page(['core.js']));
    const report = measure(dir);
    expect(report.problems).toEqual([]);
    expect(report.chunks.filter((c) => c.initial).map((c) => c.file)).toEqual([
      'assets/core.js',
      'assets/index.js',
    ]);
    expect(report.chunks.find((c) => c.file === 'assets/signin.js')?.lazyOnly).toEqual([
      '@azure/msal-browser (sign-in)',
    ]);
    expect(formatReport(report)).toMatch(/assets\/signin\.js .* on demand, @azure\/msal-browser/);
  });

  it('fails when a modulepreload brings sign-in, the highlighter or the schema into the initial load', () => {
    write('index.html', page(['signin.js', 'highlight.js', 'schema.js']));
    const problems = measure(dir).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/assets\/highlight\.js .*shiki/);
    expect(problems[1]).toMatch(/assets\/schema\.js .*zod/);
    expect(problems[2]).toMatch(/assets\/signin\.js .*msal/);
  });

  it('finds a marker only as a whole string literal', () => {
    expect(lazyOnlyLibraries('const a=`msal.js.browser`,b="ShikiError"')).toEqual([
      '@azure/msal-browser (sign-in)',
      'shiki (syntax highlighting)',
    ]);
    expect(lazyOnlyLibraries('// see msal.js.browser and $ZodType')).toEqual([]);
  });

  it('fails over budget, counting only initial chunks', () => {
    write('index.html', page([]));
    const report = measure(dir, 10);
    const initialGzip = report.chunks.filter((c) => c.initial).reduce((sum, c) => sum + c.gzip, 0);
    expect(report.initialGzip).toBe(initialGzip);
    expect(report.problems).toEqual([expect.stringMatching(/over the budget of 0\.0 kB/)]);
    expect(measure(dir, initialGzip).problems).toEqual([]);
  });

  it('weighs the page, which carries the styles, against its own budget and adds it to the total', () => {
    write(
      'index.html',
      `<style data-make-styles-bucket="d">${'.f1{color:red}'.repeat(50)}</style>${page([])}`,
    );
    const report = measure(dir);
    expect(report.pageGzip).toBeGreaterThan(0);
    expect(report.problems).toEqual([]);
    expect(formatReport(report)).toContain(
      `a first visit in all: ${((report.initialGzip + report.pageGzip) / 1000).toFixed(1)} kB gzip`,
    );
    expect(measure(dir, undefined, report.pageGzip - 1).problems).toEqual([
      expect.stringMatching(/^index\.html is \d+\.\d kB gzip with its styles, over the budget/),
    ]);
  });

  it('reports an index.html that points at files the build does not have', () => {
    write('index.html', page(['missing.js']));
    expect(measure(dir).problems).toEqual([expect.stringMatching(/assets\/missing\.js, which is not in/)]);
  });
});
