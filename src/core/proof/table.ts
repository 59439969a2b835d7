import type { FlowProof, FlowVerdictKind } from './types.ts';

/**
 * The words the command line, the bundle README and the Review step use for the proof, so all three say the
 * same thing. Each caller escapes them for its own format.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */

/** Verdicts as people read them. */
export const VERDICT_WORDS: Readonly<Record<FlowVerdictKind, string>> = {
  reaches: 'reaches',
  blocked: 'blocked',
  noWayOut: 'no way out',
  nameWontResolve: "name won't resolve",
  unknown: 'unknown',
};

/** The verdicts of a flow that does not work once deployed. */
const FAILING_VERDICTS: ReadonlySet<FlowVerdictKind> = new Set(['blocked', 'noWayOut', 'nameWontResolve']);

/** Whether a verdict means the flow does not work once deployed (blocked, no way out, name won't resolve). */
export const isFailingVerdict = (verdict: FlowVerdictKind): boolean => FAILING_VERDICTS.has(verdict);

/** "outbound TCP 443 to Storage.eastus2", "inbound TCP 44224 from AzureMachineLearning". */
export function proofTraffic(flow: FlowProof): string {
  const toward = flow.direction === 'Outbound' ? 'to' : 'from';
  return `${flow.direction.toLowerCase()} ${flow.protocol.toUpperCase()} ${flow.port} ${toward} ${flow.remote}`;
}

/**
 * What to say of a flow after its verdict: the path it takes when it reaches; otherwise why not, with the
 * plan field to change.
 */
export function proofDetail(flow: FlowProof): string {
  if (flow.verdict === 'reaches') return flow.path.join(' → ');
  return flow.deciding?.planPath === undefined
    ? flow.reason
    : `${flow.reason} (change ${flow.deciding.planPath})`;
}
