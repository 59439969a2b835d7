import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCliError } from './io.ts';
import { colorEnabled, readTextFile, writeFilesAtomically } from './nodeIo.ts';
import { tempDir } from './testIo.ts';

function fileWith(content: string | Uint8Array): string {
  const path = join(tempDir(), 'plan.json');
  writeFileSync(path, content);
  return path;
}

async function readError(path: string, maxBytes = 100): Promise<string> {
  const error: unknown = await readTextFile(path, maxBytes).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isCliError(error)) throw new Error(`expected a CliError, got ${String(error)}`);
  return error.message;
}

describe('readTextFile', () => {
  it('reads a file of exactly the size limit', async () => {
    expect(await readTextFile(fileWith('x'.repeat(100)), 100)).toBe('x'.repeat(100));
  });

  it('refuses a file one byte over the limit', async () => {
    expect(await readError(fileWith('x'.repeat(101)))).toMatch(/the most accepted is/);
  });

  it('drops a UTF-8 byte-order mark', async () => {
    expect(await readTextFile(fileWith('\uFEFF{"a": "é"}'), 100)).toBe('{"a": "é"}');
  });

  it('refuses bytes that are not UTF-8', async () => {
    expect(await readError(fileWith(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toMatch(/is not UTF-8 text/);
  });

  it.each([
    ['a missing file', () => join(tempDir(), 'absent.json'), /^There is no file at /],
    ['a folder', () => tempDir(), /is a folder; give the path of the file itself\.$/],
    ['a path through a file', () => join(fileWith('{}'), 'x.json'), /part of this path is a file/],
  ])('explains %s', async (_label, makePath, message) => {
    expect(await readError(makePath())).toMatch(message);
  });
});

describe('writeFilesAtomically', () => {
  it('writes every file and leaves no staging folder behind', async () => {
    const root = tempDir();
    const out = join(root, 'bundle');
    await writeFilesAtomically(out, [
      { name: 'a.json', content: '{}\n' },
      { name: 'b.sh', content: 'echo hi\n' },
    ]);
    expect(readdirSync(root)).toEqual(['bundle']);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.sh']);
    expect(readFileSync(join(out, 'b.sh'), 'utf8')).toBe('echo hi\n');
  });

  it('marks scripts executable and other files not', async () => {
    const out = join(tempDir(), 'bundle');
    await writeFilesAtomically(out, [
      { name: 'deploy.sh', content: '#!/usr/bin/env bash\n', executable: true },
      { name: 'main.bicep', content: '' },
    ]);
    expect(statSync(join(out, 'deploy.sh')).mode & 0o111).not.toBe(0);
    expect(statSync(join(out, 'main.bicep')).mode & 0o111).toBe(0);
  });

  it.each(['../escape.txt', 'sub/file.txt', '..', ''])(
    'refuses the file name %j and writes nothing',
    async (name) => {
      const root = tempDir();
      const out = join(root, 'bundle');
      mkdirSync(out);
      await expect(
        writeFilesAtomically(out, [
          { name: 'ok.txt', content: '' },
          { name, content: '' },
        ]),
      ).rejects.toThrow(/bare file names/);
      expect(readdirSync(root)).toEqual(['bundle']);
      expect(readdirSync(out)).toEqual([]);
    },
  );
});

describe('colorEnabled', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, false],
    [false, {}, false],
    [undefined, {}, false],
  ])('isTTY %j with env %j → %j', (isTTY, env, expected) => {
    expect(colorEnabled(isTTY, env)).toBe(expected);
  });
});
