import type { Plan, SecurityRule } from '../model/index.ts';

/**
 * PLACEHOLDER until the flow simulator lands: the NSG security rules the plan will add to the
 * compute subnet's NSG. The flow simulator computes these once so generators emit exactly what was
 * evaluated.
 */
export function plannedSecurityRules(_plan: Plan): SecurityRule[] {
  return [];
}
