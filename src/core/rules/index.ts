export { allRules } from './all.ts';
export * from './types.ts';
export { checkPlan, compareFindings, hasErrors } from './checkPlan.ts';
