import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planOf, SCENARIO_NAMES, scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';
import { buildResources, computeSettings, WORKSPACE_KEYS, type DeploymentResources } from './index.ts';
import { secondsOf } from './computeSettings.ts';

/** The settings the plan's model asks for, as `computeSettings` should read them back. */
function expectedFromModel(set: DeploymentResources) {
  const { compute, network, workspace } = set.model;
  const subnet = network?.subnets.find((s) => s.role === 'compute');
  const placed = network && subnet && compute.kind !== 'databricks' ? subnet : undefined;
  const subnetSetting = network &&
    placed && {
      id: `/subscriptions/${network.subscriptionId}/resourceGroups/${network.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${network.vnet.name}/subnets/${placed.name}`,
      subscriptionId: network.subscriptionId,
      resourceGroup: network.resourceGroup,
      vnetName: network.vnet.name,
      subnetName: placed.name,
    };
  const managed = workspace.managedNetworkMode && {
    managedNetwork: {
      isolationMode:
        workspace.managedNetworkMode === 'allowOnlyApprovedOutbound'
          ? 'AllowOnlyApprovedOutbound'
          : 'AllowInternetOutbound',
      provisionNow: true,
    },
  };
  switch (compute.kind) {
    case 'computeCluster':
      return {
        computeType: 'AmlCompute',
        name: compute.name,
        location: compute.region,
        vmSize: compute.vmSize,
        priority: compute.priority,
        minNodes: compute.minNodes,
        maxNodes: compute.maxNodes,
        idleSeconds: compute.idleSeconds,
        ...(subnetSetting ? { subnet: subnetSetting } : {}),
        nodePublicIp: compute.publicIp,
        sshPublicAccess: compute.ssh !== undefined,
        sshKey: compute.ssh !== undefined,
        ...(compute.ssh ? { sshAdminUser: 'azureuser' } : {}),
        ...managed,
      };
    case 'computeInstance':
      return {
        computeType: 'ComputeInstance',
        name: compute.name,
        location: compute.region,
        vmSize: compute.vmSize,
        ...(subnetSetting ? { subnet: subnetSetting } : {}),
        nodePublicIp: compute.publicIp,
        sshPublicAccess: compute.ssh !== undefined,
        sshKey: compute.ssh !== undefined,
        ...managed,
      };
    case 'serverless':
      return {
        sshKey: false,
        ...(subnetSetting ? { serverless: { subnet: subnetSetting, noPublicIp: !compute.publicIp } } : {}),
        ...managed,
      };
    case 'databricks':
      return {
        computeType: 'Databricks',
        name: compute.name,
        location: compute.region,
        sshKey: false,
        resourceId: `/subscriptions/${workspace.subscriptionId}/resourceGroups/${workspace.resourceGroup}/providers/Microsoft.Databricks/workspaces/${compute.workspaceName}`,
      };
    case 'virtualMachine':
    case 'hdinsight':
      return {
        computeType: compute.kind === 'virtualMachine' ? 'VirtualMachine' : 'HDInsight',
        name: compute.name,
        location: compute.region,
        sshKey: false,
        resourceId: compute.resourceId,
        sshPort: compute.sshPort,
      };
  }
}

describe('computeSettings', () => {
  it.each(SCENARIO_NAMES.map((name) => ({ name })))('$name: reads what the model asks for', ({ name }) => {
    const set = buildResources(scenarioPlan(name));
    expect(computeSettings(set)).toEqual(expectedFromModel(set));
  });

  it('follows the parameters and the resources, not the model', () => {
    const set = buildResources(scenarioPlan('compute-cluster'));
    const parameters = set.parameters.map((spec) =>
      spec.name === 'vmSize' ? { ...spec, value: 'Standard_E4s_v3' } : spec,
    );
    const resources = set.resources.map((r) =>
      r.key === WORKSPACE_KEYS.compute
        ? {
            ...r,
            properties: {
              ...r.properties,
              properties: {
                ...(r.properties.properties as object),
                subnet: {
                  id: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/v/subnets/n',
                },
              },
            },
          }
        : r,
    );
    const settings = computeSettings({ ...set, parameters, resources });
    expect(settings.vmSize).toBe('Standard_E4s_v3');
    expect(settings.subnet).toEqual({
      id: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/v/subnets/n',
      subscriptionId: 's',
      resourceGroup: 'g',
      vnetName: 'v',
      subnetName: 'n',
    });
  });

  it('reads generated cluster settings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 60, max: 86_400 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('dedicated', 'lowPriority'),
        (min, extra, idle, publicIp, ssh, priority) => {
          const raw = structuredClone(scenarioPlan('compute-cluster')) as unknown as {
            compute: Record<string, unknown>;
          };
          raw.compute = {
            ...raw.compute,
            minNodes: min,
            maxNodes: Math.max(1, min + extra),
            idleSecondsBeforeScaleDown: idle,
            publicIp,
            priority,
            ssh: { enabled: ssh, port: 22 },
          };
          const set = buildResources(planOf(raw));
          expect(computeSettings(set)).toEqual(expectedFromModel(set));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reads whole-second ISO durations only', () => {
    expect(secondsOf('PT120S')).toBe(120);
    expect(secondsOf('PT2M')).toBeUndefined();
    expect(secondsOf(undefined)).toBeUndefined();
  });
});
