/**
 * Bundle budget (`npm run size [-- --dir <folder>]`): lists every built JavaScript chunk with its raw and
 * gzip size, marks the chunks a browser loads before any interaction (the entry scripts of index.html,
 * their static imports and the modulepreload links), and fails when that initial JavaScript is over
 * budget or contains a library that must only ever load on demand (sign-in, syntax highlighting). The page
 * itself carries the styles (scripts/vite/extractGriffelCss.ts), so it has a budget of its own, and the
 * report adds the two up.
 * `e2e/first-load.spec.ts` checks in Chromium that a first visit loads exactly those chunks, no more.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The most JavaScript, gzip-compressed, a first visit may load before anyone clicks. */
export const INITIAL_BUDGET_BYTES = 150 * 1000;

/** The most the page (index.html, with every style of the app written into it) may weigh, gzip-compressed. */
export const PAGE_BUDGET_BYTES = 20 * 1000;

/**
 * Libraries that must stay out of the initial load, each recognised by string literals that survive
 * minification (found whichever quotes the minifier writes them in).
 */
export const LAZY_ONLY: readonly { readonly name: string; readonly markers: readonly string[] }[] = [
  { name: '@azure/msal-browser (sign-in)', markers: ['msal.js.browser', '@azure/msal-browser'] },
  { name: 'shiki (syntax highlighting)', markers: ['ShikiError', '--shiki-'] },
  // The plan schema loads once the first screen is shown (src/ui/main.tsx), with the address parser.
  { name: 'zod (plan schema)', markers: ['$ZodType'] },
  { name: 'ipaddr.js (address parsing)', markers: ['ipaddr: the address has neither IPv6 nor IPv4 format'] },
];

const QUOTES = ['"', "'", '`'] as const;

export interface ChunkInfo {
  /** Path inside the build folder, with forward slashes. */
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  /** Loaded before any interaction. */
  readonly initial: boolean;
  /** Names of lazy-only libraries found in the chunk. */
  readonly lazyOnly: readonly string[];
}

export interface SizeReport {
  readonly chunks: readonly ChunkInfo[];
  readonly initialGzip: number;
  /** index.html, gzip-compressed. */
  readonly pageGzip: number;
  readonly problems: readonly string[];
}

/** Build-folder paths of the entry scripts and modulepreload links of an HTML page. */
export function htmlReferences(html: string): { scripts: string[]; preloads: string[] } {
  const tags = html.match(/<(?:script|link)\b[^>]*>/gi) ?? [];
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  const local = (url: string | undefined) =>
    url && !/^[a-z]+:|^\/\//i.test(url) ? posix.normalize(url.replace(/^\.?\//, '')) : undefined;
  const scripts: string[] = [];
  const preloads: string[] = [];
  for (const tag of tags) {
    if (/^<script/i.test(tag) && attr(tag, 'type') === 'module') {
      const src = local(attr(tag, 'src'));
      if (src) scripts.push(src);
    } else if (/^<link/i.test(tag) && attr(tag, 'rel') === 'modulepreload') {
      const href = local(attr(tag, 'href'));
      if (href) preloads.push(href);
    }
  }
  return { scripts, preloads };
}

/**
 * Specifiers of the static `import … from "…"`, `import "…"` and `export … from "…"` statements of
 * emitted (possibly minified) code. Dynamic `import("…")` is left out: it loads on demand.
 */
export function staticImports(code: string): string[] {
  const pattern =
    /(?:^|[;}\n\s])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+|\*|\{[^}]*\})?\s*from\s*)?["']([^"']+)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? '').filter(Boolean);
}

/** Every chunk reachable from `roots` through static imports; `read` gives a chunk's code. */
export function initialClosure(
  roots: readonly string[],
  read: (file: string) => string | undefined,
): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    const code = read(file);
    if (code === undefined) continue;
    seen.add(file);
    for (const spec of staticImports(code)) {
      if (spec.startsWith('.')) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
      else if (spec.startsWith('/')) queue.push(posix.normalize(spec.slice(1)));
    }
  }
  return seen;
}

