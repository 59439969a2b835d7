import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from './testIo.ts';

/** The name whose move into --out fails, as a disk that fills up or a file locked by another program would. */
let failOn: string | undefined;

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (failOn !== undefined && basename(to) === failOn && !dirname(to).includes('.tmp-')) {
        throw Object.assign(new Error(`EIO: i/o error, rename '${from}' -> '${to}'`), { code: 'EIO' });
      }
      return actual.rename(from, to);
    },
  };
});

const { writeFilesAtomically } = await import('./atomicWrite.ts');

afterEach(() => {
  failOn = undefined;
});

const contents = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('writeFilesAtomically when a move fails halfway', () => {
  it('puts the previous bundle back as it was, keeps the user files and leaves no staging folder', async () => {
    const parent = tempDir();
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'README.md'), 'old readme');
    writeFileSync(join(out, 'deploy.sh'), 'old script');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const before = contents(out);

    failOn = 'main.bicep';
    const files = [
      { name: 'README.md', content: 'new readme' },
      { name: 'deploy.sh', content: 'new script', executable: true },
      { name: 'main.bicep', content: 'new bicep' },
      { name: 'main.tf', content: 'new tf' },
    ];
    const error: unknown = await writeFilesAtomically(out, files).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(String(error)).toContain(`Can't write ${out}`);
    expect(String(error)).toContain('Nothing was written.');
    expect(contents(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('removes a new --out it created when the first move fails', async () => {
    const parent = tempDir();
    const out = join(parent, 'fresh');
    failOn = 'README.md';
    await expect(writeFilesAtomically(out, [{ name: 'README.md', content: 'x' }])).rejects.toThrow(
      'Nothing was written.',
    );
    expect(readdirSync(parent)).toEqual([]);
  });

  it('writes everything when no move fails (the fault is what makes the others fail)', async () => {
    const out = join(tempDir(), 'out');
    await writeFilesAtomically(out, [
      { name: 'README.md', content: 'a' },
      { name: 'main.tf', content: 'b' },
    ]);
    expect(contents(out)).toEqual({ 'README.md': 'a', 'main.tf': 'b' });
  });
});
