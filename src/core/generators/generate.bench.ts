import { bench, describe } from 'vitest';
import { generateBundle } from './index.ts';
import { scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';

const plan = scenarioPlan('compute-cluster');
const findings = [] as const;

describe('generateBundle', () => {
  // Findings are passed in, as the app and the command line do, so this measures the generators alone.
  bench('every format for a typical plan (target: median under 10 ms)', () => {
    generateBundle(plan, { findings });
  });
});
