import { describe, expect, it } from 'vitest';
import type { FlowProof } from '../../../core/index.ts';
import { proofCounts, proofDetail, proofTraffic } from './proofWords.ts';

const flow = (over: Partial<FlowProof>): FlowProof => ({
  flowId: 'out-storage-443',
  specId: 'OUT-STORAGE',
  direction: 'Outbound',
  protocol: 'Tcp',
  port: 443,
  remote: 'Storage.eastus2',
  status: 'required',
  verdict: 'reaches',
  reason: 'Allowed.',
  path: ['NSG nsg-a: AllowStorage (150)', 'system route 0.0.0.0/0', 'Internet'],
  ...over,
});

describe('proof words', () => {
  it('names the traffic with its direction', () => {
    expect(proofTraffic(flow({}))).toBe('Outbound TCP 443 to Storage.eastus2');
    expect(proofTraffic(flow({ direction: 'Inbound', port: 44224, remote: 'AzureMachineLearning' }))).toBe(
      'Inbound TCP 44224 from AzureMachineLearning',
    );
  });

  it('gives the path of a flow that reaches, and why not with the field to change otherwise', () => {
    expect(proofDetail(flow({}))).toBe('NSG nsg-a: AllowStorage (150) → system route 0.0.0.0/0 → Internet');
    expect(
      proofDetail(
        flow({
          verdict: 'blocked',
          reason: 'Rule "DenyAll" (priority 100) comes first.',
          deciding: {
            resource: 'NSG nsg-a',
            planPath: 'network.subnet.networkSecurityGroup.securityRules.0',
          },
        }),
      ),
    ).toBe(
      'Rule "DenyAll" (priority 100) comes first. Change network.subnet.networkSecurityGroup.securityRules.0.',
    );
    expect(proofDetail(flow({ verdict: 'unknown', reason: 'Your firewall decides.' }))).toBe(
      'Your firewall decides.',
    );
  });

  it.each([
    [['reaches', 'reaches'], '2 flows: 2 reach.'],
    [
      ['reaches', 'blocked', 'noWayOut', 'unknown'],
      "4 flows: 1 reach, 2 fail, 1 depend on what the plan can't see.",
    ],
    [['nameWontResolve'], '1 flow: 1 fail.'],
  ] as [FlowProof['verdict'][], string][])('counts %j', (verdicts, words) => {
    expect(proofCounts({ flows: verdicts.map((verdict) => flow({ verdict })) })).toBe(words);
  });
});
