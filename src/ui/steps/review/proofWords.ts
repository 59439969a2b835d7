import {
  isFailingVerdict,
  proofTraffic,
  VERDICT_WORDS,
  type FlowProof,
  type FlowResult,
  type FlowVerdictKind,
  type Proof,
} from '../../../core/index.ts';

/**
 * How a proof verdict looks: as the flow table's verdict of the same kind (symbol and colour), so a flow that
 * reaches reads as allowed, one that fails as denied, and one the plan can't decide as unknown.
 */
export const proofTone = (verdict: FlowVerdictKind): FlowResult =>
  verdict === 'reaches' ? 'allowed' : isFailingVerdict(verdict) ? 'denied' : 'unknown';

/** Words as they start a cell: "outbound TCP 443 …" → "Outbound TCP 443 …". */
const startCell = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** "Blocked", "No way out": the core's verdict words, starting a cell. */
export const proofVerdictCell = (flow: FlowProof) => startCell(VERDICT_WORDS[flow.verdict]);

/** "Outbound TCP 443 to Storage.eastus2": the core's words, starting a cell. */
export const proofTrafficCell = (flow: FlowProof) => startCell(proofTraffic(flow));

/** "15 flows: 12 reach, 3 unknown." */
export function proofCounts(proof: Proof): string {
  const count = (test: (flow: FlowProof) => boolean) => proof.flows.filter(test).length;
  const reach = count((flow) => flow.verdict === 'reaches');
  const failing = count((flow) => isFailingVerdict(flow.verdict));
  const unknown = count((flow) => flow.verdict === 'unknown');
  const parts = [
    reach > 0 && `${reach} reach`,
    failing > 0 && `${failing} fail`,
    unknown > 0 && `${unknown} depend on what the plan can't see`,
  ].filter(Boolean);
  return `${proof.flows.length} ${proof.flows.length === 1 ? 'flow' : 'flows'}: ${parts.join(', ')}.`;
}
