/**
 * `npm run bench:cli`: the packaged command line's cold start and the tenant audit at scale, each printed
 * beside a reference measured in the same run on the same machine.
 * - cold start: median of `validate` of an example with the built bundle, beside `node -e ''` (Node's own
 *   start), against the 300 ms budget;
 * - audit: 10,000 computes from a Resource Graph export in 10 pages, with the heap capped at 512 MB (so
 *   bounded memory is proven, not assumed), against the 10 s budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticExport } from '../src/core/audit/synthetic.ts';

const BIN = 'dist-cli/aml-network-wizard.mjs';
const RUNS = 15;

function timed(args: readonly string[]): { ms: number; status: number | null } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`);
  }
  return { ms, status: result.status };
}

function median(args: readonly string[]): number {
  const times = Array.from({ length: RUNS }, () => timed(args).ms).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const node = median(['-e', '']);
const validate = median([BIN, 'validate', 'examples/compute-cluster.plan.json']);
console.log(
  `cold start (median of ${RUNS}): validate ${validate.toFixed(0)} ms; node -e '' ${node.toFixed(0)} ms; budget 300 ms ${validate <= 300 ? 'met' : 'MISSED'}`,
);

const dir = mkdtempSync(join(tmpdir(), 'aml-audit-bench-'));
try {
  const { rows, brokenIds } = syntheticExport(10_000);
  const pages: string[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    const file = join(dir, `page-${pages.length + 1}.json`);
    writeFileSync(file, JSON.stringify({ count: 1000, data: rows.slice(start, start + 1000) }));
    pages.push(file);
  }
  const audit = timed([
    '--max-old-space-size=512',
    BIN,
    'audit',
    '--format',
    'json',
    '--resource-graph',
    ...pages,
  ]);
  console.log(
    `audit of 10,000 computes (${rows.length} rows, ${pages.length} pages, heap capped at 512 MB): ${(audit.ms / 1000).toFixed(1)} s, exit ${audit.status} (${brokenIds.size} broken); budget 10 s ${audit.ms <= 10_000 ? 'met' : 'MISSED'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
