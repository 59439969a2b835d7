import { strToU8, zipSync, type Zippable } from 'fflate';
import type { GeneratedFile } from '../../core/index.ts';

/**
 * The modification time written for every entry, so the same plan always gives the same archive.
 * Built from local date parts because ZIP stores local time: 1 Jan 1980 is the earliest ZIP date.
 */
export const ZIP_ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** A folder or archive name from the workspace name (letters, digits, `-`, `_`, `.`; never empty). */
export function bundleFolderName(workspaceName: string): string {
  const safe = workspaceName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '');
  return safe === '' ? 'aml-network' : safe;
}

/** The archive's file name: `<workspace>-aml-network.zip`. */
export function zipFileName(workspaceName: string): string {
  return `${bundleFolderName(workspaceName)}-aml-network.zip`;
}

/**
 * A ZIP archive of the bundle with every file inside one folder named after the workspace, in the
 * bundle's order, with a fixed time: byte-identical for the same files.
 */
export function buildZip(files: readonly GeneratedFile[], workspaceName: string): Uint8Array {
  const folder = bundleFolderName(workspaceName);
  const entries: Zippable = {};
  // Flat paths: no separate directory entry, just the files under the folder.
  for (const file of files)
    entries[`${folder}/${file.name}`] = [strToU8(file.content), { mtime: ZIP_ENTRY_TIME }];
  return zipSync(entries, { level: 6, mtime: ZIP_ENTRY_TIME });
}
