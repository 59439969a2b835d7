import {
  addRows,
  auditCompute,
  createInventory,
  type AuditCache,
  type ComputeAudit,
  type GraphRow,
} from '../../core/audit/index.ts';

/**
 * Every compute of the rows Resource Graph returned, audited with the same rules and flows as the command
 * line, each with its rebuilt plan so the wizard can open it. Failed first, then couldn't check, then passed.
 */
export function auditTenantRows(rows: readonly GraphRow[]): ComputeAudit[] {
  const inventory = createInventory();
  addRows(inventory, rows, 'Azure Resource Graph');
  const cache: AuditCache = new Map();
  const audits = inventory.computes.map((compute) =>
    auditCompute(compute, inventory, undefined, { cache, keepPlan: true }),
  );
  const rank = { failed: 0, unusable: 1, unchecked: 2, passed: 3 } as const;
  return audits.sort((a, b) => rank[a.status] - rank[b.status] || a.id.localeCompare(b.id));
}
