import { createArmReader, type ArmClientOptions, type ArmReader } from './client.ts';
import { machineLearningReads } from './machineLearning.ts';
import { managementReads } from './management.ts';
import { networkReads } from './network.ts';

export { API_VERSIONS, DEFAULT_ARM_BASE_URL } from './apiVersions.ts';
export { ArmError, isArmError, type ArmClientErrorCode } from './armError.ts';
export type { ArmClientOptions, ArmList, ArmReader, ReadOptions } from './client.ts';
export type { ArmMlVmSize } from './machineLearning.ts';
export type { ArmUsage } from './usages.ts';
export type { ArmLocation, ArmLock, ArmResourceGroup, ArmSubscription, ArmWorkspace } from './management.ts';
export type {
  ArmNatGateway,
  ArmNetworkSecurityGroup,
  ArmRouteTable,
  ArmSubnet,
  ArmVirtualNetwork,
} from './networkShapes.ts';
export { isActionAllowed, JOIN_ACTIONS, type ArmPermission } from './permissions.ts';
export type { FetchLike } from './pipeline.ts';
export type { GetToken, Sleep } from './policies.ts';

/** The Azure Resource Manager client: GET-only reads, with resource methods over them. */
export type ArmClient = ArmReader &
  ReturnType<typeof networkReads> &
  ReturnType<typeof managementReads> &
  ReturnType<typeof machineLearningReads>;

/**
 * An ARM client over an injected `fetch` and token provider. It only reads (GET): there is no method
 * that could create, change or delete a resource. Throttling (429/503) is retried honouring
 * `Retry-After`; a 401 gets one silent token refresh; every failure is an {@link ArmError} whose message
 * tells the user what to do. Neither tokens nor resource data are logged.
 * @see https://learn.microsoft.com/rest/api/azure/
 */
export function createArmClient(options: ArmClientOptions): ArmClient {
  const reader = createArmReader(options);
  return {
    get: reader.get,
    list: reader.list,
    ...networkReads(reader),
    ...managementReads(reader),
    ...machineLearningReads(reader),
  };
}
