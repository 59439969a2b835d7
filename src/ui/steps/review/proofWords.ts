import type { FlowProof, Proof } from '../../../core/index.ts';

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

/** "Outbound TCP 443 to Storage.eastus2". */
export const proofTraffic = (flow: FlowProof) =>
  `${flow.direction} ${flow.protocol.toUpperCase()} ${flow.port} ${flow.direction === 'Outbound' ? 'to' : 'from'} ${flow.remote}`;

/** The path a flow takes when it reaches; otherwise why not, and the plan field to change. */
export const proofDetail = (flow: FlowProof) =>
  flow.verdict === 'reaches'
    ? flow.path.join(' → ')
    : flow.deciding?.planPath === undefined
      ? flow.reason
      : `${flow.reason} Change ${flow.deciding.planPath}.`;

/** "15 flows: 12 reach, 3 unknown." */
export function proofCounts(proof: Proof): string {
  const count = (test: (flow: FlowProof) => boolean) => proof.flows.filter(test).length;
  const reach = count((flow) => flow.verdict === 'reaches');
  const failing = count((flow) => TONE[flow.verdict].tone === 'denied');
  const unknown = count((flow) => flow.verdict === 'unknown');
  const parts = [
    reach > 0 && `${reach} reach`,
    failing > 0 && `${failing} fail`,
    unknown > 0 && `${unknown} depend on what the plan can't see`,
  ].filter(Boolean);
  return `${proof.flows.length} ${proof.flows.length === 1 ? 'flow' : 'flows'}: ${parts.join(', ')}.`;
}
