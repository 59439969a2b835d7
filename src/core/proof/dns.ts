import { AZURE_DNS_IP } from '../catalog/dns.ts';
import type { Flow } from '../flows/index.ts';
import { resolvePrivateConnectivity, type Plan } from '../model/index.ts';
import { hasPublicIp } from '../net/index.ts';
import type { Step } from './types.ts';

/** How the compute VNet resolves the workspace's names. */
export interface WorkspaceResolution {
  /**
   * `private`: to the workspace private endpoint, which the compute can reach; `public`: to its public
   * address; `unreachable`: to an endpoint in a hub the compute VNet isn't peered with; `unknown`: can't tell.
   */
  readonly resolves: 'private' | 'public' | 'unreachable' | 'unknown';
  /** Why, for people. */
  readonly reason: string;
  /** The plan path that decides it. */
  readonly planPath: string;
}

const and = (names: readonly string[]) => names.join(' and ');

/**
 * How the compute VNet resolves the workspace's names, from where the plan puts the workspace private
 * endpoint and which of its private DNS zones are linked to the compute VNet once deployed
 * (`resolvePrivateConnectivity`), and the VNet's DNS servers. Zone names are the plan's cloud's.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-custom-dns
 * @see https://learn.microsoft.com/azure/private-link/private-endpoint-dns
 */
export function workspaceResolution(plan: Plan): WorkspaceResolution {
  const pc = resolvePrivateConnectivity(plan);
  const workspaceZones = pc.zones.filter((zone) => zone.groupIds.includes('amlworkspace'));
  const zones = and(workspaceZones.map((zone) => zone.name));
  if (pc.placement === 'none') {
    return {
      resolves: 'public',
      reason: `The workspace has no private endpoint reachable from this VNet, so its name resolves to its public address.`,
      planPath: plan.workspace.privateLink ? 'workspace.privateLink.placement' : 'workspace.privateEndpoint',
    };
  }
  const servers = plan.network?.vnet.dnsServers ?? [];
  if (servers.length > 0 && !servers.includes(AZURE_DNS_IP)) {
    return {
      resolves: 'unknown',
      reason: `The VNet uses custom DNS servers (${servers.join(', ')}); the workspace resolves privately only if they forward ${zones} to ${AZURE_DNS_IP}, which the plan can't show.`,
      planPath: 'network.vnet.dnsServers',
    };
  }
  const unlinked = workspaceZones.filter((zone) => !zone.linkedAfterDeploy).map((zone) => zone.name);
  if (unlinked.length > 0) {
    return {
      resolves: 'public',
      reason: `${unlinked.length === 1 ? 'The zone' : 'The zones'} ${and(unlinked)} ${unlinked.length === 1 ? 'is' : 'are'} not linked to the compute VNet, so the workspace's names resolve to its public address there.`,
      planPath: 'workspace.privateLink.dnsZones',
    };
  }
  if (pc.placement === 'hubVnet' && !pc.peering) {
    const hub = pc.hubVnetId?.split('/').at(-1) ?? 'the hub VNet';
    return {
      resolves: 'unreachable',
      reason: `The workspace's names resolve to its private endpoint in ${hub}, but the compute VNet is not peered with ${hub}, so that address can't be reached.`,
      planPath: 'workspace.privateLink.peering',
    };
  }
  const where =
    pc.placement === 'create'
      ? 'the private endpoint this bundle creates'
      : pc.placement === 'hubVnet'
        ? 'the private endpoint in the peered hub'
        : 'the private endpoint in this VNet';
  return {
    resolves: 'private',
    reason: `The workspace's zones (${zones}) resolve in this VNet to ${where}.`,
    planPath: plan.workspace.privateLink ? 'workspace.privateLink.placement' : 'workspace.privateEndpoint',
  };
}

/** True when the flow reaches the workspace by name: its API from compute without public IPs, or private endpoints. */
function needsWorkspaceName(plan: Plan, flow: Flow): boolean {
  if (flow.direction !== 'Outbound') return false;
  if (flow.specId === 'out-vnet') return true;
  return flow.specId === 'out-aml' && flow.port === 443 && !hasPublicIp(plan);
}

/**
 * Name resolution of flows that reach the workspace through its private endpoint: compute without
 * public IPs reaches the workspace only that way (REQUIREMENTS.md §12, workspace-pe-in-compute-vnet).
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
export function dnsStep(plan: Plan, flow: Flow): Step {
  if (!needsWorkspaceName(plan, flow)) return { ok: true, hops: [] };
  const resolution = workspaceResolution(plan);
  if (resolution.resolves === 'private') {
    // Only the flow that carries the traffic to the endpoint shows it; on a service-tag flow it would
    // read as if the workspace were reached along that flow's path.
    return { ok: true, hops: flow.specId === 'out-vnet' ? ['DNS: workspace private endpoint'] : [] };
  }
  const deciding = { resource: 'workspace private endpoint and DNS zones', planPath: resolution.planPath };
  if (resolution.resolves === 'unknown') {
    return {
      ok: false,
      verdict: 'unknown',
      hops: ['DNS: custom servers'],
      reason: resolution.reason,
      deciding,
    };
  }
  if (resolution.resolves === 'unreachable') {
    return {
      ok: false,
      verdict: 'noWayOut',
      hops: ['DNS: private endpoint in the hub', 'no peering'],
      reason: resolution.reason,
      deciding: { resource: 'peering with the hub VNet', planPath: resolution.planPath },
    };
  }
  return {
    ok: false,
    verdict: 'nameWontResolve',
    hops: ['DNS: public address'],
    reason: `${resolution.reason} Compute without public IPs reaches the workspace only through a private endpoint whose zones are linked to its VNet.`,
    deciding,
  };
}
