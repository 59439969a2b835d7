import { describe, expect, it } from 'vitest';
import { syntheticExport } from '../../core/audit/synthetic.ts';
import { auditTenantRows } from './tenantAudit.ts';

describe('auditTenantRows', () => {
  it('lists every compute, broken ones first, each checked one with a plan to open', () => {
    const { rows, brokenIds, uncheckedIds } = syntheticExport(40);
    const audits = auditTenantRows(rows);
    expect(audits).toHaveLength(40);
    const failed = audits.filter((a) => a.status === 'failed');
    expect(failed.map((a) => a.id).sort()).toEqual([...brokenIds].sort());
    expect(audits.slice(0, failed.length).every((a) => a.status === 'failed')).toBe(true);
    const unchecked = audits.filter((a) => a.status === 'unchecked');
    expect(unchecked.map((a) => a.id)).toEqual([...uncheckedIds]);
    expect(unchecked.every((a) => a.plan === undefined)).toBe(true);
    expect(audits.filter((a) => a.status === 'passed').every((a) => a.plan?.compute.name === a.name)).toBe(
      true,
    );
  });
});
