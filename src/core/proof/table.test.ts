import { describe, expect, it } from 'vitest';
import { examplePlan, type ExampleName } from '../rules/testing.ts';
import { failingFlows, proveFlows } from './prove.ts';
import { proofTable } from './table.ts';
import type { FlowProof, Proof } from './types.ts';

const proofOf = (flows: FlowProof[]): Proof => ({ flows });
const base: FlowProof = {
  flowId: 'out-storage-443',
  specId: 'out-storage',
  direction: 'Outbound',
  protocol: 'Tcp',
  port: 443,
  remote: 'Storage.eastus2',
  status: 'required',
  verdict: 'reaches',
  reason: 'TCP 443 to Storage.eastus2 is allowed.',
  path: ['NSG nsg: AllowStorageOutbound (150)', 'system route 0.0.0.0/0 → Internet'],
};

describe('proofTable', () => {
  it('has a header, then one row per flow with the path joined and the plan path to change', () => {
    const blocked: FlowProof = {
      ...base,
      verdict: 'noWayOut',
      reason: 'No way out.',
      deciding: { resource: 'subnet training', planPath: 'tunneling.mode' },
    };
    expect(proofTable(proofOf([base, blocked]))).toEqual([
      ['Flow', 'Direction', 'Traffic', 'Remote', 'Needed', 'Verdict', 'Path', 'Why'],
      [
        'out-storage-443',
        'outbound',
        'TCP 443',
        'Storage.eastus2',
        'required',
        'reaches',
        'NSG nsg: AllowStorageOutbound (150) → system route 0.0.0.0/0 → Internet',
        'TCP 443 to Storage.eastus2 is allowed.',
      ],
      [
        'out-storage-443',
        'outbound',
        'TCP 443',
        'Storage.eastus2',
        'required',
        'no way out',
        'NSG nsg: AllowStorageOutbound (150) → system route 0.0.0.0/0 → Internet',
        'No way out. (change tunneling.mode)',
      ],
    ]);
  });

  it('gives a row per flow of a real plan', () => {
    const proof = proveFlows(examplePlan('compute-cluster'));
    expect(proofTable(proof)).toHaveLength(proof.flows.length + 1);
  });
});

describe('failingFlows', () => {
  it('keeps required flows that are blocked, have no way out or whose name will not resolve', () => {
    const flows: FlowProof[] = [
      { ...base, flowId: 'a', verdict: 'blocked' },
      { ...base, flowId: 'b', verdict: 'noWayOut' },
      { ...base, flowId: 'c', verdict: 'nameWontResolve' },
      { ...base, flowId: 'd', verdict: 'unknown' },
      { ...base, flowId: 'e', verdict: 'reaches' },
      { ...base, flowId: 'f', verdict: 'blocked', status: 'situational' },
    ];
    expect(failingFlows(proofOf(flows)).map((f) => f.flowId)).toEqual(['a', 'b', 'c']);
  });

  it('is empty for a plan that works and names the blocked flows of one that does not', () => {
    expect(failingFlows(proveFlows(examplePlan('compute-cluster')))).toEqual([]);
    const broken = proveFlows(examplePlan('broken/nsg-deny-priority-100' as ExampleName));
    expect(failingFlows(broken).length).toBeGreaterThan(5);
  });
});
