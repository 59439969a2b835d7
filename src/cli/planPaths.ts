import { statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { CliError } from './io.ts';

/** Folders never searched for plans. */
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * The plan files that `validate`'s arguments name: a file as is, a folder as every `*.json` file inside it
 * (recursively), a quoted glob (`'plans/**\/*.plan.json'`) as the files it matches. Folders and globs are
 * sorted, so the report's order doesn't depend on the file system; a file named twice is checked once.
 * Throws a {@link CliError} when a folder or glob matches nothing, so a typo can't pass a pipeline.
 */
export function expandPlanPaths(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (isFolder(arg))
      files.push(...matches(arg, globSync('**/*.json', { cwd: arg, ignore: IGNORED }), 'folder'));
    else if (isDynamicPattern(arg)) files.push(...matches(arg, globSync(arg, { ignore: IGNORED }), 'glob'));
    else files.push(arg);
  }
  return [...new Set(files)];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function matches(arg: string, found: readonly string[], what: 'folder' | 'glob'): string[] {
  if (found.length === 0) {
    throw new CliError(
      what === 'folder'
        ? `The folder ${arg} has no .json files; name the plan files or another folder.`
        : `The pattern ${arg} matches no files; check it, or name the plan files.`,
    );
  }
  const sorted = [...found].sort();
  return what === 'folder' ? sorted.map((file) => join(arg, file)) : sorted;
}
