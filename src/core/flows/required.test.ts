import { describe, expect, it } from 'vitest';
import { examplePlan, withPatch } from '../../../test/helpers/rulePlans.ts';
import { requiredFlows } from './required.ts';

const ids = (plan: Parameters<typeof requiredFlows>[0]) => requiredFlows(plan).map((flow) => flow.id);

describe('requiredFlows', () => {
  it('lists the outbound service tags of a cluster, one flow per port, regional tags resolved', () => {
    const flows = requiredFlows(examplePlan('compute-cluster'));
    expect(flows.map((f) => f.id)).toEqual([
      'out-aad-80',
      'out-aad-443',
      'out-aml-443',
      'out-aml-8787',
      'out-aml-18881',
      'out-aml-udp-5831',
      'out-batch-443',
      'out-arm-443',
      'out-storage-443',
      'out-frontdoor-443',
      'out-mcr-443',
      'out-frontdoor-first-party-443',
      'out-vnet-443',
      'out-monitor-443',
      'out-acr-443',
    ]);
    expect(flows.find((f) => f.id === 'out-storage-443')).toMatchObject({
      direction: 'Outbound',
      protocol: 'Tcp',
      remote: 'Storage.eastus2',
      status: 'required',
      docUrl: 'https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall',
    });
    expect(flows.find((f) => f.id === 'out-vnet-443')?.status).toBe('situational');
  });

  it('resolves each regional tag to whose region it is: a cross-region cluster needs both Storage tags', () => {
    const plan = withPatch(examplePlan('compute-cluster'), (p) => {
      p.compute.region = 'westus3';
      p.network!.vnet.region = 'westus3';
    });
    const remote = (id: string) => requiredFlows(plan).find((f) => f.id === id)?.remote;
    expect(remote('out-storage-443')).toBe('Storage.eastus2');
    expect(remote('out-storage-compute-region-443')).toBe('Storage.westus3');
    expect(remote('out-batch-443')).toBe('BatchNodeManagement.westus3');
    expect(remote('out-acr-443')).toBe('AzureContainerRegistry.eastus2');
    expect(requiredFlows(plan).find((f) => f.id === 'out-storage-compute-region-443')?.status).toBe(
      'required',
    );
  });

  it('adds inbound 44224 for public-IP clusters, but not for serverless', () => {
    const pip = withPatch(examplePlan('compute-cluster'), (p) => {
      if (p.compute.kind === 'computeCluster') p.compute.publicIp = true;
    });
    expect(ids(pip)[0]).toBe('in-aml-44224-44224');
    const serverless = withPatch(examplePlan('serverless'), (p) => {
      if (p.compute.kind === 'serverless') p.compute.publicIp = true;
    });
    expect(ids(serverless).filter((id) => id.startsWith('in-'))).toEqual([]);
  });

  it('lists inbound SSH from AzureMachineLearning and HDInsight 443 for HDInsight', () => {
    expect(ids(examplePlan('hdinsight'))).toEqual(['in-aml-ssh-22', 'in-hdinsight-443', 'in-ssh-22']);
    expect(ids(examplePlan('virtual-machine'))).toEqual(['in-aml-ssh-22', 'in-ssh-22']);
  });

  it('has no flows without a compute subnet', () => {
    expect(requiredFlows(examplePlan('managed-vnet'))).toEqual([]);
    expect(requiredFlows(examplePlan('databricks'))).toEqual([]);
  });
});
