import { planJson } from 'virtual:default-findings';
import type { Plan } from '../../core/index.ts';

/**
 * The plan a new visitor starts from (`createDefaultPlan`). A build carries it already parsed, as it carries
 * its findings, so a first visit needs no schema code to show it; the development server parses it here.
 */
export async function startingPlan(): Promise<Plan> {
  if (planJson !== '') return JSON.parse(planJson) as Plan;
  const { createDefaultPlan } = await import('./defaultPlan.ts');
  return createDefaultPlan();
}
