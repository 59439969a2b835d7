import type { Plan } from '../../core/index.ts';

/**
 * The made-up subscription every example plan uses (`examples/`), the starting plan included. No real
 * subscription has it, so a plan that still carries it holds example values a person hasn't replaced.
 */
export const EXAMPLE_SUBSCRIPTION_ID = '11111111-2222-3333-4444-555555555555';

/** Whether the plan still names the examples' made-up subscription, so its names and ids are not the person's. */
export const holdsExampleValues = (plan: Plan): boolean =>
  plan.workspace.subscriptionId.toLowerCase() === EXAMPLE_SUBSCRIPTION_ID;
