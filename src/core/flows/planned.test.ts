import { describe, expect, it } from 'vitest';
import { FLOW_SPECS } from '../catalog/flows.ts';
import { nameProblem, networkChildNameRule, securityRuleSchema, type SecurityRule } from '../model/index.ts';
import { EXAMPLE_NAMES, examplePlan, withPatch } from '../../../test/helpers/rulePlans.ts';
import { plannedSecurityRules } from './planned.ts';

const names = (rules: readonly SecurityRule[]) => rules.map((rule) => rule.name);
const byName = (rules: readonly SecurityRule[], name: string) => rules.find((rule) => rule.name === name);
const existingRule = (name: string, priority: number, direction: 'Inbound' | 'Outbound'): SecurityRule => ({
  name,
  properties: {
    priority,
    direction,
    access: 'Allow',
    protocol: 'Tcp',
    sourceAddressPrefix: '10.0.0.0/8',
    sourcePortRange: '*',
    destinationAddressPrefix: '*',
    destinationPortRange: '8080',
  },
});

describe('plannedSecurityRules', () => {
  it('writes one outbound allow per tag and protocol, then DenyInternetOutbound at 4096 (restricted cluster)', () => {
    const rules = plannedSecurityRules(examplePlan('compute-cluster'));
    expect(names(rules)).toEqual([
      'AllowAzureActiveDirectoryOutbound',
      'AllowAzureMachineLearningOutbound',
      'AllowAzureMachineLearningUdpOutbound',
      'AllowBatchNodeManagementOutbound',
      'AllowAzureResourceManagerOutbound',
      'AllowStorageOutbound',
      'AllowAzureFrontDoorFrontEndOutbound',
      'AllowMicrosoftContainerRegistryOutbound',
      'AllowAzureFrontDoorFirstPartyOutbound',
      'AllowVirtualNetworkHttpsOutbound',
      'AllowAzureMonitorOutbound',
      'AllowAzureContainerRegistryOutbound',
      'DenyInternetOutbound',
    ]);
    expect(rules.map((rule) => rule.properties.priority)).toEqual([
      100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 4096,
    ]);
    expect(byName(rules, 'AllowStorageOutbound')?.properties.destinationAddressPrefix).toBe(
      'Storage.eastus2',
    );
    expect(byName(rules, 'AllowBatchNodeManagementOutbound')?.properties).toMatchObject({
      protocol: '*',
      destinationAddressPrefix: 'BatchNodeManagement.eastus2',
    });
    expect(byName(rules, 'AllowAzureMachineLearningUdpOutbound')?.properties).toMatchObject({
      protocol: 'Udp',
      destinationPortRange: '5831',
    });
    expect(byName(rules, 'DenyInternetOutbound')?.properties).toMatchObject({
      access: 'Deny',
      destinationAddressPrefix: 'Internet',
      priority: 4096,
    });
  });

  it('puts no service tag into a plural prefix array, and every rule is schema-valid with a valid name', () => {
    for (const example of EXAMPLE_NAMES) {
      for (const rule of plannedSecurityRules(examplePlan(example))) {
        expect(securityRuleSchema.safeParse(rule).success, `${example} ${rule.name}`).toBe(true);
        expect(nameProblem(networkChildNameRule('security rule name'), rule.name)).toBeUndefined();
        expect(rule.properties.sourceAddressPrefixes).toBeUndefined();
        expect(rule.properties.destinationAddressPrefixes).toBeUndefined();
      }
    }
  });

  it('keeps every catalogue description within the 140 characters ARM allows', () => {
    for (const spec of FLOW_SPECS) expect(spec.why.length, spec.id).toBeLessThanOrEqual(140);
  });

  it('uses the workspace region for its storage and registry, the compute region for Batch (cross-region cluster)', () => {
    const plan = withPatch(examplePlan('compute-cluster'), (p) => {
      p.compute.region = 'westus3';
      p.network!.vnet.region = 'westus3';
    });
    const rules = plannedSecurityRules(plan);
    const destination = (name: string) => byName(rules, name)?.properties.destinationAddressPrefix;
    expect(destination('AllowStorageOutbound')).toBe('Storage.eastus2');
    expect(destination('AllowComputeRegionStorageOutbound')).toBe('Storage.westus3');
    expect(destination('AllowBatchNodeManagementOutbound')).toBe('BatchNodeManagement.westus3');
    expect(destination('AllowAzureContainerRegistryOutbound')).toBe('AzureContainerRegistry.eastus2');
  });

  it.each([
    [false, true],
    [true, false],
  ])(
    'a restricted compute instance (storage in the VNet: %s) gets SMB 445 to its workspace storage: %s',
    (storageInVnet, present) => {
      const plan = withPatch(examplePlan('compute-instance'), (p) => {
        p.outbound.restrict = true;
        p.workspace.storageInVnet = storageInVnet;
      });
      const smb = byName(plannedSecurityRules(plan), 'AllowStorageSmbOutbound');
      expect(smb !== undefined).toBe(present);
      if (present) expect(smb?.properties.destinationAddressPrefix).toBe('Storage.westeurope');
    },
  );

  it('writes one Storage rule when the cluster is in the workspace region', () => {
    const rules = plannedSecurityRules(examplePlan('compute-cluster'));
    expect(byName(rules, 'AllowComputeRegionStorageOutbound')).toBeUndefined();
  });

  it.each([
    [
      'microsoftImages off drops MCR and Front Door first party',
      { microsoftImages: false },
      'AllowMicrosoftContainerRegistryOutbound',
      false,
    ],
    ['azureMonitor off drops AzureMonitor', { azureMonitor: false }, 'AllowAzureMonitorOutbound', false],
    [
      'Azure Monitor through Private Link drops AzureMonitor',
      { azureMonitorPrivateLink: true },
      'AllowAzureMonitorOutbound',
      false,
    ],
    ['storageFileShares adds Storage 445', { storageFileShares: true }, 'AllowStorageSmbOutbound', true],
    [
      'publicContainerRegistry off drops ACR',
      { publicContainerRegistry: false },
      'AllowAzureContainerRegistryOutbound',
      false,
    ],
    [
      'a registry private endpoint drops ACR',
      { containerRegistryPrivateEndpoint: true },
      'AllowAzureContainerRegistryOutbound',
      false,
    ],
  ] as const)('%s', (_label, outbound, ruleName, present) => {
    const plan = withPatch(examplePlan('compute-cluster'), (p) => Object.assign(p.outbound, outbound));
    expect(names(plannedSecurityRules(plan)).includes(ruleName)).toBe(present);
  });

  it('adds Key Vault for an hbi workspace and drops VirtualNetwork 443 without a private endpoint', () => {
    const plan = withPatch(examplePlan('compute-cluster'), (p) => {
      p.workspace.hbi = true;
      p.workspace.privateEndpoint = false;
    });
    const planned = names(plannedSecurityRules(plan));
    expect(planned).toContain('AllowAzureKeyVaultOutbound');
    expect(planned).not.toContain('AllowVirtualNetworkHttpsOutbound');
  });

  it('writes no outbound rules when outbound is not restricted', () => {
    const plan = withPatch(examplePlan('compute-cluster'), (p) => {
      p.outbound.restrict = false;
    });
    expect(plannedSecurityRules(plan)).toEqual([]);
  });

  it('allows TCP 44224 from AzureMachineLearning for a public-IP cluster, never the legacy Batch ports', () => {
    const plan = withPatch(examplePlan('compute-cluster'), (p) => {
      if (p.compute.kind === 'computeCluster') p.compute.publicIp = true;
    });
    const rules = plannedSecurityRules(plan);
    expect(byName(rules, 'AllowAzureMachineLearningInbound')?.properties).toMatchObject({
      direction: 'Inbound',
      sourceAddressPrefix: 'AzureMachineLearning',
      destinationPortRange: '44224',
      priority: 100,
    });
    expect(JSON.stringify(rules)).not.toMatch(/2987[67]/);
  });

  it('opens SSH from the given source, or from VirtualNetwork when none is given', () => {
    const plan = examplePlan('compute-instance');
    expect(byName(plannedSecurityRules(plan), 'AllowSshInbound')?.properties.sourceAddressPrefix).toBe(
      '203.0.113.0/24',
    );
    const noSource = withPatch(plan, (p) => {
      if (p.compute.kind === 'computeInstance' && p.compute.ssh) delete p.compute.ssh.sourceAddressPrefix;
    });
    expect(byName(plannedSecurityRules(noSource), 'AllowSshInbound')?.properties.sourceAddressPrefix).toBe(
      'VirtualNetwork',
    );
  });

  it('adds attached-compute rules only to an NSG the plan creates', () => {
    expect(plannedSecurityRules(examplePlan('hdinsight'))).toEqual([]);
    const fresh = withPatch(examplePlan('hdinsight'), (p) => {
      p.network!.subnet!.networkSecurityGroup = { mode: 'new', name: 'nsg-hdi', securityRules: [] };
    });
    expect(names(plannedSecurityRules(fresh))).toEqual([
      'AllowAzureMachineLearningSshInbound',
      'AllowHDInsightInbound',
      'AllowSshInbound',
    ]);
  });

  it('writes nothing without an NSG, for Databricks and for a managed network', () => {
    const noNsg = withPatch(examplePlan('compute-cluster'), (p) => {
      delete p.network!.subnet!.networkSecurityGroup;
    });
    expect(plannedSecurityRules(noNsg)).toEqual([]);
    expect(plannedSecurityRules(examplePlan('databricks'))).toEqual([]);
    expect(plannedSecurityRules(examplePlan('managed-vnet'))).toEqual([]);
  });

  it('skips the priorities and names already on an existing NSG, per direction', () => {
    const plan = withPatch(examplePlan('compute-cluster'), (p) => {
      p.network!.subnet!.networkSecurityGroup = {
        mode: 'existing',
        name: 'nsg-training',
        securityRules: [
          existingRule('Corp', 100, 'Outbound'),
          existingRule('allowstorageoutbound', 150, 'Outbound'),
          existingRule('Late', 4096, 'Outbound'),
          existingRule('InboundAt110', 110, 'Inbound'),
        ],
      };
    });
    const rules = plannedSecurityRules(plan);
    const priorities = rules.map((rule) => rule.properties.priority);
    expect(priorities).not.toContain(100);
    expect(new Set(priorities).size).toBe(priorities.length);
    expect(names(rules)).toContain('AllowStorageOutbound2');
    expect(byName(rules, 'DenyInternetOutbound')?.properties.priority).toBe(4095);
    expect(priorities.slice(0, 2)).toEqual([101, 111]);
  });

  it('does not add a rule that is already on the NSG with the same name and content', () => {
    const plan = examplePlan('compute-cluster');
    const first = plannedSecurityRules(plan);
    const again = withPatch(plan, (p) => {
      p.network!.subnet!.networkSecurityGroup = {
        mode: 'existing',
        name: 'nsg-training',
        securityRules: first,
      };
    });
    expect(plannedSecurityRules(again)).toEqual([]);
  });

  it('is deterministic', () => {
    const plan = examplePlan('compute-cluster');
    expect(plannedSecurityRules(plan)).toEqual(plannedSecurityRules(plan));
  });
});
