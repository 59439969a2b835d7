import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '../../core/index.ts';
import { armErrorBody, fakeFetch, type FakeReply } from '../arm/fakeFetch.ts';
import { createArmClient } from '../arm/index.ts';
import { runLiveChecks } from './liveChecks.ts';
import {
  checkNetworkQuota,
  checkQuota,
  networkQuotaTarget,
  quotaTarget,
  type NetworkQuotaTarget,
  type QuotaTarget,
} from './quotaCheck.ts';
import examplePlan from '../../../examples/compute-cluster.plan.json' with { type: 'json' };

const SUB_ID = '11111111-2222-3333-4444-555555555555';
const SUB = `/subscriptions/${SUB_ID}`;
const LOCATION = `${SUB}/providers/Microsoft.MachineLearningServices/locations/eastus2`;

/** Shaped like ARM's answers (Usages_List and VirtualMachineSizes_List examples of the 2024-04-01 API). */
const usage = (type: string, name: string, currentValue: number, limit: number) => ({
  id: `${SUB}/usages/${name.replaceAll(' ', '_')}`,
  type: `Microsoft.MachineLearningServices/${type}/usages`,
  currentValue,
  limit,
  name: { value: name, localizedValue: name },
  unit: 'Count',
});
const size = (name: string, vCPUs: number, family = 'standardDSv2Family', lowPriorityCapable = true) => ({
  name,
  family,
  vCPUs,
  gpus: 0,
  memoryGB: vCPUs * 3.5,
  lowPriorityCapable,
  supportedComputeTypes: ['AmlCompute', 'ComputeInstance'],
});
const SIZES = [size('Standard_DS3_v2', 4), size('Standard_NC6', 6, 'standardNCFamily', false)];

function usages(familyUsed: number, familyLimit: number, regionalUsed = 0, regionalLimit = 100) {
  return [
    usage('totalCores', 'Clusters', 3, 200),
    usage('dedicatedCores', 'Total Cluster Dedicated Regional vCPUs', regionalUsed, regionalLimit),
    usage('vmFamily', 'Standard DSv2 Family Cluster Dedicated vCPUs', familyUsed, familyLimit),
    usage('vmFamily', 'Standard NC Family Cluster Dedicated vCPUs', 0, 24),
    usage('lowPriorityCores', 'Total Cluster LowPriority Regional vCPUs', 0, 50),
    usage('vmFamily', 'Standard DSv2 Family Cluster LowPriority vCPUs', 0, -1),
  ];
}

function client(routes: Record<string, FakeReply>) {
  const { fetch, requests } = fakeFetch((url) => {
    const reply = routes[decodeURIComponent(url.pathname)];
    return reply ?? { status: 404, body: armErrorBody('NotFound', 'no') };
  });
  return {
    requests,
    client: createArmClient({ fetch, getToken: async () => 't', sleep: async () => undefined }),
  };
}

const armWith = (usageList: unknown[], sizes: unknown[] = SIZES) =>
  client({
    [`${LOCATION}/usages`]: { body: { value: usageList } },
    [`${LOCATION}/vmSizes`]: { body: { value: sizes } },
  }).client;

const target = (overrides: Partial<QuotaTarget> = {}): QuotaTarget => ({
  subscriptionId: SUB_ID,
  region: 'eastus2',
  vmSize: 'Standard_DS3_v2',
  nodes: 4,
  lowPriority: false,
  what: 'cluster "cpu-cluster"',
  ...overrides,
});

function defaultPlan(): Plan {
  const { $schema: _link, ...raw } = examplePlan;
  const parsed = parsePlan(raw);
  if (!parsed.ok) throw new Error('the example must parse');
  return parsed.plan;
}

describe('quotaTarget', () => {
  it("takes a cluster's size and maxNodes in the workspace's region, an instance's one node, and skips attached compute", () => {
    const plan = defaultPlan();
    if (plan.compute.kind !== 'computeCluster') throw new Error('the example is a cluster');
    expect(quotaTarget(plan, SUB_ID)).toMatchObject({
      subscriptionId: SUB_ID,
      region: plan.workspace.region,
      vmSize: plan.compute.vmSize,
      nodes: plan.compute.maxNodes,
      lowPriority: false,
    });
    const elsewhere = {
      ...plan,
      compute: { ...plan.compute, region: 'westeurope', priority: 'lowPriority' as const },
    };
    expect(quotaTarget(elsewhere, SUB_ID)).toMatchObject({ region: 'westeurope', lowPriority: true });
    const instance: Plan = {
      ...plan,
      compute: { kind: 'computeInstance', name: 'ci-one', vmSize: 'Standard_DS3_v2', publicIp: false },
    };
    expect(quotaTarget(instance, SUB_ID)).toMatchObject({ nodes: 1, what: 'compute instance "ci-one"' });
    const databricks: Plan = { ...plan, compute: { kind: 'databricks', name: 'dbx', publicIp: false } };
    expect(quotaTarget(databricks, SUB_ID)).toBeUndefined();
  });
});

