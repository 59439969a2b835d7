import { NETWORK_READ_ACTION, VNET_JOIN_ACTIONS } from '../catalog/access.ts';
import { AZURE_DNS_IP, INSTANCE_WEBSOCKET_HOSTS, workspaceZones } from '../catalog/dns.ts';
import { DOCS } from '../catalog/docs.ts';
import type { Plan } from '../model/index.ts';
import { computeRegion, hasPublicIp, joinedNetwork, vnetSubscriptionId } from '../net/index.ts';
import type { FindingDraft, Rule } from './types.ts';

/**
 * REQUIREMENTS.md §1: where the compute and its VNet may be. Region defaults to the workspace's for the
 * compute, and subscription to the workspace's for the VNet.
 */

/** The workspace's two private DNS zones in the plan's cloud, for messages. */
const zonesOf = (plan: Plan) => workspaceZones(plan.workspace.region).join(' and ');
const none: readonly FindingDraft[] = [];
const one = (path: string, message: string): FindingDraft[] => [{ path, message }];

/** Path of the region to change: the compute's when it was set away from the workspace's, else the VNet's. */
const regionPath = (plan: Plan) =>
  plan.compute.region !== undefined && plan.compute.region !== plan.workspace.region
    ? 'compute.region'
    : 'network.vnet.region';

const vnetSameSubscription: Rule = {
  id: 'vnet-same-subscription',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  kinds: ['computeCluster', 'computeInstance', 'serverless', 'databricks'],
  title: "The compute's VNet is in the workspace's subscription.",
  check(plan) {
    const vnet = vnetSubscriptionId(plan);
    const workspace = plan.workspace.subscriptionId;
    if (!joinedNetwork(plan) || !vnet || vnet.toLowerCase() === workspace.toLowerCase()) return none;
    return one(
      'network.vnet.subscriptionId',
      `The virtual network is in subscription ${vnet}, but the workspace is in ${workspace}. Compute can only join a VNet in the workspace's subscription. Choose a VNet in subscription ${workspace}.`,
    );
  },
};

const vnetSameRegion: Rule = {
  id: 'vnet-same-region',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  title: 'The compute is in the same region as its VNet.',
  check(plan) {
    const network = joinedNetwork(plan);
    const region = computeRegion(plan);
    if (!network || network.vnet.region === region) return none;
    const source = plan.compute.region ? 'set on the compute' : "the workspace's region";
    return one(
      regionPath(plan),
      `The compute is in ${region} (${source}) but the virtual network "${network.vnet.name}" is in ${network.vnet.region}. A resource can only join a VNet in its own region. Use a VNet in ${region}, or put the compute in ${network.vnet.region}.`,
    );
  },
};

const ciSameRegion: Rule = {
  id: 'ci-same-region',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  kinds: ['computeInstance'],
  title: "A compute instance is in the workspace's region.",
  check(plan) {
    const region = computeRegion(plan);
    if (region === plan.workspace.region) return none;
    return one(
      'compute.region',
      `The compute instance is in ${region}, but the workspace is in ${plan.workspace.region}. A compute instance can't be in another region than its workspace, so its VNet must be there too. Remove compute.region or set it to ${plan.workspace.region}, and use a VNet in ${plan.workspace.region}.`,
    );
  },
};

const ccCrossRegion: Rule = {
  id: 'cc-cross-region',
  severity: 'warning',
  docUrl: DOCS.computeCluster,
  kinds: ['computeCluster'],
  title: 'A compute cluster in another region than the workspace needs a private path and DNS.',
  check(plan) {
    const region = computeRegion(plan);
    if (plan.workspace.isolation !== 'customerVnet' || region === plan.workspace.region) return none;
    return one(
      'compute.region',
      `The cluster is in ${region}, the workspace in ${plan.workspace.region}. This works only when the cluster's VNet reaches the workspace privately (VNet peering, or a workspace private endpoint in that VNet) and both private DNS zones (${zonesOf(plan)}) are linked to it; traffic between regions is billed as egress. Keep the cluster in ${plan.workspace.region} unless you need another region's capacity.`,
    );
  },
};

