import type { Rule } from './types.ts';

/** Rules of REQUIREMENTS.md for this family; see README "Adding a rule". */
export const databricksRules: readonly Rule[] = [];
