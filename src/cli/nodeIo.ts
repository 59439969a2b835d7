import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { writeFilesAtomically } from './atomicWrite.ts';
import { CliError, type CliIo } from './io.ts';

export { writeFilesAtomically } from './atomicWrite.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Turns a file-system error into a message that says what to change. */
export function describeFsError(error: unknown, path: string, doing: 'read' | 'write'): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new CliError(`There is no file at ${path}. Check the path and the current folder.`);
    case 'EISDIR':
      return new CliError(`${path} is a folder; give the path of the file itself.`);
    case 'ENOTDIR':
    case 'EEXIST':
      return doing === 'read'
        ? new CliError(`${path}: part of this path is a file, not a folder. Check the path.`)
        : new CliError(
            `Can't create the folder ${path}: it, or a folder above it, is a file. Choose another --out folder.`,
          );
    case 'EACCES':
    case 'EPERM':
      return new CliError(
        `Permission denied to ${doing} ${path}. Check its permissions or choose another path.`,
      );
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new CliError(`Can't ${doing} ${path}: ${detail}`);
    }
  }
}

/**
 * Refuses what is not a regular file before it is opened: opening a FIFO waits for a writer forever,
 * and a device or socket is an endless stream, not a plan.
 */
function assertReadable(info: Stats, path: string): void {
  if (info.isDirectory()) throw new CliError(`${path} is a folder; give the path of the file itself.`);
  if (info.isFile()) return;
  const what = info.isFIFO()
    ? 'a named pipe (FIFO)'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'not a regular file';
  throw new CliError(
    `${path} is ${what}, not a file. Save the JSON to a file first and give the path of that file.`,
  );
}

/** Reads at most `maxBytes + 1` bytes, so a huge file or an endless stream is refused, never loaded. */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  let handle;
  try {
    assertReadable(await stat(path), path);
    // O_NONBLOCK: should the path become a FIFO between the check and the open, the open still returns.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    assertReadable(info, path);
    if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(path, length, maxBytes);
    }
    return decodeUtf8(buffer.subarray(0, length), path);
  } catch (error) {
    throw error instanceof CliError ? error : describeFsError(error, path, 'read');
  } finally {
    await handle?.close();
  }
}

/** A file's size from `stat`, so a file can be refused before it is read. */
export async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    assertReadable(info, path);
    return info.size;
  } catch (error) {
    throw error instanceof CliError ? error : describeFsError(error, path, 'read');
  }
}

/** Today in UTC as `yyyy-mm-dd`. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

function tooLarge(path: string, size: number, maxBytes: number): CliError {
  return new CliError(
    `${path} is ${size > maxBytes + 1 ? megabytes(size) : 'larger than ' + megabytes(maxBytes)}; ` +
      `the most accepted is ${megabytes(maxBytes)}. Check you chose the right file.`,
  );
}

function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    // A byte-order mark is common from Windows editors; JSON itself doesn't allow one.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${path} is not UTF-8 text. Save it as UTF-8 JSON and try again.`);
  }
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorEnabled(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return isTTY === true && env.NO_COLOR === undefined;
}

/** The real IO of the `npm run cli` process. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: colorEnabled(process.stdout.isTTY, process.env),
    readText: readTextFile,
    fileSize,
    today: () => todayUtc(),
    writeFiles: writeFilesAtomically,
  };
}
