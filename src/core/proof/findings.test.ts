import { describe, expect, it } from 'vitest';
import { flowProof } from '../../../test/helpers/flowProof.ts';
import { examplePlan } from '../../../test/helpers/rulePlans.ts';
import { checkPlan } from '../rules/checkPlan.ts';
import { PROOF_RULE_ID, proofFindings, withProofFindings } from './findings.ts';
import { proveFlows } from './prove.ts';
import type { FlowProof, Proof } from './types.ts';

const flow = (over: Partial<FlowProof>): FlowProof =>
  flowProof({ flowId: 'out-aml-443', remote: 'AzureMachineLearning', path: [], ...over });

const nsgRule = {
  resource: 'NSG nsg-a, rule "DenyAll" (priority 100)',
  planPath: 'network.subnet.networkSecurityGroup.securityRules.0',
};
const blocked = (id: string, remote: string): FlowProof =>
  flow({ flowId: id, remote, verdict: 'blocked', reason: `Blocked by DenyAll.`, deciding: nsgRule });

describe('proofFindings', () => {
  it('is empty when every required flow reaches or is unknown', () => {
    const proof: Proof = {
      flows: [flow({}), flow({ flowId: 'out-arm-443', verdict: 'unknown', reason: 'A firewall decides.' })],
    };
    expect(proofFindings(proof)).toEqual([]);
  });

  it('ignores a situational flow that fails', () => {
    expect(
      proofFindings({ flows: [flow({ status: 'situational', verdict: 'noWayOut', reason: 'x' })] }),
    ).toEqual([]);
  });

  it('makes one error per deciding resource, naming it, its flows and the field to change', () => {
    const proof: Proof = {
      flows: [
        blocked('out-aml-443', 'AzureMachineLearning'),
        blocked('out-storage-443', 'Storage.eastus2'),
        flow({
          flowId: 'out-aad-443',
          verdict: 'noWayOut',
          reason: 'No way out.',
          deciding: { resource: 'subnet training' },
        }),
      ],
    };
    const findings = proofFindings(proof);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      ruleId: PROOF_RULE_ID,
      severity: 'error',
      path: nsgRule.planPath,
    });
    expect(findings[0]?.message).toContain(
      'NSG nsg-a, rule "DenyAll" (priority 100) leaves 2 required flows not working (blocked)',
    );
    expect(findings[0]?.message).toContain('out-storage-443 (TCP 443 to Storage.eastus2)');
    expect(findings[1]?.message).toContain('subnet training leaves 1 required flow not working (no way out)');
    expect(findings[1]?.path).toBe('');
  });
});

describe('withProofFindings', () => {
  const failing: Proof = { flows: [blocked('out-aml-443', 'AzureMachineLearning')] };

  it('adds the proof errors when the rules found none: a rule gap fails here', () => {
    const warning = {
      ruleId: 'w',
      severity: 'warning' as const,
      path: '',
      message: 'm',
      docUrl: 'https://learn.microsoft.com/',
    };
    const findings = withProofFindings([warning], failing);
    expect(findings.map((f) => f.ruleId)).toEqual([PROOF_RULE_ID, 'w']);
  });

  it('adds nothing when the rules already found an error', () => {
    const error = {
      ruleId: 'e',
      severity: 'error' as const,
      path: '',
      message: 'm',
      docUrl: 'https://learn.microsoft.com/',
    };
    expect(withProofFindings([error], failing)).toEqual([error]);
  });

  it('adds nothing to a working example', () => {
    const plan = examplePlan('compute-cluster');
    const findings = checkPlan(plan);
    expect(withProofFindings(findings, proveFlows(plan))).toEqual(findings);
  });
});