const managedVnetExclusive: Rule = {
  id: 'managed-vnet-exclusive',
  severity: 'error',
  docUrl: DOCS.managedNetwork,
  kinds: ['computeCluster', 'computeInstance', 'serverless'],
  title: "Under a managed VNet, compute can't be placed in your own VNet.",
  check(plan) {
    if (plan.workspace.isolation !== 'managedVnet' || !plan.network) return none;
    return one(
      'network',
      `The workspace uses a managed virtual network, but the plan also puts the compute in your VNet "${plan.network.vnet.name}". Under a managed network, Azure places compute in the managed VNet; it can't join your own. Remove the "network" section, or set workspace.isolation to "customerVnet".`,
    );
  },
};

const ciVnetAtCreation: Rule = {
  id: 'ci-vnet-at-creation',
  severity: 'info',
  docUrl: DOCS.secureTraining,
  kinds: ['computeInstance'],
  title: 'A compute instance joins a VNet only when it is created.',
  check(plan) {
    if (!joinedNetwork(plan)) return none;
    return one(
      'network.subnet',
      `An existing compute instance can't be moved into a VNet. If "${plan.compute.name ?? 'this instance'}" already exists outside this subnet, create a new instance (with a new name) in the subnet instead.`,
    );
  },
};

function storageDraft(plan: Plan): FindingDraft | undefined {
  const network = joinedNetwork(plan);
  if (!network || !plan.workspace.storageInVnet) return undefined;
  const dbx = plan.compute.kind === 'databricks';
  const vnet = `"${network.vnet.name}"`;
  if (network.vnet.mode === 'new') {
    const why = dbx
      ? `Azure Databricks must reach it from its own VNet, and the storage account can't already be secured to a VNet that doesn't exist yet. Secure the storage account to ${vnet} (a network rule for the Databricks subnets, or a private endpoint in ${vnet}) after it is created.`
      : `The compute must reach it privately: give the storage account a private endpoint reachable from ${vnet} (with its private DNS zone linked), or add the compute subnet to its network rules once ${vnet} exists.`;
    return {
      path: 'workspace.storageInVnet',
      message: `The default storage account is secured behind a virtual network, and it can't be ${vnet}: that VNet is new. ${why}`,
      severity: dbx ? 'error' : 'warning',
    };
  }
  const verify = dbx
    ? `Verify that the storage account is secured to ${vnet} itself (its network rules or a private endpoint there); Azure Databricks can't use storage secured to another VNet.`
    : `The plan doesn't say which VNet; verify that the compute reaches it from ${vnet}: a private endpoint reachable from ${vnet} with its private DNS zone linked, or a network rule for the compute subnet.`;
  return {
    path: 'workspace.storageInVnet',
    message: `The default storage account is secured behind a virtual network. ${verify}`,
    severity: dbx ? 'warning' : 'info',
  };
}

const storageSameVnet: Rule = {
  id: 'storage-same-vnet',
  severity: 'error',
  docUrl: DOCS.secureTraining,
  title: 'Storage secured behind a VNet is reachable from the compute VNet.',
  check(plan) {
    const draft = storageDraft(plan);
    return draft ? [draft] : none;
  },
};

const port445Storage: Rule = {
  id: 'port-445-storage',
  severity: 'warning',
  docUrl: DOCS.secureTraining,
  kinds: ['computeCluster', 'computeInstance'],
  title: 'SMB (TCP 445) is open between the compute and the default storage account.',
  check(plan) {
    const viaAppliance = plan.tunneling.mode === 'userDefinedRoutes';
    if (!joinedNetwork(plan) || !(plan.workspace.storageInVnet || viaAppliance)) return none;
    const how = plan.workspace.storageInVnet ? 'over a private path' : 'through your firewall or appliance';
    return one(
      plan.workspace.storageInVnet ? 'workspace.storageInVnet' : 'tunneling.mode',
      `The compute reaches the default storage account ${how}. Azure Machine Learning mounts its file shares over SMB, so TCP 445 must be allowed from the compute subnet to the storage account (or its private endpoint) in every NSG, firewall and route on the way; many firewalls block 445 by default. Verify it is open.`,
    );
  },
};

const ciWebsockets: Rule = {
  id: 'ci-websockets',
  severity: 'info',
  docUrl: DOCS.firewall,
  kinds: ['computeInstance'],
  title: 'Jupyter on a compute instance needs WebSockets.',
  check(plan) {
    if (!joinedNetwork(plan)) return none;
    return one(
      'compute',
      `Jupyter and terminals on a compute instance use WebSockets to ${INSTANCE_WEBSOCKET_HOSTS.join(' and ')}. If a proxy or firewall sits between users and the instance, allow WebSocket upgrades to those hosts.`,
    );
  },
};

