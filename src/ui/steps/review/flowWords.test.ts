import { describe, expect, it } from 'vitest';
import type { FlowResult, FlowVerdict } from '../../../core/index.ts';
import { noFlowsReason, ruleWords, verdictCounts } from './flowWords.ts';

const verdict = (result: FlowResult, port: number): FlowVerdict => ({
  result,
  flow: {
    id: `out-x-${port}`,
    specId: 'out-x',
    direction: 'Outbound',
    protocol: 'Tcp',
    port,
    remote: 'Storage.eastus2',
    status: 'required',
    why: 'Storage.',
    docUrl: 'https://learn.microsoft.com/',
  },
});

describe('verdictCounts', () => {
  it.each([
    [['allowed', 'allowed'], '2 required flows: 2 allowed.'],
    [['allowed', 'denied', 'unknown', 'denied'], '4 required flows: 1 allowed, 2 denied, 1 undecided.'],
    [['denied'], '1 required flow: 1 denied.'],
  ] as [FlowResult[], string][])('counts %j', (results, words) => {
    expect(verdictCounts(results.map((result, i) => verdict(result, i + 1)))).toBe(words);
  });
});

describe('ruleWords', () => {
  it.each([
    ['existing', 'DenyAll, priority 100, in the NSG today'],
    ['planned', 'DenyAll, priority 100, added by this plan'],
    ['default', 'DenyAll, priority 100, Azure default rule'],
  ] as const)('names a rule %s', (origin, words) => {
    expect(ruleWords({ name: 'DenyAll', priority: 100, access: 'Deny', origin })).toBe(words);
  });
});

describe('noFlowsReason', () => {
  it('explains managed networks and Databricks differently', () => {
    const managed = noFlowsReason({
      workspace: { isolation: 'managedVnet' },
      compute: { kind: 'serverless' },
    });
    const databricks = noFlowsReason({
      workspace: { isolation: 'customerVnet' },
      compute: { kind: 'databricks' },
    });
    expect(managed).toContain('managed virtual network');
    expect(databricks).toContain('Azure Databricks');
  });
});
