/** The part of plan reading loaded on demand by `readPlanText`: the full checks, with the JSON text parser. */
export { parsePlanText } from '../../core/index.ts';
