import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/index.ts';
import { auditedFindingItems, liveCheckItem } from './auditItems.ts';

const finding = (ruleId: string, path: string): Finding =>
  ({
    ruleId,
    path,
    severity: 'warning',
    message: `${ruleId} message`,
    docUrl: 'https://learn.microsoft.com/x',
  }) as Finding;

describe('audit result rows', () => {
  it('keeps only findings about the audited network, workspace and egress, in engine order', () => {
    const rows = auditedFindingItems([
      finding('outbound-required-flow', 'network.subnet.networkSecurityGroup.securityRules.0'),
      finding('compute-name', 'compute.name'),
      finding('firewall-udp-5831', 'tunneling.mode'),
      finding('ci-same-region', 'workspace.region'),
    ]);
    expect(rows.map((row) => row.title)).toEqual([
      'outbound-required-flow',
      'firewall-udp-5831',
      'ci-same-region',
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
  });

  it('words a live check outcome', () => {
    const row = liveCheckItem({
      key: 'rbac-join',
      ruleId: 'rbac-join',
      outcome: 'unknown',
      severity: 'warning',
      title: 'T',
      message: 'M',
      docUrl: 'https://learn.microsoft.com/y',
    });
    expect(row).toMatchObject({ status: 'Couldn’t check', title: 'T', message: 'M', severity: 'warning' });
  });
});
