import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from './testIo.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the real entry point in a child process, as `npm run cli` does. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('src/cli/main.ts in a real process', () => {
  it('validates an example and exits 0 with one JSON object', () => {
    const { code, stdout, stderr } = cli('validate', 'examples/compute-cluster.plan.json', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(stdout) as object)).toEqual(['findings', 'flows']);
  });

  it('exits 2 on a broken file with a message and no stack trace', () => {
    const bad = join(tempDir(), 'broken.plan.json');
    writeFileSync(bad, '{ "version": 1, ');
    const { code, stdout, stderr } = cli('validate', bad);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('This is not valid JSON');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
