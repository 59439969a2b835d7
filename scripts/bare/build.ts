/**
 * Builds the bare reference page (`index.html` and `main.tsx` here: one Fluent UI Input and one Button,
 * nothing else) that `npm run bench:typing` and `npm run lighthouse` measure the wizard against.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Builds the bare page into a new temporary folder and returns the folder; the caller removes it. */
export async function buildBare(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'bare-fluent-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: import.meta.dirname,
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}
