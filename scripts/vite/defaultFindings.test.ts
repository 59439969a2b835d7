import type { ResolvedConfig } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkPlan } from '../../src/core/index.ts';
import { createDefaultPlan } from '../../src/ui/state/defaultPlan.ts';
import {
  DEFAULT_FINDINGS_ID,
  NO_DEFAULT_FINDINGS,
  defaultFindings,
  defaultFindingsSource,
} from './defaultFindings.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** The module text the plugin serves for the virtual module, under `command`. */
async function served(command: 'build' | 'serve'): Promise<unknown> {
  const plugin = defaultFindings();
  const call = <T>(hook: unknown, ...args: unknown[]) => (hook as (...a: unknown[]) => T).apply({}, args);
  call(plugin.configResolved, { command } as ResolvedConfig);
  const resolved = call<string>(plugin.resolveId, DEFAULT_FINDINGS_ID, undefined, {});
  expect(resolved).toMatch(/virtual:default-findings$/);
  return call(plugin.load, resolved, {});
}

/** The exports of a module's source text (the plugin emits two `export const` lines of JSON). */
function exportsOf(source: string): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  for (const [, name, json] of source.matchAll(/^export const (\w+) = (.*);$/gm)) {
    exports[name ?? ''] = JSON.parse(json ?? 'null');
  }
  return exports;
}

describe('defaultFindings', () => {
  it("exports the starting plan as the app serialises it and the engine's findings for it", async () => {
    const plan = createDefaultPlan();
    const module = exportsOf(await defaultFindingsSource());
    expect(module.planJson).toBe(JSON.stringify(plan));
    expect(module.findings).toEqual(JSON.parse(JSON.stringify(checkPlan(plan))));
  });

  it('serves the findings to builds, and nothing to the development server, whose rules change as it runs', async () => {
    vi.stubEnv('VITEST', '');
    expect(await served('build')).toBe(await defaultFindingsSource());
    expect(await served('serve')).toBe(NO_DEFAULT_FINDINGS);
    expect(exportsOf(NO_DEFAULT_FINDINGS)).toEqual({ planJson: '', findings: [] });
  });
});
