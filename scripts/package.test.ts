/**
 * The published package works on its own: build the command line, `npm pack`, install the tarball into an
 * empty folder (nothing else is installed: the bundle has no runtime dependencies) and run the three commands
 * through `npx`, as a platform team would in a pipeline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticExport } from '../src/core/audit/synthetic.ts';

const root = resolve(import.meta.dirname, '..');
const example = join(root, 'examples/compute-cluster.plan.json');
const work = mkdtempSync(join(tmpdir(), 'aml-pack-test-'));
const app = join(work, 'app');
let files: string[] = [];

const npm = (args: readonly string[], cwd: string) =>
  execFileSync('npm', [...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

/** Runs the installed command from the empty folder; no tsx, TypeScript or sources are there. */
const cli = (args: readonly string[]) =>
  spawnSync('npx', ['--offline', '--no', 'aml-network-wizard', ...args], { cwd: app, encoding: 'utf8' });

beforeAll(() => {
  npm(['run', '--silent', 'build:cli'], root);
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root)) as {
    filename: string;
    files: { path: string }[];
  }[];
  files = packed!.files.map((file) => file.path).sort();
  npm(['init', '-y'], (execFileSync('mkdir', ['-p', app]), app));
  npm(['install', '--offline', '--no-audit', '--no-fund', join(work, packed!.filename)], app);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball installed in an empty folder', () => {
  it('holds only the bundle, package.json and the README', () => {
    expect(files).toEqual(['README.md', 'dist-cli/aml-network-wizard.mjs', 'package.json']);
  });
  it('validates a plan', () => {
    const result = cli(['validate', example]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('No errors: the plan meets every checked requirement.');
    expect(result.status).toBe(0);
  });
  it('generates the templates', () => {
    const out = join(work, 'out');
    const result = cli(['generate', example, '--out', out, '--json']);
    expect(result.status).toBe(0);
    const names = (JSON.parse(result.stdout) as { files: string[] }).files;
    expect(names).toContain('deploy.sh');
    expect(readFileSync(join(out, 'deploy.sh'), 'utf8')).toMatch(/^#!/);
  });
  it('audits a Resource Graph export', () => {
    const page = join(work, 'page-1.json');
    writeFileSync(page, JSON.stringify({ data: syntheticExport(30).rows }));
    const result = cli(['audit', '--resource-graph', page]);
    expect(result.stdout).toMatch(/30 computes: 5 with errors, 1 couldn't be checked, 24 passed\./);
    expect(result.status).toBe(1);
  });
});
