/**
 * Lighthouse comparison (`npm run lighthouse [-- --dir <folder>] [-- --rounds N]`): audits the wizard's first
 * step and a bare Fluent UI page (one Input and one Button, built from `scripts/bare/`) as a phone would load
 * them (Lighthouse's mobile defaults: simulated slow 4G and a mid-range CPU), taking turns — wizard, bare,
 * wizard, bare, … for N rounds (default 3) — so the machine's load falls evenly on both. Each is served with
 * `vite preview` on a free local port. Needs a build (`npx vite build`, or `npm run build`; `--dir` names
 * another folder than `dist`) and Chromium (`CHROMIUM_PATH`, or /usr/bin/chromium).
 *
 * Prints side by side, per page, the median performance score, LCP, TBT, CLS, FCP and accessibility score,
 * the difference of the performance medians, the wizard's failed accessibility audits and layout shifts, and
 * per page the three audits Lighthouse says cost the most (by estimated metric savings).
 *
 * Fails (exit 1) when the wizard's performance median is more than 0.03 below the bare page's, or the wizard's
 * accessibility median is below 0.96. The performance target is relative because absolute scores depend on
 * the machine and its load; the absolute score (0.95 was the former budget) is printed as information only.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { buildBare } from './bare/build.ts';
import { chromePath, serve } from './localServe.ts';

/** One audit's result in a Lighthouse report. */
type AuditResult = Result['audits'][string];

/**
 * The gates: the wizard's performance median at most `performanceBehindBare` below the bare page's, and its
 * accessibility at least `accessibility`. `performanceInfo` is the former absolute budget, printed only.
 */
export const TARGET = { performanceBehindBare: 0.03, accessibility: 0.96, performanceInfo: 0.95 } as const;

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

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index === -1) return undefined;
  const value = argv[index + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

function roundsArgument(argv: readonly string[]): number {
  const value = option(argv, '--rounds');
  if (value === undefined) return 3;
  const rounds = Number(value);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`--rounds needs a whole number ≥ 1, not ${value}`);
  return rounds;
}

