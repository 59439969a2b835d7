import { describe, expect, it } from 'vitest';
import { flowProof } from '../../../../test/helpers/flowProof.ts';
import type { FlowProof } from '../../../core/index.ts';
import { proofCounts, proofTone, proofTrafficCell, proofVerdictCell } from './proofWords.ts';

describe('proof words', () => {
  it('names the traffic with its direction, starting a cell', () => {
    expect(proofTrafficCell(flowProof({}))).toBe('Outbound TCP 443 to Storage.eastus2');
    expect(
      proofTrafficCell(flowProof({ direction: 'Inbound', port: 44224, remote: 'AzureMachineLearning' })),
    ).toBe('Inbound TCP 44224 from AzureMachineLearning');
  });

  it("words a verdict to start a cell, and gives it the look of the flow table's verdict of its kind", () => {
    expect(proofVerdictCell(flowProof({ verdict: 'nameWontResolve' }))).toBe("Name won't resolve");
    expect(
      (['reaches', 'blocked', 'noWayOut', 'nameWontResolve', 'unknown'] as const).map(proofTone),
    ).toEqual(['allowed', 'denied', 'denied', 'denied', 'unknown']);
  });

  it.each([
    [['reaches', 'reaches'], '2 flows: 2 reach.'],
    [
      ['reaches', 'blocked', 'noWayOut', 'unknown'],
      "4 flows: 1 reach, 2 fail, 1 depend on what the plan can't see.",
    ],
    [['nameWontResolve'], '1 flow: 1 fail.'],
  ] as [FlowProof['verdict'][], string][])('counts %j', (verdicts, words) => {
    expect(proofCounts({ flows: verdicts.map((verdict) => flowProof({ verdict })) })).toBe(words);
  });
});
