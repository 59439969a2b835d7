import { isFailingVerdict, proofTraffic, type FlowProof, type Proof } from '../../../core/index.ts';

export type Tone = 'allowed' | 'denied' | 'unknown';

/** How a proof verdict looks: a symbol (never shown alone) and the colour of its kind. */
export const TONE: Readonly<Record<FlowProof['verdict'], { readonly symbol: string; readonly tone: Tone }>> =
  {
    reaches: { symbol: '✓', tone: 'allowed' },
    blocked: { symbol: '✕', tone: 'denied' },
    noWayOut: { symbol: '✕', tone: 'denied' },
    nameWontResolve: { symbol: '✕', tone: 'denied' },
    unknown: { symbol: '?', tone: 'unknown' },
  };

/** "Outbound TCP 443 to Storage.eastus2": the core's words, starting a cell. */
export const proofTrafficCell = (flow: FlowProof) => {
  const words = proofTraffic(flow);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

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
