import { useCallback, useState } from 'react';
import type { Plan } from '../../core/index.ts';
import type { ArmClient, ArmVirtualNetwork, ArmWorkspace } from '../../azure/arm/index.ts';
import {
  discoverSubnet,
  planWithNetwork,
  planWithWorkspace,
  networkQuotaTarget,
  quotaTarget,
  runLiveChecks,
  workspaceFromArm,
  type LiveCheckResult,
} from '../../azure/discovery/index.ts';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import { failed, IDLE, LOADING, type Load } from './loadState.ts';
import { applyPlan, reviewPlan, type PlanReview } from './applyPlan.ts';
import { markNextPlanFromAzure } from './azurePlanMarker.ts';

/** What an audit of picked resources found beyond the plan's own findings. */
export interface AzureAuditOutcome {
  readonly liveChecks: readonly LiveCheckResult[];
  /** What couldn't be read or was left out (an NSG in a group you can't read, IPv6 prefixes). */
  readonly notes: readonly string[];
}

export interface AuditTargets {
  readonly subscriptionId: string;
  readonly workspace: ArmWorkspace;
  readonly vnet?: ArmVirtualNetwork;
  readonly subnetId?: string;
}

type Built = { ok: true; plan: Plan; outcome: AzureAuditOutcome } | { ok: false; message: string };

async function build(client: ArmClient, plan: Plan, targets: AuditTargets): Promise<Built> {
  const workspace = workspaceFromArm(targets.workspace, targets.subscriptionId);
  if (!workspace.ok) return workspace;
  const withWorkspace = planWithWorkspace(plan, workspace.value);
  if (workspace.value.isolation === 'managedVnet') {
    return { ok: true, plan: withWorkspace, outcome: { liveChecks: [], notes: [] } };
  }
  if (targets.vnet === undefined || targets.subnetId === undefined) {
    return {
      ok: false,
      message: 'This workspace puts compute in your own virtual network: choose the VNet and subnet too.',
    };
  }
  // Compute quota is the workspace's subscription's, in the compute's region (the workspace's, unless set).
  const quota = quotaTarget(withWorkspace, targets.subscriptionId);
  const networkQuota = networkQuotaTarget(withWorkspace, targets.vnet.id, targets.vnet.region);
  const [discovered, liveChecks] = await Promise.all([
    discoverSubnet(client, targets.subnetId),
    runLiveChecks(client, {
      vnetId: targets.vnet.id,
      workspaceId: targets.workspace.id,
      computePublicIp: 'publicIp' in plan.compute && plan.compute.publicIp === true,
      ...(quota === undefined ? {} : { quota }),
      ...(networkQuota === undefined ? {} : { networkQuota }),
    }),
  ]);
  if (!discovered.ok) return discovered;
  const withNetwork = planWithNetwork(withWorkspace, discovered.vnet, discovered.subnet, discovered.egress);
  if (!withNetwork.ok) return withNetwork;
  return { ok: true, plan: withNetwork.value, outcome: { liveChecks, notes: discovered.notes } };
}

/** An audit of picked resources: read, then shown as changes to confirm, then applied with its results. */
export type AzureAudit =
  Load<AzureAuditOutcome> | ({ readonly kind: 'review'; readonly outcome: AzureAuditOutcome } & PlanReview);

/**
 * Reads what the picked resources are and runs the live checks (`run`), shows what that would change in the
 * plan (`review`), and on `confirm` puts exactly that into the plan, so the findings follow.
 */
export function useAzureAudit(client: ArmClient) {
  const store = usePlanStore();
  const [audit, setAudit] = useState<AzureAudit>(IDLE);
  const run = useCallback(
    async (targets: AuditTargets) => {
      setAudit(LOADING);
      try {
        const current = store.getState().plan;
        const built = await build(client, current, targets);
        if (!built.ok) return setAudit({ kind: 'failed', message: built.message });
        const reviewed = reviewPlan(current, built.plan);
        if (!reviewed.ok) return setAudit({ kind: 'failed', message: reviewed.message });
        setAudit({ kind: 'review', plan: reviewed.plan, changes: reviewed.changes, outcome: built.outcome });
      } catch (error) {
        setAudit(failed(error));
      }
    },
    [client, store],
  );
  const confirm = useCallback(() => {
    if (audit.kind !== 'review') return;
    markNextPlanFromAzure(store.getState());
    const applied = applyPlan(store, audit.plan);
    setAudit(
      applied.ok ? { kind: 'ready', value: audit.outcome } : { kind: 'failed', message: applied.message },
    );
  }, [audit, store]);
  return { audit, run, confirm, reset: useCallback(() => setAudit(IDLE), []) };
}