describe('checkQuota', () => {
  it('passes when the family and the region both have room for every node at full scale', async () => {
    const result = await checkQuota(armWith(usages(2, 24)), target());
    expect(result).toMatchObject({ ruleId: 'quota', outcome: 'passed', severity: 'info' });
    expect(result.message).toContain('needs up to 16 vCPUs (4 nodes of Standard_DS3_v2, 4 vCPUs each)');
    expect(result.message).toContain(
      '"Standard DSv2 Family Cluster Dedicated vCPUs": 2 of 24 in use, 22 free',
    );
    expect(result.docUrl).toMatch(/how-to-manage-quotas$/);
  });

  it('warns when the family has too little left, naming the bucket and the numbers', async () => {
    const result = await checkQuota(armWith(usages(14, 24)), target());
    expect(result).toMatchObject({ outcome: 'problem', severity: 'warning' });
    expect(result.message).toContain(
      '"Standard DSv2 Family Cluster Dedicated vCPUs": 14 of 24 in use, 10 free',
    );
    expect(result.message).not.toContain('Total Cluster Dedicated Regional vCPUs');
    expect(result.message).toContain('Request more quota');
  });

  it("warns when the region's ceiling is the limit, even with room in the family", async () => {
    const result = await checkQuota(armWith(usages(0, 48, 10, 20)), target());
    expect(result.outcome).toBe('problem');
    expect(result.message).toContain('"Total Cluster Dedicated Regional vCPUs": 10 of 20 in use, 10 free');
  });

  it("uses the low-priority buckets for low-priority nodes, where a family's -1 means no limit of its own", async () => {
    const result = await checkQuota(armWith(usages(24, 24)), target({ lowPriority: true }));
    expect(result.outcome).toBe('passed');
    expect(result.message).toContain('"Standard DSv2 Family Cluster LowPriority vCPUs": no limit of its own');
    const refused = await checkQuota(
      armWith(usages(0, 24)),
      target({ vmSize: 'Standard_NC6', lowPriority: true }),
    );
    expect(refused).toMatchObject({ outcome: 'problem' });
    expect(refused.message).toContain("isn't offered as low priority");
  });

  it("says so when the region doesn't offer the size, whatever the case of its name", async () => {
    const missing = await checkQuota(armWith(usages(0, 24)), target({ vmSize: 'Standard_E4s_v3' }));
    expect(missing).toMatchObject({ outcome: 'problem', severity: 'warning' });
    expect(missing.message).toContain("doesn't list Standard_E4s_v3 among the VM sizes it offers in eastus2");
    const lower = await checkQuota(armWith(usages(0, 24)), target({ vmSize: 'standard_ds3_v2' }));
    expect(lower.outcome).toBe('passed');
  });

  it("is unknown, not passed, when the family's bucket is missing or a read fails", async () => {
    const noFamily = usages(0, 24).filter(
      (u) => !u.name.value.startsWith('Standard DSv2 Family Cluster Dedicated'),
    );
    const result = await checkQuota(armWith(noFamily), target());
    expect(result).toMatchObject({ outcome: 'unknown', severity: 'warning' });
    expect(result.message).toContain('quota of family standardDSv2Family');

    const forbidden = client({
      [`${LOCATION}/vmSizes`]: { body: { value: SIZES } },
      [`${LOCATION}/usages`]: {
        status: 403,
        body: armErrorBody(
          'AuthorizationFailed',
          `The client 'x' does not have authorization to perform action 'Microsoft.MachineLearningServices/locations/usages/read' over scope '${SUB}' or the scope is invalid.`,
        ),
      },
    }).client;
    const failed = await checkQuota(forbidden, target());
    expect(failed).toMatchObject({ outcome: 'unknown' });
    expect(failed.message).toMatch(/^Couldn't read the quota\. You lack permission/);
  });

  it('runs with the other live checks when the targets carry a quota, reading only GET', async () => {
    const { client: arm, requests } = client({
      [`${LOCATION}/usages`]: { body: { value: usages(2, 24) } },
      [`${LOCATION}/vmSizes`]: { body: { value: SIZES } },
      [`${SUB}/resourceGroups/net-rg/providers/Microsoft.Authorization/locks`]: { body: { value: [] } },
      [`${SUB}/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet1/providers/Microsoft.Authorization/permissions`]:
        { body: { value: [{ actions: ['*'], notActions: [] }] } },
    });
    const results = await runLiveChecks(arm, {
      vnetId: `${SUB}/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet1`,
      computePublicIp: false,
      quota: target(),
    });
    expect(results.map((r) => [r.ruleId, r.outcome])).toEqual([
      ['locks', 'passed'],
      ['rbac-join', 'passed'],
      ['quota', 'passed'],
    ]);
    expect(requests.length).toBe(4);
    expect(requests.every((request) => request.method === 'GET')).toBe(true);
  });
});

const NETWORK_LOCATION = `${SUB}/providers/Microsoft.Network/locations/eastus2/usages`;
const VNET_ID = `${SUB}/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet1`;
/** Shaped like ARM's network Usages_List answer (no `type`). */
const netUsage = (value: string, localizedValue: string, currentValue: number, limit: number) => ({
  id: `${SUB}/providers/Microsoft.Network/locations/eastus2/usages/${value}`,
  currentValue,
  limit,
  name: { value, localizedValue },
  unit: 'Count',
});
const networkUsages = (publicIpsUsed: number, nicsUsed = 10) => [
  netUsage('VirtualNetworks', 'Virtual Networks', 3, 1000),
  netUsage('NetworkSecurityGroups', 'Network Security Groups', 20, 5000),
  netUsage('PublicIPAddresses', 'Public IP Addresses', publicIpsUsed, 1000),
  netUsage('NetworkInterfaces', 'Network Interfaces', nicsUsed, 65536),
  netUsage('LoadBalancers', 'Load Balancers', 2, 1000),
];
const networkTarget = (overrides: Partial<NetworkQuotaTarget> = {}): NetworkQuotaTarget => ({
  subscriptionId: SUB_ID,
  region: 'eastus2',
  nodes: 4,
  publicIp: true,
  what: 'cluster "cpu-cluster"',
  ...overrides,
});
const networkArm = (list: unknown[]) => client({ [NETWORK_LOCATION]: { body: { value: list } } }).client;

describe('network quota', () => {
  it("targets the VNet's subscription and region: a NIC per node, and a public IP, load balancer and NSG with public IPs", () => {
    const plan = defaultPlan();
    if (plan.compute.kind !== 'computeCluster') throw new Error('the example is a cluster');
    expect(networkQuotaTarget(plan, VNET_ID, 'eastus2')).toEqual({
      subscriptionId: SUB_ID,
      region: 'eastus2',
      nodes: plan.compute.maxNodes,
      publicIp: plan.compute.publicIp,
      what: `cluster "${plan.compute.name}"`,
    });
    const serverless: Plan = { ...plan, compute: { kind: 'serverless', maxNodes: 2, publicIp: false } };
    expect(networkQuotaTarget(serverless, VNET_ID, 'eastus2')).toBeUndefined();
  });

  it('passes with room for every resource, and names what it counted', async () => {
    const result = await checkNetworkQuota(networkArm(networkUsages(5)), networkTarget());
    expect(result).toMatchObject({ ruleId: 'quota', outcome: 'passed', severity: 'info' });
    expect(result.message).toContain(
      'needs 4 NetworkInterfaces, 1 PublicIPAddresses, 1 LoadBalancers, 1 NetworkSecurityGroups',
    );
    expect(result.message).toContain('"PublicIPAddresses": 5 of 1000 in use, 995 free');
  });

  it('warns when the public IPs are used up, suggesting compute without public IPs', async () => {
    const result = await checkNetworkQuota(networkArm(networkUsages(1000)), networkTarget());
    expect(result).toMatchObject({ outcome: 'problem', severity: 'warning' });
    expect(result.message).toContain('"PublicIPAddresses": 1000 of 1000 in use, 0 free');
    expect(result.message).toContain('plan compute without public IPs');
    expect(result.message).not.toContain('"LoadBalancers"');
  });

  it('counts only network interfaces for compute without public IPs', async () => {
    const result = await checkNetworkQuota(
      networkArm(networkUsages(1000, 65534)),
      networkTarget({ publicIp: false }),
    );
    expect(result.outcome).toBe('problem');
    expect(result.message).toContain('"NetworkInterfaces": 65534 of 65536 in use, 2 free');
    expect(result.message).not.toContain('PublicIPAddresses');
    expect(result.message).not.toContain('without public IPs');
  });

  it('is unknown when the usages list none of the buckets or cannot be read', async () => {
    const none = await checkNetworkQuota(
      networkArm([netUsage('VirtualNetworks', 'Virtual Networks', 0, 1000)]),
      networkTarget(),
    );
    expect(none.outcome).toBe('unknown');
    const failed = await checkNetworkQuota(client({}).client, networkTarget());
    expect(failed).toMatchObject({ outcome: 'unknown' });
    expect(failed.message).toMatch(/^Couldn't read the network quota\./);
  });
});
