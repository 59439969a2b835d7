import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParserHost } from './generators/parsers.ts';

export interface NodeParserHost extends ParserHost {
  /** Removes the temporary folder the files were written to (call it in `afterAll`). */
  dispose(): void;
}

/**
 * A {@link ParserHost} for tests in Node: files go to a temporary folder named after `prefix`, commands
 * run with only PATH and that folder as HOME (so no user's settings change what bash or shellcheck
 * say), and tree-sitter-bicep's grammar comes from node_modules.
 */
export function nodeParserHost(prefix: string): NodeParserHost {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return {
    bicepWasm: () =>
      readFileSync(new URL('../../node_modules/tree-sitter-bicep/tree-sitter-bicep.wasm', import.meta.url)),
    runOnFile: (command, args, fileName, content) => {
      const path = join(dir, fileName);
      writeFileSync(path, content);
      const result = spawnSync(command, [...args, path], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir },
      });
      return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
