import { DOCS } from '../../core/index.ts';
import type { ArmClient, ArmLock, ReadOptions } from '../arm/index.ts';
import { isActionAllowed, JOIN_ACTIONS } from '../arm/permissions.ts';
import { resourceGroupOf } from '../arm/resourceIds.ts';
import { settleCheck, type LiveCheckResult, type Verdict } from './liveCheckResult.ts';
import { checkNetworkQuota, checkQuota, type NetworkQuotaTarget, type QuotaTarget } from './quotaCheck.ts';

export type { LiveCheckResult } from './liveCheckResult.ts';

/** Management locks, and what they block. */
export const LOCKS_DOC = 'https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources';

export interface LiveCheckTargets {
  /** The VNet the compute joins. */
  readonly vnetId: string;
  /** The workspace, when one was chosen. */
  readonly workspaceId?: string;
  /** Compute with public IPs creates and deletes resources in the VNet's group, so a lock breaks it. */
  readonly computePublicIp: boolean;
  /** The vCPU quota the compute needs, when it runs on Azure Machine Learning's quota. */
  readonly quota?: QuotaTarget;
  /** What the compute creates in the VNet's subscription and region, against its network quotas. */
  readonly networkQuota?: NetworkQuotaTarget;
}

const groupScope = (id: string): string | undefined => {
  const match = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+/i.exec(id);
  return match?.[0];
};

function lockVerdict(group: string, locks: readonly ArmLock[], publicIp: boolean): Verdict {
  if (locks.length === 0) {
    return { outcome: 'passed', severity: 'info', message: `No lock applies to resource group ${group}.` };
  }
  const named = locks.map((lock) => `"${lock.name}" (${lock.level})`).join(', ');
  const effect = publicIp
    ? 'Compute with public IPs creates and deletes a load balancer, public IP and NSG there, so a lock makes scaling to and from zero nodes and deleting the compute fail. Remove the lock, or plan compute without public IPs.'
    : 'A lock can block deleting or changing the compute’s network resources. Check that it allows what your team does there.';
  return {
    outcome: 'problem',
    severity: publicIp ? 'warning' : 'info',
    message: `Resource group ${group} is locked by ${named}. ${effect}`,
  };
}

async function checkLocks(
  client: ArmClient,
  scope: string,
  publicIp: boolean,
  role: string,
  options: ReadOptions,
): Promise<LiveCheckResult> {
  const group = resourceGroupOf(scope) ?? scope;
  const base = {
    key: `locks:${group.toLowerCase()}`,
    ruleId: 'locks',
    title: `Locks on resource group ${group} (${role})`,
    docUrl: LOCKS_DOC,
  } as const;
  return settleCheck(base, "Couldn't check for locks.", async () => {
    const { items } = await client.listLocks(scope, options);
    return lockVerdict(group, items, publicIp);
  });
}

async function checkJoin(client: ArmClient, vnetId: string, options: ReadOptions): Promise<LiveCheckResult> {
  const base = {
    key: 'rbac-join',
    ruleId: 'rbac-join',
    title: 'Your permission to join compute to the virtual network',
    docUrl: DOCS.secureTraining,
  } as const;
  return settleCheck(base, "Couldn't check your permissions.", async (): Promise<Verdict> => {
    const { items } = await client.checkPermissions(vnetId, options);
    const missing = JOIN_ACTIONS.filter((action) => !isActionAllowed(items, action));
    if (missing.length === 0) {
      return {
        outcome: 'passed',
        severity: 'info',
        message: `You may join compute to this virtual network (${JOIN_ACTIONS.join(', ')}).`,
      };
    }
    return {
      outcome: 'problem',
      severity: 'warning',
      message:
        `Your account lacks ${missing.join(' and ')} on this virtual network, so creating compute in it as you will fail. ` +
        'Ask for Network Contributor on the virtual network (or a custom role with both join actions), or let an identity that has them create the compute.',
    };
  });
}

/**
 * The checks only Azure can answer: management locks on the VNet's and the workspace's resource groups
 * (REQUIREMENTS `locks`), whether the signed-in person may join compute to the VNet (`rbac-join`), from the
 * permissions API, and the quotas the compute draws on (`quota`): Azure Machine Learning vCPUs, and network
 * interfaces, public IPs, load balancers and NSGs in the VNet's region. A read that fails (403, throttling that
 * ran out) becomes an `unknown` result whose message says why, so one missing permission doesn't hide the other results.
 * @see https://learn.microsoft.com/rest/api/authorization/permissions
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources
 */
export async function runLiveChecks(
  client: ArmClient,
  targets: LiveCheckTargets,
  options: ReadOptions = {},
): Promise<LiveCheckResult[]> {
  const scopes = new Map<string, string>();
  const vnetGroup = groupScope(targets.vnetId);
  if (vnetGroup !== undefined) scopes.set(vnetGroup.toLowerCase(), vnetGroup);
  const wsGroup = targets.workspaceId === undefined ? undefined : groupScope(targets.workspaceId);
  const roles = (scope: string) => {
    const key = scope.toLowerCase();
    const names = [
      key === vnetGroup?.toLowerCase() ? 'virtual network' : '',
      key === wsGroup?.toLowerCase() ? 'workspace' : '',
    ];
    return names.filter(Boolean).join(' and ');
  };
  if (wsGroup !== undefined) scopes.set(wsGroup.toLowerCase(), wsGroup);
  const lockChecks = [...scopes.values()].map((scope) =>
    checkLocks(client, scope, targets.computePublicIp, roles(scope), options),
  );
  const quotaChecks = [
    ...(targets.quota === undefined ? [] : [checkQuota(client, targets.quota, options)]),
    ...(targets.networkQuota === undefined ? [] : [checkNetworkQuota(client, targets.networkQuota, options)]),
  ];
  return Promise.all([...lockChecks, checkJoin(client, targets.vnetId, options), ...quotaChecks]);
}
