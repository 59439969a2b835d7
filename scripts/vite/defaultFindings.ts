import type { Plugin } from 'vite';

/** The module the app imports the default plan's findings from. */
export const DEFAULT_FINDINGS_ID = 'virtual:default-findings';
const RESOLVED_ID = `\0${DEFAULT_FINDINGS_ID}`;

/**
 * The findings of the plan a new visitor starts from, computed by the requirements engine when the app is
 * built (or served) rather than in the browser: a first visit shows them at once and downloads the engine
 * only when the person starts changing the plan. The module exports the plan as the app serialises it
 * (so the app can tell whether its plan is still that one) and the findings.
 */
export async function defaultFindingsSource(): Promise<string> {
  // Loaded on first use, so a config that never needs the module doesn't evaluate the engine.
  const [{ checkPlan }, { createDefaultPlan }] = await Promise.all([
    import('../../src/core/index.ts'),
    import('../../src/ui/state/defaultPlan.ts'),
  ]);
  const plan = createDefaultPlan();
  return [
    `export const planJson = ${JSON.stringify(JSON.stringify(plan))};`,
    `export const findings = ${JSON.stringify(checkPlan(plan))};`,
    '',
  ].join('\n');
}

/** The module when no findings are known in advance: the app then checks every plan with the engine. */
export const NO_DEFAULT_FINDINGS = 'export const planJson = "";\nexport const findings = [];\n';

/**
 * Serves {@link DEFAULT_FINDINGS_ID} to builds and tests. The development server gets
 * {@link NO_DEFAULT_FINDINGS}: there the rules change while it runs, and findings computed at its start
 * would go stale.
 */
export function defaultFindings(): Plugin {
  let precompute = true;
  return {
    name: 'aml-default-findings',
    configResolved(config) {
      precompute = config.command === 'build' || Boolean(process.env.VITEST);
    },
    resolveId: (id) => (id === DEFAULT_FINDINGS_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return precompute ? defaultFindingsSource() : NO_DEFAULT_FINDINGS;
    },
  };
}
