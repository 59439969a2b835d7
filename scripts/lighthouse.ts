/**
 * Lighthouse budget (`npm run lighthouse [-- --dir <folder>]`): serves the built app with `vite preview` on
 * a free local port, audits the first step as a phone would load it (Lighthouse's mobile defaults:
 * simulated slow 4G and a mid-range CPU), prints the scores and the main timings, and fails below the
 * budget. Needs a build (`npm run build`) and Chromium (`CHROMIUM_PATH`, or /usr/bin/chromium).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { chromePath, freePort } from './localServe.ts';

/** Lowest scores accepted (Lighthouse scores run from 0 to 1). */
export const BUDGET = { performance: 0.95, accessibility: 0.96 } as const;

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function dirArgument(argv: readonly string[]): string {
  const index = argv.indexOf('--dir');
  if (index === -1) return 'dist';
  const value = argv[index + 1];
  if (!value) throw new Error('--dir needs a folder, e.g. --dir dist');
  return value;
}

interface Figures {
  readonly performance: number;
  readonly accessibility: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly clsScore: number;
  /** Accessibility audits that failed, by title, to say what to fix. */
  readonly failedAccessibility: readonly string[];
  /** The elements that moved most during load, when anything did. */
  readonly shifted: readonly string[];
}

interface ShiftItem {
  readonly node?: { readonly selector?: string; readonly nodeLabel?: string };
  readonly score?: number;
}

function shiftedElements(details: unknown): string[] {
  const items = (details as { items?: readonly ShiftItem[] } | undefined)?.items ?? [];
  return items.slice(0, 3).map((item) => {
    const label = (item.node?.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 60);
    return `${item.node?.selector ?? '?'} "${label}": ${item.score?.toFixed(3) ?? '?'}`;
  });
}

async function audit(url: string): Promise<Figures> {
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const accessibilityRefs = categories.accessibility?.auditRefs ?? [];
    return {
      performance: categories.performance?.score ?? 0,
      accessibility: categories.accessibility?.score ?? 0,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      clsScore: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      failedAccessibility: accessibilityRefs
        .map((ref) => audits[ref.id])
        .filter((entry) => entry !== undefined && entry.score === 0)
        .map((entry) => `${entry?.id}: ${entry?.title}`),
      shifted: shiftedElements(audits['layout-shifts']?.details),
    };
  } finally {
    await chrome.kill();
  }
}

async function main(): Promise<number> {
  const dir = dirArgument(process.argv.slice(2));
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`There is no build in ${dir}: run "npm run build" first.`);
    return 1;
  }
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  let figures: Figures;
  try {
    figures = await audit(`http://127.0.0.1:${port}/`);
  } finally {
    await server.close();
  }
  console.log(`performance    ${figures.performance.toFixed(2)} (budget ${BUDGET.performance})`);
  console.log(`accessibility  ${figures.accessibility.toFixed(2)} (budget ${BUDGET.accessibility})`);
  console.log(`LCP            ${(figures.lcpMs / 1000).toFixed(2)} s`);
  console.log(`TBT            ${Math.round(figures.tbtMs)} ms`);
  console.log(`CLS            ${figures.clsScore.toFixed(3)}`);
  for (const failed of figures.failedAccessibility) console.log(`  failed audit: ${failed}`);
  for (const shifted of figures.shifted) console.log(`  layout shift: ${shifted}`);
  const problems = (['performance', 'accessibility'] as const)
    .filter((category) => figures[category] < BUDGET[category])
    .map((category) => `${category} ${figures[category].toFixed(2)} is below ${BUDGET[category]}`);
  for (const problem of problems) console.error(`FAIL ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
