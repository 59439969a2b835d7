import { AZURE_DNS_IP, WORKSPACE_PRIVATE_DNS_ZONES } from '../catalog/dns.ts';
import type { Flow } from '../flows/index.ts';
import type { Plan } from '../model/index.ts';
import { hasPublicIp } from '../net/index.ts';
import type { Step } from './types.ts';

/** How the compute VNet resolves the workspace's names. */
export interface WorkspaceResolution {
  /** `private`: to the workspace private endpoint; `public`: to its public address; `unknown`: can't tell. */
  readonly resolves: 'private' | 'public' | 'unknown';
  /** Why, for people. */
  readonly reason: string;
  /** The plan path that decides it. */
  readonly planPath: string;
}

/**
 * How the compute VNet resolves the workspace's names. The one function to switch to the private
 * connectivity resolver (private endpoint, zones and their links) once the plan describes them; today it
 * reads `workspace.privateEndpoint` ("reachable through a private endpoint from the compute VNet", zones
 * linked) and the VNet's DNS servers.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-custom-dns
 */
export function workspaceResolution(plan: Plan): WorkspaceResolution {
  const zones = WORKSPACE_PRIVATE_DNS_ZONES.join(' and ');
  if (!plan.workspace.privateEndpoint) {
    return {
      resolves: 'public',
      reason: `The workspace has no private endpoint reachable from this VNet, so its name resolves to its public address.`,
      planPath: 'workspace.privateEndpoint',
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
  return {
    resolves: 'private',
    reason: `The workspace private endpoint's zones (${zones}) resolve in this VNet.`,
    planPath: 'workspace.privateEndpoint',
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
    return { ok: true, hops: ['DNS: workspace private endpoint'] };
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
  return {
    ok: false,
    verdict: 'nameWontResolve',
    hops: ['DNS: public address'],
    reason: `${resolution.reason} Compute without public IPs reaches the workspace only through a private endpoint whose zones are linked to its VNet.`,
    deciding,
  };
}
