import type { Plan } from '../../core/index.ts';
import type { ArmClient, ArmUsage, ArmMlVmSize, ReadOptions } from '../arm/index.ts';
import { settleCheck, type LiveCheckResult, type Verdict } from './liveCheckResult.ts';

/** Azure Machine Learning quotas: per VM family and per region, dedicated and low priority. */
export const QUOTA_DOC = 'https://learn.microsoft.com/azure/machine-learning/how-to-manage-quotas';

/** What the plan's compute would take from Azure Machine Learning's vCPU quota at full scale. */
export interface QuotaTarget {
  readonly subscriptionId: string;
  readonly region: string;
  readonly vmSize: string;
  /** Nodes at full scale: `maxNodes` for a cluster or serverless job, 1 for an instance. */
  readonly nodes: number;
  readonly lowPriority: boolean;
  /** The compute as the person knows it: "the cluster", "the compute instance", "a serverless job". */
  readonly what: string;
}

/**
 * The quota the plan's compute needs in `subscriptionId`: clusters, instances and serverless jobs with a VM
 * size run on Azure Machine Learning's quota (in the compute's region); attached compute (Databricks, a VM,
 * HDInsight) brings its own, and serverless without a size lets Azure choose.
 */
export function quotaTarget(plan: Plan, subscriptionId: string): QuotaTarget | undefined {
  const { compute } = plan;
  const region = compute.region ?? plan.workspace.region;
  const base = { subscriptionId, region };
  switch (compute.kind) {
    case 'computeCluster':
      return {
        ...base,
        vmSize: compute.vmSize,
        nodes: compute.maxNodes,
        lowPriority: compute.priority === 'lowPriority',
        what: `cluster "${compute.name}"`,
      };
    case 'computeInstance':
      return {
        ...base,
        vmSize: compute.vmSize,
        nodes: 1,
        lowPriority: false,
        what: `compute instance "${compute.name}"`,
      };
    case 'serverless':
      return compute.vmSize === undefined
        ? undefined
        : {
            ...base,
            vmSize: compute.vmSize,
            nodes: compute.maxNodes,
            lowPriority: false,
            what: 'serverless jobs',
          };
    default:
      return undefined;
  }
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** `standardDSv2Family` → the bucket "Standard DSv2 Family Cluster Dedicated vCPUs" (or LowPriority). */
function familyBucket(
  usages: readonly ArmUsage[],
  family: string,
  lowPriority: boolean,
): ArmUsage | undefined {
  const core = family.replace(/^standard/i, '').replace(/family$/i, '');
  const wanted = normalise(`${core}FamilyCluster${lowPriority ? 'LowPriority' : 'Dedicated'}vCPUs`);
  return usages.find(
    (usage) =>
      /\/vmFamily\/usages$/i.test(usage.type) &&
      [wanted, `standard${wanted}`].includes(normalise(usage.name)),
  );
}

/** "Total Cluster Dedicated Regional vCPUs" (or LowPriority): the ceiling over every family in the region. */
function regionalBucket(usages: readonly ArmUsage[], lowPriority: boolean): ArmUsage | undefined {
  const type = lowPriority ? /\/lowPriorityCores\/usages$/i : /\/dedicatedCores\/usages$/i;
  const name = normalise(`Total Cluster ${lowPriority ? 'LowPriority' : 'Dedicated'} Regional vCPUs`);
  return (
    usages.find((usage) => type.test(usage.type)) ?? usages.find((usage) => normalise(usage.name) === name)
  );
}

const free = (usage: ArmUsage) => (usage.limit < 0 ? Number.POSITIVE_INFINITY : usage.limit - usage.current);

function describe(usage: ArmUsage): string {
  if (usage.limit < 0) return `"${usage.name}": no limit of its own`;
  return `"${usage.name}": ${usage.current} of ${usage.limit} in use, ${Math.max(free(usage), 0)} free`;
}

/** The verdict once the size and the buckets are known. */
export function quotaVerdict(
  target: QuotaTarget,
  size: ArmMlVmSize | undefined,
  usages: readonly ArmUsage[],
): Verdict {
  if (size === undefined) {
    return {
      outcome: 'problem',
      severity: 'warning',
      message: `Azure Machine Learning doesn't list ${target.vmSize} among the VM sizes it offers in ${target.region} to this subscription, so creating ${target.what} with it will fail. Choose a size from that list (the studio's compute form shows it), or another region.`,
    };
  }
  if (target.lowPriority && !size.lowPriorityCapable) {
    return {
      outcome: 'problem',
      severity: 'warning',
      message: `${size.name} isn't offered as low priority in ${target.region}. Choose dedicated nodes, or a size that offers low priority.`,
    };
  }
  const needed = size.vCPUs * target.nodes;
  const buckets = [
    familyBucket(usages, size.family, target.lowPriority),
    regionalBucket(usages, target.lowPriority),
  ];
  const known = buckets.filter((bucket): bucket is ArmUsage => bucket !== undefined);
  const nodesText = target.nodes === 1 ? 'one node' : `${target.nodes} nodes`;
  const demand = `${target.what} needs up to ${needed} vCPUs (${nodesText} of ${size.name}, ${size.vCPUs} vCPUs each)`;
  if (known.length < buckets.length) {
    return {
      outcome: 'unknown',
      severity: 'warning',
      message: `${demand}, but the region's usages don't show the ${buckets[0] === undefined ? `quota of family ${size.family}` : 'regional vCPU quota'}. Check it in Azure Machine Learning studio (Quota) before scaling up.`,
    };
  }
  const short = known.filter((bucket) => free(bucket) < needed);
  if (short.length > 0) {
    return {
      outcome: 'problem',
      severity: 'warning',
      message: `${demand}, more than the quota left now: ${short.map(describe).join('; ')}. Nodes beyond it won't start and jobs wait. Request more quota (Azure Machine Learning studio, Quota), or plan fewer nodes or a smaller size.`,
    };
  }
  return {
    outcome: 'passed',
    severity: 'info',
    message: `${demand}, within the quota left now: ${known.map(describe).join('; ')}. Quota is shared, so other compute can use it up before this one scales.`,
  };
}

/**
 * Whether the subscription has the Azure Machine Learning vCPU quota for the plan's compute at full scale, from
 * the region's VM sizes (family and vCPUs of the chosen size) and usages (the family's and the region's buckets).
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-manage-quotas
 */
export async function checkQuota(
  client: ArmClient,
  target: QuotaTarget,
  options: ReadOptions = {},
): Promise<LiveCheckResult> {
  const base = {
    key: `quota:${target.region}:${target.vmSize.toLowerCase()}`,
    ruleId: 'quota',
    title: `Quota for ${target.vmSize} in ${target.region}`,
    docUrl: QUOTA_DOC,
  } as const;
  return settleCheck(base, "Couldn't read the quota.", async () => {
    const [sizes, usages] = await Promise.all([
      client.listMlVmSizes(target.subscriptionId, target.region, options),
      client.listMlUsages(target.subscriptionId, target.region, options),
    ]);
    const size = sizes.items.find((item) => item.name.toLowerCase() === target.vmSize.toLowerCase());
    return quotaVerdict(target, size, usages.items);
  });
}

/** Azure's networking limits per subscription and region. */
export const NETWORK_LIMITS_DOC =
  'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#azure-networking-limits';

/** What the compute creates in the virtual network's subscription and region, counted against its network quotas. */
export interface NetworkQuotaTarget {
  /** The virtual network's subscription and region. */
  readonly subscriptionId: string;
  readonly region: string;
  /** Network interfaces: one per node. */
  readonly nodes: number;
  /** Compute with public IPs also gets a public IP, a load balancer and an NSG (REQUIREMENTS `pip-resources`). */
  readonly publicIp: boolean;
  readonly what: string;
}

/** The network resources a cluster or compute instance creates in the VNet `vnetId` (in `region`). */
export function networkQuotaTarget(
  plan: Plan,
  vnetId: string,
  region: string,
): NetworkQuotaTarget | undefined {
  const subscriptionId = /^\/subscriptions\/([^/]+)\//i.exec(vnetId)?.[1];
  const { compute } = plan;
  if (subscriptionId === undefined) return undefined;
  if (compute.kind === 'computeCluster') {
    const what = `cluster "${compute.name}"`;
    return { subscriptionId, region, nodes: compute.maxNodes, publicIp: compute.publicIp, what };
  }
  if (compute.kind === 'computeInstance') {
    return {
      subscriptionId,
      region,
      nodes: 1,
      publicIp: compute.publicIp,
      what: `compute instance "${compute.name}"`,
    };
  }
  return undefined;
}

/** The network buckets the compute draws on, with how many of each it needs. */
function networkDemand(
  target: NetworkQuotaTarget,
): readonly { readonly bucket: string; readonly needed: number }[] {
  const perNode = [{ bucket: 'NetworkInterfaces', needed: target.nodes }];
  if (!target.publicIp) return perNode;
  return [
    ...perNode,
    { bucket: 'PublicIPAddresses', needed: 1 },
    { bucket: 'LoadBalancers', needed: 1 },
    { bucket: 'NetworkSecurityGroups', needed: 1 },
  ];
}

/** The verdict once the region's network usages are known. */
export function networkQuotaVerdict(target: NetworkQuotaTarget, usages: readonly ArmUsage[]): Verdict {
  const rows = networkDemand(target).map((demand) => ({
    ...demand,
    usage: usages.find((usage) => normalise(usage.name) === normalise(demand.bucket)),
  }));
  const known = rows.filter((row): row is typeof row & { usage: ArmUsage } => row.usage !== undefined);
  const needs = rows.map((row) => `${row.needed} ${row.bucket}`).join(', ');
  if (known.length === 0) {
    return {
      outcome: 'unknown',
      severity: 'warning',
      message: `${target.what} needs ${needs} in ${target.region}, but the region's network usages list none of them. Check the subscription's network quotas before creating it.`,
    };
  }
  const short = known.filter((row) => free(row.usage) < row.needed);
  if (short.length > 0) {
    return {
      outcome: 'problem',
      severity: 'warning',
      message: `${target.what} needs ${needs} in ${target.region}, more than is left of ${short.map((row) => describe(row.usage)).join('; ')}. Creating or scaling it will fail there: request a higher limit, free some up${target.publicIp ? ', or plan compute without public IPs' : ''}.`,
    };
  }
  return {
    outcome: 'passed',
    severity: 'info',
    message: `${target.what} needs ${needs} in ${target.region}; there is room: ${known.map((row) => describe(row.usage)).join('; ')}.`,
  };
}

/**
 * Whether the virtual network's subscription has the network quota for what the compute creates in its region:
 * a network interface per node and, with public IPs, a public IP, a load balancer and an NSG.
 * @see https://learn.microsoft.com/rest/api/virtualnetwork/usages/list
 */
export async function checkNetworkQuota(
  client: ArmClient,
  target: NetworkQuotaTarget,
  options: ReadOptions = {},
): Promise<LiveCheckResult> {
  const base = {
    key: `quota:network:${target.region}`,
    ruleId: 'quota',
    title: `Network quota in ${target.region}`,
    docUrl: NETWORK_LIMITS_DOC,
  } as const;
  return settleCheck(base, "Couldn't read the network quota.", async () => {
    const { items } = await client.listNetworkUsages(target.subscriptionId, target.region, options);
    return networkQuotaVerdict(target, items);
  });
}
