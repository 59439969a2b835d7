/**
 * The rules whose finding a route fix settles exactly ({@link routeFixes} in `routeFixes.ts`): each asks for
 * one route per service tag to Internet. Kept apart from the fix itself, so a finding's card can tell it may
 * offer the fix without loading the route analysis.
 */
export const ROUTE_FIX_RULE_IDS = ['pip-forced-tunnel-aml-route', 'dbx-udr'] as const;

/** Whether a route fix may settle findings of the rule `ruleId`. */
export const mayFixWithRoutes = (ruleId: string): boolean =>
  (ROUTE_FIX_RULE_IDS as readonly string[]).includes(ruleId);
