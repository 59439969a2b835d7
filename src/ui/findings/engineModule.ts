/** The part of core loaded on demand by {@link loadEngine}: the requirements engine. */
export { checkPlan } from '../../core/index.ts';
