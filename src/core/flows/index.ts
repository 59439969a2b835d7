/**
 * The flow simulator: the flows a plan's compute needs, the NSG rules and routes the plan adds, and
 * whether the subnet's NSG and routes let each flow through.
 */
export { DEFAULT_SECURITY_RULES } from './defaults.ts';
export { evaluateNsg, ruleMatchesFlow, type EvaluateOptions } from './evaluate.ts';
export { plannedSecurityRules } from './planned.ts';
export {
  DATABRICKS_BYPASS_TAGS,
  bypassTags,
  hasExplicitEgress,
  ipPrefixBypassTags,
  ipPrefixRouteRegions,
  plannedRoutes,
  prefixBypass,
  usesIpPrefixRoutes,
} from './plannedRoutes.ts';
export { DEFAULT_SSH_SOURCE, requiredFlows } from './required.ts';
export {
  analyzeRoutes,
  internetBypass,
  isServiceTagRoute,
  type RouteAnalysis,
  type RouteView,
} from './routes.ts';
export { INTERNET_PROBE, malformedFields, simulateFlows, type Simulation } from './simulate.ts';
export * from './types.ts';
export { NSG_RULES_PATH, instanceMountsFileShare, isCrossRegion, subnetNsg } from './context.ts';
export { parseRule, type ParsedRule } from './parseRule.ts';
export {
  blockedFlows,
  blockedMessage,
  blockedPath,
  describeFlows,
  describeRule,
  type BlockedGroup,
} from './verdicts.ts';
