/**
 * The reachability proof: every required flow followed through what the bundle deploys plus what
 * already exists, with a verdict per flow.
 */
export { failingFlows, proveFlows } from './prove.ts';
export { isFailingVerdict, proofDetail, proofTraffic, VERDICT_WORDS } from './table.ts';
export { workspaceResolution, type WorkspaceResolution } from './dns.ts';
export type { FlowProof, FlowVerdictKind, Proof } from './types.ts';
export { PROOF_RULE_ID, proofFindings, withProofFindings } from './findings.ts';