/** Names of the lazy-only libraries whose markers appear in `code`. */
export function lazyOnlyLibraries(code: string): string[] {
  const quoted = (marker: string) => QUOTES.some((quote) => code.includes(`${quote}${marker}${quote}`));
  return LAZY_ONLY.filter((lib) => lib.markers.some(quoted)).map((lib) => lib.name);
}

function listJs(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.m?js$/.test(name) && statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/** Measures the build in `dir` against the budget. */
export function measure(
  dir: string,
  budget = INITIAL_BUDGET_BYTES,
  pageBudget = PAGE_BUDGET_BYTES,
): SizeReport {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const pageGzip = gzipSync(html).length;
  const { scripts, preloads } = htmlReferences(html);
  const codeOf = new Map(listJs(dir).map((file) => [file, readFileSync(join(dir, file))]));
  const initial = initialClosure([...scripts, ...preloads], (file) => codeOf.get(file)?.toString('utf8'));
  const problems: string[] = [];
  for (const missing of [...scripts, ...preloads].filter((file) => !codeOf.has(file))) {
    problems.push(`index.html loads ${missing}, which is not in ${dir}: build again.`);
  }
  if (scripts.length === 0) problems.push(`${dir}/index.html has no module script: is it a Vite build?`);
  const chunks = [...codeOf].map(([file, code]) => ({
    file,
    raw: code.length,
    gzip: gzipSync(code).length,
    initial: initial.has(file),
    lazyOnly: lazyOnlyLibraries(code.toString('utf8')),
  }));
  const initialGzip = chunks.filter((c) => c.initial).reduce((sum, c) => sum + c.gzip, 0);
  if (initialGzip > budget) {
    problems.push(
      `The JavaScript loaded before any interaction is ${kB(initialGzip)} gzip, over the budget of ${kB(budget)}: ` +
        'load more of it on demand with import() or React.lazy.',
    );
  }
  if (pageGzip > pageBudget) {
    problems.push(
      `index.html is ${kB(pageGzip)} gzip with its styles, over the budget of ${kB(pageBudget)}: ` +
        'does the app use every component whose styles it carries?',
    );
  }
  for (const chunk of chunks.filter((c) => c.initial && c.lazyOnly.length > 0)) {
    problems.push(
      `${chunk.file} is loaded before any interaction but contains ${chunk.lazyOnly.join(' and ')}: ` +
        'import it only from a module loaded with import().',
    );
  }
  return { chunks, initialGzip, pageGzip, problems };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The report as a table, largest chunk first, initial chunks marked. */
export function formatReport(
  report: SizeReport,
  budget = INITIAL_BUDGET_BYTES,
  pageBudget = PAGE_BUDGET_BYTES,
): string {
  const rows = [...report.chunks].sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));
  const width = Math.max(5, ...rows.map((c) => c.file.length));
  const line = (file: string, raw: string, gzip: string, mark: string) =>
    `${file.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}  ${mark}`;
  return [
    line('chunk', 'raw', 'gzip', 'loaded'),
    ...rows.map((c) =>
      line(c.file, kB(c.raw), kB(c.gzip), [c.initial ? 'initial' : 'on demand', ...c.lazyOnly].join(', ')),
    ),
    '',
    `initial JavaScript: ${kB(report.initialGzip)} gzip of ${kB(budget)} allowed ` +
      `(${report.chunks.filter((c) => c.initial).length} of ${report.chunks.length} chunks)`,
    `the page, with every style: ${kB(report.pageGzip)} gzip of ${kB(pageBudget)} allowed`,
    `a first visit in all: ${kB(report.initialGzip + report.pageGzip)} gzip`,
  ].join('\n');
}

function dirArgument(argv: readonly string[]): string {
  const index = argv.indexOf('--dir');
  if (index === -1) return 'dist';
  const value = argv[index + 1];
  if (!value) throw new Error('--dir needs a folder, e.g. --dir dist');
  return value;
}

function main(): number {
  const dir = dirArgument(process.argv.slice(2));
  let report: SizeReport;
  try {
    report = measure(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `Can't measure ${relative(process.cwd(), dir) || '.'}: ${reason}. Run "npm run build" first.`,
    );
    return 1;
  }
  console.log(formatReport(report));
  for (const problem of report.problems) console.error(`FAIL ${problem}`);
  return report.problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
