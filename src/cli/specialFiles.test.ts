import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.ts';
import { captureIo, fakeCore, file, tempDir } from './testIo.ts';

const cluster = fileURLToPath(new URL('../../examples/compute-cluster.plan.json', import.meta.url));

/** A real named pipe with no writer: opening it for reading would wait forever. */
function fifo(): string {
  const path = join(tempDir(), 'plan.fifo');
  const made = spawnSync('mkfifo', [path], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  return path;
}

const servers: Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

/** A listening Unix socket. */
async function socket(): Promise<string> {
  const path = join(tempDir(), 'plan.sock');
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return path;
}

describe('special files are refused with exit 2 before they are read', () => {
  it.each([
    ['the plan', (path: string) => ['validate', path]],
    ['--existing', (path: string) => ['validate', cluster, '--existing', path]],
    ['--service-tags', (path: string) => ['validate', cluster, '--service-tags', path]],
  ])('a FIFO as %s', async (_label, argv) => {
    const path = fifo();
    const captured = captureIo();
    // The test's own timeout fails it should the read wait for a writer.
    expect(await run(argv(path), captured.io, fakeCore([]).core)).toBe(2);
    expect(captured.stderr()).toContain(
      `${path} is a named pipe (FIFO), not a file. Save the JSON to a file first and give the path of that file.`,
    );
  });

  it('a device as the plan', async () => {
    const captured = captureIo();
    expect(await run(['validate', '/dev/zero'], captured.io)).toBe(2);
    expect(captured.stderr()).toContain('/dev/zero is a device, not a file.');
  });

  it('a socket as the plan', async () => {
    const path = await socket();
    const captured = captureIo();
    expect(await run(['validate', path, '--json'], captured.io)).toBe(2);
    expect(JSON.parse(captured.stdout())).toEqual({
      schemaErrors: [{ path: '', message: expect.stringContaining(`${path} is a socket, not a file.`) }],
    });
  });
});

const bundle = ['azuredeploy.json', 'main.bicep', 'deploy.sh', 'README.md'].map((name) => file(name));

/** A previous bundle and a file of the user's in `out`, as text by name, to compare after a failed run. */
function snapshot(out: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(out, { withFileTypes: true }).map((entry) => [
      entry.name,
      entry.isDirectory() ? '<folder>' : readFileSync(join(out, entry.name), 'utf8'),
    ]),
  );
}

describe('generate into an --out where something is in the way', () => {
  it('names a folder called like a bundle file, and changes nothing in --out', async () => {
    const root = tempDir();
    const out = join(root, 'out');
    mkdirSync(out);
    for (const name of ['azuredeploy.json', 'README.md']) writeFileSync(join(out, name), `old ${name}\n`);
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    mkdirSync(join(out, 'deploy.sh'));
    const before = snapshot(out);
    const captured = captureIo();
    expect(await run(['generate', cluster, '--out', out], captured.io, fakeCore([], bundle).core)).toBe(2);
    expect(captured.stderr()).toBe(
      `Can't write deploy.sh: ${join(out, 'deploy.sh')} is a folder in the way of the generated file of that name. ` +
        'Move or rename it, or choose another --out folder; nothing was written.\n',
    );
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('names a file given as --out, or a file above it', async () => {
    const root = tempDir();
    const blocker = join(root, 'bundle.txt');
    writeFileSync(blocker, 'mine\n');
    for (const out of [blocker, join(blocker, 'inner', 'out')]) {
      const captured = captureIo();
      expect(await run(['generate', cluster, '--out', out], captured.io, fakeCore([], bundle).core)).toBe(2);
      expect(captured.stderr()).toContain(`Can't write into ${out}: ${blocker} is a file, not a folder.`);
    }
    expect(readdirSync(root)).toEqual(['bundle.txt']);
    expect(readFileSync(blocker, 'utf8')).toBe('mine\n');
  });

  it('names a special file in the way, and leaves a FIFO untouched', async () => {
    const pipe = fifo();
    const out = join(pipe, '..');
    const named = [file('plan.fifo'), ...bundle];
    const captured = captureIo();
    expect(await run(['generate', cluster, '--out', out], captured.io, fakeCore([], named).core)).toBe(2);
    expect(captured.stderr()).toContain(`${pipe} is a special file (not a regular file) in the way`);
    expect(readdirSync(out)).toEqual(['plan.fifo']);
  });

  it('replaces a previous bundle whole when nothing is in the way', async () => {
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    copyFileSync(cluster, join(out, 'main.bicep'));
    expect(await run(['generate', cluster, '--out', out], captureIo().io, fakeCore([], bundle).core)).toBe(0);
    expect(snapshot(out)).toEqual(Object.fromEntries(bundle.map((f) => [f.name, f.content])));
  });
});
