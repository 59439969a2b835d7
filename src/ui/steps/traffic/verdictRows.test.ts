import { describe, expect, it } from 'vitest';
import { simulateFlows } from '../../../core/index.ts';
import { parsePlan, type PlanInput } from '../../../core/index.ts';
import example from '../../../../examples/compute-cluster.plan.json';
import { verdictRows } from './verdictRows.ts';

function plan(edit: (raw: PlanInput) => PlanInput) {
  const { $schema: _link, ...raw } = example;
  const result = parsePlan(edit(raw as PlanInput));
  if (!result.ok) throw new Error('test plan must be valid');
  return result.plan;
}

describe('verdictRows', () => {
  it('lists outbound flows with the planned rule that allows each', () => {
    const rows = verdictRows(simulateFlows(plan((raw) => raw)).flows, 'Outbound');
    const udp = rows.find((row) => row.traffic === 'UDP 5831 to AzureMachineLearning');
    expect(udp).toMatchObject({ result: 'allowed', resultText: 'Allowed' });
    expect(udp?.decidedBy).toMatch(
      /^The planned rule "AllowAzureMachineLearningUdpOutbound" \(priority \d+\)$/,
    );
    expect(rows.every((row) => row.traffic.includes(' to '))).toBe(true);
  });

  it('names the existing rule that denies an inbound flow', () => {
    const denied = plan((raw) => ({
      ...raw,
      compute: { ...raw.compute, publicIp: true } as PlanInput['compute'],
      network: {
        ...raw.network!,
        subnet: {
          ...raw.network!.subnet!,
          networkSecurityGroup: {
            mode: 'existing',
            name: 'nsg',
            securityRules: [
              {
                name: 'DenyAllIn',
                properties: {
                  priority: 100,
                  direction: 'Inbound',
                  access: 'Deny',
                  protocol: '*',
                  sourceAddressPrefix: '*',
                  sourcePortRange: '*',
                  destinationAddressPrefix: '*',
                  destinationPortRange: '*',
                },
              },
            ],
          },
        },
      },
    }));
    const rows = verdictRows(simulateFlows(denied).flows, 'Inbound');
    expect(rows).toEqual([
      expect.objectContaining({
        traffic: 'TCP 44224 from AzureMachineLearning',
        result: 'denied',
        decidedBy: 'Rule "DenyAllIn" (priority 100)',
      }),
    ]);
  });
});
