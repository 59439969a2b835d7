import { lstat, mkdir, mkdtemp, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, type OutputFile } from './io.ts';

/** What is at a path without following a link: nothing, a folder, a file (or link), or a special file. */
type Kind = 'none' | 'folder' | 'file' | 'special';

async function kindOf(path: string): Promise<Kind> {
  try {
    const info = await lstat(path);
    if (info.isDirectory()) return 'folder';
    return info.isFile() || info.isSymbolicLink() ? 'file' : 'special';
  } catch (error) {
    // ENOTDIR: a file above the path; blockerAbove walks up to name it.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'none';
    throw error;
  }
}

function assertBareName(name: string): void {
  if (name === '' || name === '.' || name === '..' || /[\\/]/.test(name)) {
    throw new Error(`Refusing to write a generated file named "${name}": names must be bare file names.`);
  }
}

/**
 * The first existing path at or above `dir` that is not a folder, so the message names what is in the
 * way rather than `--out` itself.
 */
async function blockerAbove(dir: string): Promise<string | undefined> {
  for (let path = dir; ; path = dirname(path)) {
    const kind = await kindOf(path);
    if (kind === 'file' || kind === 'special') return path;
    if (kind === 'folder' || dirname(path) === path) return undefined;
  }
}

/** Refuses, before anything is written, any bundle file whose place in `dir` holds a folder or special file. */
async function checkTargets(dir: string, files: readonly OutputFile[]): Promise<void> {
  const blocker = await blockerAbove(dir);
  if (blocker !== undefined) {
    throw new CliError(
      `Can't write into ${dir}: ${blocker} is a file, not a folder. Move it away or choose another --out folder; nothing was written.`,
    );
  }
  for (const file of files) {
    const target = join(dir, file.name);
    const kind = await kindOf(target);
    if (kind === 'folder' || kind === 'special') {
      const what = kind === 'folder' ? 'a folder' : 'a special file (not a regular file)';
      throw new CliError(
        `Can't write ${file.name}: ${target} is ${what} in the way of the generated file of that name. ` +
          `Move or rename it, or choose another --out folder; nothing was written.`,
      );
    }
  }
}

/** Moves the staged files into `dir`, keeping each file they replace in `backup` until all are in. */
async function moveIn(staging: string, dir: string, files: readonly OutputFile[]): Promise<void> {
  const backup = join(staging, '.previous');
  await mkdir(backup);
  const replaced: string[] = [];
  const placed: string[] = [];
  try {
    for (const { name } of files) {
      if ((await kindOf(join(dir, name))) !== 'none') {
        await rename(join(dir, name), join(backup, name));
        replaced.push(name);
      }
      await rename(join(staging, name), join(dir, name));
      placed.push(name);
    }
  } catch (error) {
    // Put the folder back as it was: remove what was placed, restore what was replaced.
    for (const name of placed) await rm(join(dir, name), { force: true });
    for (const name of replaced) await rename(join(backup, name), join(dir, name));
    throw error;
  }
}

/**
 * Writes every file into a staging folder beside `dir`, checks that nothing is in the way of any of
 * them, then moves them in. On any failure `dir` is left exactly as it was (a previous bundle and the
 * user's own files untouched) and the message names the path in the way. Files in `dir` that the
 * bundle doesn't name are kept.
 */
export async function writeFilesAtomically(dir: string, files: readonly OutputFile[]): Promise<void> {
  files.forEach((file) => assertBareName(file.name));
  await checkTargets(dir, files);
  const parent = dirname(dir);
  let createdParent: string | undefined;
  let createdDir = false;
  let staging: string | undefined;
  try {
    createdParent = await mkdir(parent, { recursive: true });
    staging = await mkdtemp(join(parent, `.${basename(dir)}.tmp-`));
    for (const file of files) {
      await writeFile(join(staging, file.name), file.content, {
        encoding: 'utf8',
        mode: file.executable ? 0o755 : 0o644,
      });
    }
    if ((await kindOf(dir)) === 'none') createdDir = (await mkdir(dir, { recursive: true })) !== undefined;
    await moveIn(staging, dir, files);
  } catch (error) {
    if (createdDir) await rmdir(dir).catch(() => undefined);
    if (createdParent) await rm(createdParent, { recursive: true, force: true });
    throw error instanceof CliError ? error : describeWriteError(error, dir);
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}

function describeWriteError(error: unknown, dir: string): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new CliError(
      `Permission denied to write ${dir}. Check its permissions or choose another --out folder; nothing was written.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CliError(`Can't write ${dir}: ${detail}. Nothing was written.`);
}