interface Figures {
  readonly performance: number;
  readonly accessibility: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly clsScore: number;
  readonly fcpMs: number;
  /** Accessibility audits that failed, by id and title, to say what to fix. */
  readonly failedAccessibility: readonly string[];
  /** The elements that moved most during load, when anything did. */
  readonly shifted: readonly string[];
  /** The performance audits Lighthouse estimates cost the most, most first. */
  readonly costliest: readonly string[];
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

/** Estimated time saved (FCP, LCP, TBT, INP in ms) if the audit's advice were followed. */
function savingsMs(audit: AuditResult): number {
  const savings = audit.metricSavings ?? {};
  return (savings.FCP ?? 0) + (savings.LCP ?? 0) + (savings.TBT ?? 0) + (savings.INP ?? 0);
}

/**
 * The performance opportunities and diagnostics (not the metrics themselves) that Lighthouse flags, ranked
 * by estimated savings, then by score: what to look at first.
 */
function costliestAudits(lhr: Result, count: number): string[] {
  const refs = lhr.categories.performance?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.group !== 'metrics' && ref.group !== 'hidden')
    .map((ref) => lhr.audits[ref.id])
    .filter((audit): audit is AuditResult => audit !== undefined)
    .filter((audit) => savingsMs(audit) > 0 || (audit.score !== null && audit.score < 0.9))
    .sort((a, b) => savingsMs(b) - savingsMs(a) || (a.score ?? 1) - (b.score ?? 1))
    .slice(0, count)
    .map((audit) => {
      const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
      const saved = savingsMs(audit);
      return `${audit.id}${value}${saved > 0 ? ` (saves ~${Math.round(saved)} ms)` : ''}`;
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
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    const accessibilityRefs = categories.accessibility?.auditRefs ?? [];
    return {
      performance: categories.performance?.score ?? 0,
      accessibility: categories.accessibility?.score ?? 0,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      clsScore: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      fcpMs: audits['first-contentful-paint']?.numericValue ?? Number.NaN,
      failedAccessibility: accessibilityRefs
        .map((ref) => audits[ref.id])
        .filter((entry) => entry !== undefined && entry.score === 0)
        .map((entry) => `${entry?.id}: ${entry?.title}`),
      shifted: shiftedElements(audits['layout-shifts']?.details),
      costliest: costliestAudits(result.lhr, 3),
    };
  } finally {
    await chrome.kill();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

type Metric = 'performance' | 'lcpMs' | 'tbtMs' | 'clsScore' | 'fcpMs' | 'accessibility';

interface Summary {
  readonly medians: Record<Metric, number>;
  /** The round whose performance score is the median: its lists stand for the page. */
  readonly typical: Figures;
  /** Accessibility audits that failed in any round. */
  readonly failedAccessibility: readonly string[];
}

function summarise(rounds: readonly Figures[]): Summary {
  const metrics: Metric[] = ['performance', 'lcpMs', 'tbtMs', 'clsScore', 'fcpMs', 'accessibility'];
  const medians = Object.fromEntries(
    metrics.map((metric) => [metric, median(rounds.map((round) => round[metric]))]),
  ) as Record<Metric, number>;
  const byPerformance = [...rounds].sort((a, b) => a.performance - b.performance);
  const typical = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
  if (!typical) throw new Error('no rounds');
  return {
    medians,
    typical,
    failedAccessibility: [...new Set(rounds.flatMap((round) => round.failedAccessibility))],
  };
}

const ROWS: readonly { label: string; metric: Metric; format: (value: number) => string }[] = [
  { label: 'performance', metric: 'performance', format: (v) => v.toFixed(2) },
  { label: 'LCP', metric: 'lcpMs', format: (v) => `${(v / 1000).toFixed(2)} s` },
  { label: 'TBT', metric: 'tbtMs', format: (v) => `${Math.round(v)} ms` },
  { label: 'CLS', metric: 'clsScore', format: (v) => v.toFixed(3) },
  { label: 'FCP', metric: 'fcpMs', format: (v) => `${(v / 1000).toFixed(2)} s` },
  { label: 'accessibility', metric: 'accessibility', format: (v) => v.toFixed(2) },
];

function printTable(
  wizard: Summary,
  bare: Summary,
  rounds: number,
  scores: Record<'wizard' | 'bare', Figures[]>,
) {
  console.log(`Lighthouse, mobile defaults, ${rounds} rounds each taking turns (wizard, bare, …), medians:`);
  console.log(`  ${''.padEnd(15)}${'wizard'.padStart(10)}${'bare Fluent'.padStart(14)}`);
  for (const row of ROWS) {
    const cells = [wizard, bare].map((page) => row.format(page.medians[row.metric]));
    console.log(`  ${row.label.padEnd(15)}${(cells[0] ?? '').padStart(10)}${(cells[1] ?? '').padStart(14)}`);
  }
  const list = (figures: readonly Figures[]) => figures.map((f) => f.performance.toFixed(2)).join(' ');
  console.log(`  performance per round: wizard ${list(scores.wizard)}; bare ${list(scores.bare)}`);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const dir = option(argv, '--dir') ?? 'dist';
  const rounds = roundsArgument(argv);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`There is no build in ${dir}: run "npx vite build" (or "npm run build") first.`);
    return 1;
  }
  const bareDir = await buildBare();
  const scores: Record<'wizard' | 'bare', Figures[]> = { wizard: [], bare: [] };
  try {
    const app = await serve(dir);
    const bare = await serve(bareDir);
    try {
      for (let round = 0; round < rounds; round += 1) {
        scores.wizard.push(await audit(app.url));
        scores.bare.push(await audit(bare.url));
      }
    } finally {
      await app.server.close();
      await bare.server.close();
    }
  } finally {
    rmSync(bareDir, { recursive: true, force: true });
  }
  const wizard = summarise(scores.wizard);
  const bare = summarise(scores.bare);
  printTable(wizard, bare, rounds, scores);

  const behind = bare.medians.performance - wizard.medians.performance;
  const performanceOk = behind <= TARGET.performanceBehindBare + 1e-9;
  const accessibilityOk = wizard.medians.accessibility >= TARGET.accessibility;
  console.log(
    `performance: wizard ${wizard.medians.performance.toFixed(2)} vs bare ${bare.medians.performance.toFixed(2)}, ` +
      `difference ${(-behind).toFixed(2)} (target: at most ${TARGET.performanceBehindBare} below bare): ` +
      (performanceOk ? 'met' : 'missed'),
  );
  console.log(
    `  information: the wizard's absolute performance ${wizard.medians.performance.toFixed(2)} is ` +
      `${wizard.medians.performance >= TARGET.performanceInfo ? 'at or above' : 'below'} the former budget ${TARGET.performanceInfo}`,
  );
  console.log(
    `accessibility: wizard ${wizard.medians.accessibility.toFixed(2)} (target ≥ ${TARGET.accessibility}): ` +
      (accessibilityOk ? 'met' : 'missed'),
  );
  for (const failed of wizard.failedAccessibility) console.log(`  failed audit: ${failed}`);
  for (const shifted of wizard.typical.shifted) console.log(`  layout shift: ${shifted}`);
  for (const [name, page] of [
    ['wizard', wizard],
    ['bare', bare],
  ] as const) {
    console.log(`costliest for ${name} (median round):`);
    for (const line of page.typical.costliest.length > 0 ? page.typical.costliest : ['nothing flagged'])
      console.log(`  ${line}`);
  }
  if (!performanceOk) console.error(`FAIL performance is ${behind.toFixed(2)} below the bare page's`);
  if (!accessibilityOk)
    console.error(
      `FAIL accessibility ${wizard.medians.accessibility.toFixed(2)} is below ${TARGET.accessibility}`,
    );
  return performanceOk && accessibilityOk ? 0 : 1;
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
