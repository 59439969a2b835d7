import { DOCS } from '../catalog/docs.ts';
import type { Finding } from '../rules/types.ts';
import { VERDICT_WORDS } from './table.ts';
import { failingFlows } from './prove.ts';
import type { FlowProof, Proof } from './types.ts';

/** The id of the finding the proof adds when a required flow fails once deployed and no rule said so. */
export const PROOF_RULE_ID = 'flow-fails-once-deployed';

const traffic = (flow: FlowProof) =>
  `${flow.flowId} (${flow.protocol.toUpperCase()} ${flow.port} ${flow.direction === 'Outbound' ? 'to' : 'from'} ${flow.remote})`;

/**
 * One error per resource that stops required flows, naming the flows and why: the safety net under the
 * rules. A plan whose rules found no error but whose proof has a blocked flow fails here instead of
 * deploying something that can't work.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function proofFindings(proof: Proof): Finding[] {
  const byResource = new Map<string, FlowProof[]>();
  for (const flow of failingFlows(proof)) {
    const key = flow.deciding?.resource ?? '';
    byResource.set(key, [...(byResource.get(key) ?? []), flow]);
  }
  return [...byResource].map(([resource, flows]) => {
    const [first] = flows as [FlowProof, ...FlowProof[]];
    const count = flows.length === 1 ? '1 required flow' : `${flows.length} required flows`;
    const who = resource === '' ? 'Once deployed' : `Once deployed, ${resource} leaves`;
    const lead =
      resource === ''
        ? `${who}, ${count} would not work (${VERDICT_WORDS[first.verdict]})`
        : `${who} ${count} not working (${VERDICT_WORDS[first.verdict]})`;
    return {
      ruleId: PROOF_RULE_ID,
      severity: 'error' as const,
      path: first.deciding?.planPath ?? '',
      message: `${lead}: ${flows.map(traffic).join(', ')}. ${first.reason}`,
      docUrl: DOCS.firewall,
    };
  });
}

/**
 * The findings to report for a plan: the rules' findings, plus {@link proofFindings} when the rules found
 * no error (when they did, the plan already fails and the proof table shows the flows).
 */
export function withProofFindings(findings: readonly Finding[], proof: Proof): Finding[] {
  if (findings.some((finding) => finding.severity === 'error')) return [...findings];
  return [...proofFindings(proof), ...findings];
}
