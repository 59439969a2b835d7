import type { Plan } from '../../../core/index.ts';

type Compute = Plan['compute'];

const KIND_WORDS: Readonly<Record<Compute['kind'], string>> = {
  computeCluster: 'A compute cluster',
  computeInstance: 'A compute instance',
  serverless: 'Serverless compute',
  databricks: 'An attached Azure Databricks workspace',
  virtualMachine: 'An attached virtual machine',
  hdinsight: 'An attached HDInsight cluster',
};

function computeDetails(compute: Compute): string[] {
  const details: string[] = [];
  if ('vmSize' in compute && compute.vmSize) details.push(compute.vmSize);
  if (compute.kind === 'computeCluster')
    details.push(
      `${compute.minNodes} to ${compute.maxNodes} nodes`,
      compute.priority === 'lowPriority' ? 'low priority' : 'dedicated',
    );
  if (compute.kind === 'serverless') details.push(`up to ${compute.maxNodes} nodes`);
  if ('publicIp' in compute)
    details.push(compute.publicIp ? 'public IP addresses' : 'no public IP addresses');
  if ('ssh' in compute && compute.ssh?.enabled) details.push(`SSH on port ${compute.ssh.port}`);
  return details;
}

function computeSentence(plan: Plan): string {
  const { compute, workspace } = plan;
  const name = compute.name ? ` named "${compute.name}"` : '';
  const details = computeDetails(compute);
  const detail = details.length > 0 ? ` (${details.join(', ')})` : '';
  const region = compute.region ?? workspace.region;
  return `${KIND_WORDS[compute.kind]}${name}${detail} for workspace "${workspace.name}" in resource group ${workspace.resourceGroup}, ${region}.`;
}

function subnetWords(subnet: { name: string; addressPrefix: string; mode: string }): string {
  return `"${subnet.name}" (${subnet.addressPrefix}, ${subnet.mode === 'new' ? 'new' : 'existing'})`;
}

function networkSentence(plan: Plan): string {
  const { workspace, network } = plan;
  if (workspace.isolation === 'managedVnet' || !network) {
    const mode =
      workspace.managedNetworkMode === 'allowOnlyApprovedOutbound'
        ? 'allows only approved outbound traffic'
        : 'allows outbound internet traffic';
    return `Microsoft runs the network: a managed virtual network that ${mode}.`;
  }
  const vnet = `the ${network.vnet.mode === 'new' ? 'new' : 'existing'} virtual network "${network.vnet.name}" in resource group ${network.vnet.resourceGroup}`;
  if (network.databricks) {
    const { publicSubnet, privateSubnet } = network.databricks;
    return `It uses subnets ${subnetWords(publicSubnet)} and ${subnetWords(privateSubnet)} of ${vnet}.`;
  }
  return network.subnet ? `It joins subnet ${subnetWords(network.subnet)} of ${vnet}.` : `It uses ${vnet}.`;
}

function egressSentence(plan: Plan): string | undefined {
  if (plan.workspace.isolation === 'managedVnet') return undefined;
  const outbound = plan.outbound.restrict
    ? 'Outbound traffic is limited to what Azure Machine Learning needs'
    : 'Outbound internet traffic is not restricted';
  const { mode, applianceIp } = plan.tunneling;
  const route =
    mode === 'natGateway'
      ? ' and leaves through a NAT gateway'
      : mode === 'userDefinedRoutes'
        ? ` and is sent through the firewall or appliance at ${applianceIp ?? '(not set)'}`
        : '';
  return `${outbound}${route}.`;
}

/** The plan in a few plain sentences: what compute, where, in which network, and how traffic leaves. */
export function describePlan(plan: Plan): string[] {
  const access = plan.workspace.privateEndpoint
    ? 'The workspace is reached through a private endpoint.'
    : 'The workspace is reached over its public endpoint.';
  return [computeSentence(plan), networkSentence(plan), egressSentence(plan), access].filter(
    (line): line is string => line !== undefined,
  );
}