const customDns: Rule = {
  id: 'custom-dns',
  severity: 'warning',
  docUrl: DOCS.secureTraining,
  kinds: ['computeCluster', 'computeInstance'],
  title: 'Custom DNS servers forward to Azure DNS.',
  check(plan) {
    const network = joinedNetwork(plan);
    const servers = network?.vnet.dnsServers ?? [];
    if (servers.every((server) => server.trim() === AZURE_DNS_IP)) return none;
    return one(
      'network.vnet.dnsServers',
      `The VNet uses custom DNS servers (${servers.join(', ')}). Private-link names such as those in ${zonesOf(plan)} resolve only through Azure DNS, so these servers must forward to ${AZURE_DNS_IP} (or host those zones). Configure a forwarder, or clear dnsServers to use Azure-provided DNS.`,
    );
  },
};

const rbacJoin: Rule = {
  id: 'rbac-join',
  severity: 'info',
  docUrl: DOCS.secureTraining,
  live: true,
  title: 'Whoever creates the compute may join the VNet and subnet.',
  check(plan) {
    const network = joinedNetwork(plan);
    if (!network) return none;
    return one(
      'network.vnet.name',
      `Whoever creates the compute (a person or a pipeline identity) needs ${VNET_JOIN_ACTIONS.join(' and ')} on "${network.vnet.name}" in resource group ${network.vnet.resourceGroup}, and ${NETWORK_READ_ACTION} when creating it outside an ARM deployment (CLI, SDK or studio). The plan can't show role assignments: verify them, for example with Network Contributor on the VNet.`,
    );
  },
};

const locks: Rule = {
  id: 'locks',
  severity: 'warning',
  docUrl: DOCS.secureTraining,
  kinds: ['computeCluster', 'computeInstance'],
  live: true,
  title: "No resource lock blocks a public-IP compute's network resources.",
  check(plan) {
    const network = joinedNetwork(plan);
    if (!network || !hasPublicIp(plan)) return none;
    return one(
      'network.vnet.resourceGroup',
      `Compute with public IPs creates and deletes a load balancer, public IP and NSG in resource group ${network.vnet.resourceGroup}. A lock on the VNet, that resource group or the workspace's (${plan.workspace.resourceGroup}) makes deleting or scaling the compute fail (it stays "resizing 0→0"). The plan can't show locks: verify with "az lock list --resource-group ${network.vnet.resourceGroup}", or set compute.publicIp to false.`,
    );
  },
};

const policyDenyNetwork: Rule = {
  id: 'policy-deny-network',
  severity: 'warning',
  docUrl: DOCS.secureTraining,
  kinds: ['computeCluster', 'computeInstance'],
  live: true,
  title: 'No Azure Policy denies the network resources a public-IP compute creates.',
  check(plan) {
    if (!joinedNetwork(plan) || !hasPublicIp(plan)) return none;
    return one(
      'compute.publicIp',
      `Compute with public IPs creates an NSG, a public IP and a load balancer. If an Azure Policy denies any of them (common in landing zones), creating the compute fails. Verify the policies assigned to the VNet's resource group, or set compute.publicIp to false: no-public-IP compute creates none of them.`,
    );
  },
};

const pipResources: Rule = {
  id: 'pip-resources',
  severity: 'info',
  docUrl: DOCS.secureTraining,
  kinds: ['computeCluster', 'computeInstance'],
  title: 'What a public-IP compute creates in the VNet resource group.',
  check(plan) {
    const network = joinedNetwork(plan);
    if (!network || !hasPublicIp(plan)) return none;
    const lifetime =
      plan.compute.kind === 'computeCluster'
        ? 'A cluster deletes them when it scales to 0 nodes and creates them again when it scales up.'
        : 'An instance keeps them until it is deleted.';
    return one(
      'compute.publicIp',
      `This compute creates one NSG, one public IP and one load balancer (plus NICs) in the VNet's resource group ${network.vnet.resourceGroup}, counted against that subscription's quotas. ${lifetime} Set compute.publicIp to false to avoid them.`,
    );
  },
};

/**
 * §1 placement rules, in catalogue order.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
export const placementRules: readonly Rule[] = [
  vnetSameSubscription,
  vnetSameRegion,
  ciSameRegion,
  ccCrossRegion,
  managedVnetExclusive,
  ciVnetAtCreation,
  storageSameVnet,
  port445Storage,
  ciWebsockets,
  customDns,
  rbacJoin,
  locks,
  policyDenyNetwork,
  pipResources,
];
