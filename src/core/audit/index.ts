/** The tenant audit: Resource Graph rows → one rebuilt plan per compute → the same rules and flows as validate. */
export { AUDIT_TYPES, RESOURCE_GRAPH_QUERY, printQueryCommand, type AuditRowKind } from './query.ts';
export {
  foundEndpoints,
  foundZones,
  privateDnsZoneQuery,
  workspaceEndpointQuery,
  type FoundEndpoint,
  type FoundZone,
} from './privateLinkSearch.ts';
export { readGraphPage, rowKind, type GraphRow, type PageResult } from './rows.ts';
export { addRows, createInventory, findRow, type Inventory } from './inventory.ts';
export { rebuildPlan, type RebuiltPlan } from './computePlan.ts';
export { auditFlows } from './flows.ts';
export {
  auditCompute,
  auditSubject,
  summarizeAudit,
  DEFAULT_CHECKS,
  type AuditCache,
  type AuditChecks,
  type AuditSummary,
  type ComputeAudit,
} from './audit.ts';
