import type { FlowProof } from '../../src/core/proof/types.ts';

/**
 * A flow's proof for tests: TCP 443 outbound to Storage.eastus2, required, reaching through an NSG rule and
 * the system route, with `over` applied (tests only).
 */
export function flowProof(over: Partial<FlowProof> = {}): FlowProof {
  return {
    flowId: 'out-storage-443',
    specId: 'out-storage',
    direction: 'Outbound',
    protocol: 'Tcp',
    port: 443,
    remote: 'Storage.eastus2',
    status: 'required',
    verdict: 'reaches',
    reason: 'TCP 443 to Storage.eastus2 is allowed.',
    path: ['NSG nsg: AllowStorageOutbound (150)', 'system route 0.0.0.0/0 → Internet'],
    ...over,
  };
}
