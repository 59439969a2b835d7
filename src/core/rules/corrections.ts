import { DOCS } from '../catalog/docs.ts';
import {
  analyzeRoutes,
  hasExplicitEgress,
  isCrossRegion,
  instanceMountsFileShare,
  requiredFlows,
  simulateFlows,
  type RouteView,
} from '../flows/index.ts';
import type { Plan } from '../model/index.ts';
import { computeRegion } from '../net/index.ts';
import type { FindingDraft, Rule } from './types.ts';

/**
 * Rows of REQUIREMENTS.md §12 that are checks on a customer-VNet plan (ids as §12 names them).
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */

const TRAINING = ['computeCluster', 'computeInstance', 'serverless'] as const;
const none: readonly FindingDraft[] = [];
const customerVnet = (plan: Plan) => plan.workspace.isolation === 'customerVnet';
const restricted = (plan: Plan) => customerVnet(plan) && plan.outbound.restrict;
const noPublicIp = (plan: Plan) => 'publicIp' in plan.compute && !plan.compute.publicIp;
const baseTag = (prefix: string) => prefix.trim().toLowerCase().split('.')[0] ?? '';
const computeRoutes = (plan: Plan) =>
  customerVnet(plan) ? analyzeRoutes(plan).find((a) => a.subnetPath === 'network.subnet') : undefined;

/** Routes of the subnet's existing table that send AzureMachineLearning or BatchNodeManagement to Internet. */
function internetBypassRoutes(routes: readonly RouteView[]): RouteView[] {
  const tags = new Set(['azuremachinelearning', 'batchnodemanagement']);
  return routes.filter(
    (r) => r.origin === 'existing' && r.nextHopType === 'Internet' && tags.has(baseTag(r.addressPrefix)),
  );
}

function npipBypass(plan: Plan): readonly FindingDraft[] {
  const analysis = computeRoutes(plan);
  if (!analysis || !noPublicIp(plan) || hasExplicitEgress(plan) || analysis.subnet.defaultOutboundAccess)
    return none;
  return internetBypassRoutes(analysis.routes).map((route) => ({
    path: route.path ?? `${analysis.subnetPath}.routeTable.routes`,
    message: `Route "${route.name}" sends ${route.addressPrefix} to next hop Internet, but compute without public IPs on subnet "${analysis.subnet.name}" has no way out there (no NAT gateway, default outbound access off), so that traffic is dropped. Those routes are documented for public-IP compute only: remove the route so the traffic goes through the firewall, or give the subnet a NAT gateway.`,
  }));
}

/** A route with next hop None drops what it covers: 0.0.0.0/0, or a tag a required flow goes to. */
function droppedFlows(plan: Plan): readonly FindingDraft[] {
  const analysis = computeRoutes(plan);
  if (!analysis) return none;
  const remotes = new Set(
    requiredFlows(plan)
      .filter((f) => f.direction === 'Outbound')
      .map((f) => baseTag(f.remote)),
  );
  return analysis.routes
    .filter((r) => r.nextHopType === 'None')
    .filter((r) => r.addressPrefix.trim() === '0.0.0.0/0' || remotes.has(baseTag(r.addressPrefix)))
    .map((route) => ({
      path: route.path ?? `${analysis.subnetPath}.routeTable.routes`,
      message: `Route "${route.name}" sends ${route.addressPrefix} to next hop None, which drops traffic the compute needs. Remove the route, or send it to Internet or the firewall.`,
    }));
}

function smbBlocked(plan: Plan): readonly FindingDraft[] {
  if (!instanceMountsFileShare(plan) || !customerVnet(plan)) return none;
  const smb = simulateFlows(plan).flows.find((v) => v.flow.specId === 'out-storage-smb');
  if (!smb || smb.result !== 'denied') return none;
  return [
    {
      path: smb.rule?.path ?? 'network.subnet.networkSecurityGroup.securityRules',
      message: `The NSG denies outbound TCP 445 to ${smb.flow.remote}${smb.rule ? ` (rule "${smb.rule.name}", priority ${smb.rule.priority})` : ''}. A compute instance mounts the workspace's file share over SMB, so its notebooks and files won't load. Allow TCP 445 to ${smb.flow.remote} before that rule, or secure the storage in the VNet (workspace.storageInVnet).`,
    },
  ];
}

/** §12 rows that are checks. */
export const correctionRules: readonly Rule[] = [
  {
    id: 'regional-tag-region',
    severity: 'info',
    docUrl: DOCS.firewall,
    kinds: ['computeCluster'],
    title: "Storage.<region> is the workspace's region; a cross-region cluster also needs its own.",
    check: (plan) =>
      restricted(plan) && isCrossRegion(plan)
        ? [
            {
              path: 'compute.region',
              message: `The cluster is in ${computeRegion(plan)}, the workspace in ${plan.workspace.region}. The rules allow Storage.${plan.workspace.region} (the workspace's storage account) and Storage.${computeRegion(plan)} (Azure Batch's storage in the cluster's region), and BatchNodeManagement.${computeRegion(plan)}.`,
            },
          ]
        : none,
  },
  {
    id: 'npip-no-internet-bypass',
    severity: 'error',
    docUrl: DOCS.firewall,
    kinds: TRAINING,
    title: 'Compute without public IPs must not route service tags to Internet without a NAT gateway.',
    check: npipBypass,
  },
  {
    id: 'route-drops-flow',
    severity: 'error',
    docUrl: DOCS.udr,
    kinds: TRAINING,
    title: 'A route with next hop None must not cover traffic the compute needs.',
    check: droppedFlows,
  },
  {
    id: 'azure-monitor-default',
    severity: 'warning',
    docUrl: DOCS.firewall,
    kinds: TRAINING,
    title: 'Restricted outbound needs AzureMonitor unless Azure Monitor is private-linked.',
    check: (plan) =>
      restricted(plan) && !plan.outbound.azureMonitor && !plan.outbound.azureMonitorPrivateLink
        ? [
            {
              path: 'outbound.azureMonitor',
              message:
                'Outbound is restricted and AzureMonitor is not allowed, so monitoring data (metrics, logs) from the compute is blocked. Set outbound.azureMonitor to true, or set outbound.azureMonitorPrivateLink if Azure Monitor is reached through a Private Link Scope from this VNet.',
            },
          ]
        : none,
  },
  {
    id: 'acr-reachable',
    severity: 'warning',
    docUrl: DOCS.firewall,
    kinds: TRAINING,
    title: "Restricted outbound needs the workspace's container registry unless it is private.",
    check: (plan) =>
      restricted(plan) &&
      !plan.outbound.publicContainerRegistry &&
      !plan.outbound.containerRegistryPrivateEndpoint
        ? [
            {
              path: 'outbound.publicContainerRegistry',
              message: `Outbound is restricted and AzureContainerRegistry.${plan.workspace.region} is not allowed. Job submission and custom images use the workspace's container registry: set outbound.publicContainerRegistry to true, or set outbound.containerRegistryPrivateEndpoint if the registry has a private endpoint reachable from this VNet.`,
            },
          ]
        : none,
  },
  {
    id: 'ci-file-share-445',
    severity: 'warning',
    docUrl: DOCS.firewall,
    kinds: ['computeInstance'],
    title: 'A compute instance mounts the workspace file share over SMB 445.',
    check: smbBlocked,
  },
];
