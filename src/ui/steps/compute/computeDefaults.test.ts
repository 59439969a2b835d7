import { describe, expect, it } from 'vitest';
import { computeKinds, computeSchema, workspaceSchema, type Compute } from '../../../core/index.ts';
import { computeDefaults, computeFormValues, tidyCompute } from './computeDefaults.ts';

const workspace = workspaceSchema.parse({
  name: 'contoso-ml',
  subscriptionId: '11111111-2222-3333-4444-555555555555',
  resourceGroup: 'ml-rg',
  region: 'eastus2',
  isolation: 'customerVnet',
});

describe('computeDefaults', () => {
  it.each(computeKinds)('gives %s values that pass the compute schema', (kind) => {
    const values = computeDefaults(kind, {}, workspace);
    expect(computeSchema.safeParse(values).error?.issues ?? []).toEqual([]);
    expect(values.kind).toBe(kind);
  });

  it.each([
    ['a name valid for the new kind is kept', 'databricks', 'gpu-train', 'gpu-train'],
    [
      'a name too long for attached compute is replaced',
      'virtualMachine',
      'a-very-long-cluster-name',
      'train-vm',
    ],
    ['a reserved cluster name is replaced', 'computeCluster', 'cpu-1', 'cpu-cluster'],
  ] as const)('%s', (_, kind, previous, expected) => {
    expect(computeDefaults(kind, { kind: 'computeInstance', name: previous }, workspace).name).toBe(expected);
  });

  it('points attached resources at the workspace subscription and resource group', () => {
    const values = computeDefaults('hdinsight', {}, workspace);
    expect(values).toMatchObject({
      resourceId:
        '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.HDInsight/clusters/hdi-cluster',
    });
  });

  it('carries VM size, public IP and SSH over', () => {
    const ssh = { enabled: true, port: 2222, sourceAddressPrefix: '203.0.113.0/24' };
    const previous = { kind: 'computeCluster' as const, vmSize: 'Standard_NC6s_v3', publicIp: true, ssh };
    expect(computeDefaults('computeInstance', previous, workspace)).toMatchObject({
      vmSize: 'Standard_NC6s_v3',
      publicIp: true,
      ssh,
    });
  });
});

describe('SSH in the form and in the plan', () => {
  const cluster = computeSchema.parse(computeDefaults('computeCluster', {}, workspace)) as Compute;

  it('shows SSH as off when the plan has none, and stores "off" as no SSH section', () => {
    const { ssh: _none, ...withoutSsh } = cluster as Extract<Compute, { kind: 'computeCluster' }>;
    expect(computeFormValues(withoutSsh)).toMatchObject({ ssh: { enabled: false, port: 22 } });
    expect(tidyCompute({ ...withoutSsh, ssh: { enabled: false, port: 22 } })).not.toHaveProperty('ssh');
  });

  it('keeps SSH that is on, and leaves kinds without SSH alone', () => {
    const on = { ...cluster, ssh: { enabled: true, port: 22 } } as Compute;
    expect(tidyCompute(on)).toBe(on);
    const serverless = computeSchema.parse(computeDefaults('serverless', {}, workspace));
    expect(computeFormValues(serverless)).toBe(serverless);
  });
});
