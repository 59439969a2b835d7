import { describe, expect, it } from 'vitest';
import { flowProof } from '../../../test/helpers/flowProof.ts';
import { examplePlan, type ExampleName } from '../../../test/helpers/rulePlans.ts';
import { failingFlows, proveFlows } from './prove.ts';
import { isFailingVerdict, proofDetail, proofTraffic } from './table.ts';
import type { FlowProof, Proof } from './types.ts';

const proofOf = (flows: FlowProof[]): Proof => ({ flows });
const base: FlowProof = flowProof();

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

describe('proof words shared by the CLI, the README and the Review step', () => {
  it('names the traffic with its direction', () => {
    expect(proofTraffic(base)).toBe('outbound TCP 443 to Storage.eastus2');
    expect(proofTraffic({ ...base, direction: 'Inbound', port: 44224, remote: 'AzureMachineLearning' })).toBe(
      'inbound TCP 44224 from AzureMachineLearning',
    );
  });

  it('gives the path of a flow that reaches, and otherwise why not with the field to change', () => {
    expect(proofDetail(base)).toBe('NSG nsg: AllowStorageOutbound (150) → system route 0.0.0.0/0 → Internet');
    const blocked = {
      ...base,
      verdict: 'blocked' as const,
      reason: 'Rule "DenyAll" (priority 100) comes first.',
      deciding: { resource: 'NSG nsg', planPath: 'network.subnet.networkSecurityGroup.securityRules.0' },
    };
    expect(proofDetail(blocked)).toBe(
      'Rule "DenyAll" (priority 100) comes first. (change network.subnet.networkSecurityGroup.securityRules.0)',
    );
    expect(proofDetail({ ...base, verdict: 'unknown', reason: 'Your firewall decides.' })).toBe(
      'Your firewall decides.',
    );
  });

  it("counts blocked, no way out and name won't resolve as failing, not unknown", () => {
    expect(
      (['reaches', 'blocked', 'noWayOut', 'nameWontResolve', 'unknown'] as const).map(isFailingVerdict),
    ).toEqual([false, true, true, true, false]);
  });
});
