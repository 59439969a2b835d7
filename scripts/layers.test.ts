import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints `code` as if it lived at `filePath` and returns the rule ids that fired. */
async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layer boundaries (ARCHITECTURE.md)', () => {
  it.each([
    ['src/core/rules/probe.ts', "export * from '../../ui/main.tsx';\n", 'layers/no-wrong-way-import'],
    ['src/core/probe.ts', "export * from '../cli/run.ts';\n", 'layers/no-wrong-way-import'],
    ['src/core/probe.ts', "export * from '../azure/arm/index.ts';\n", 'layers/no-wrong-way-import'],
    ['src/core/probe.ts', "export { useState } from 'react';\n", 'no-restricted-imports'],
    ['src/core/probe.ts', "export { readFileSync } from 'node:fs';\n", 'no-restricted-imports'],
    ['src/core/probe.ts', 'export const f = () => fetch("https://example.com");\n', 'no-restricted-globals'],
    ['src/core/probe.ts', 'export const d = () => document.title;\n', 'no-restricted-globals'],
    ['src/cli/probe.ts', "export * from '../ui/main.tsx';\n", 'layers/no-wrong-way-import'],
    ['src/azure/probe.ts', "export * from '../ui/main.tsx';\n", 'layers/no-wrong-way-import'],
    ['src/ui/probe.ts', "export * from '../cli/run.ts';\n", 'layers/no-wrong-way-import'],
    [
      'src/ui/probe.ts',
      "export { PublicClientApplication } from '@azure/msal-browser';\n",
      'no-restricted-imports',
    ],
    ['src/core/model/probe.ts', "export { z } from 'zod';\n", 'no-restricted-imports'],
    ['src/ui/forms/probe.ts', "export { z } from 'zod';\n", 'no-restricted-imports'],
  ])('%s: %s is rejected', async (filePath, code, ruleId) => {
    expect(await ruleIdsFor(filePath, code)).toContain(ruleId);
  });

  it.each([
    ['src/core/generators/probe.ts', "export * from './cli/index.ts';\n"],
    ['src/ui/probe.ts', "export * from '../core/index.ts';\n"],
    ['src/cli/probe.ts', "export * from '../core/index.ts';\n"],
    ['src/core/model/probe.ts', "export * as z from 'zod/mini';\n"],
  ])('%s: %s is allowed', async (filePath, code) => {
    const ids = await ruleIdsFor(filePath, code);
    expect(ids.filter((id) => id.startsWith('layers/') || id === 'no-restricted-imports')).toEqual([]);
  });
});
