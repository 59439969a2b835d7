import { describe, expect, it } from 'vitest';
import type { Finding, Plan } from '../../core/index.ts';
import { createDefaultPlan } from '../state/defaultPlan.ts';
import { countBySeverity, findingsByStep, isWithin, stepForPath, stepIndex } from './findingSteps.ts';

/** The default plan with an inbound rule at index 0 and an outbound rule at index 1. */
function planWithRules(): Plan {
  const plan = createDefaultPlan();
  const subnet = plan.network?.subnet;
  if (!subnet) throw new Error('The default plan has a compute subnet.');
  const rule = (name: string, direction: 'Inbound' | 'Outbound', priority: number) => ({
    name,
    properties: { priority, direction, access: 'Allow' as const, protocol: 'Tcp' as const },
  });
  return {
    ...plan,
    network: {
      ...plan.network!,
      subnet: {
        ...subnet,
        networkSecurityGroup: {
          mode: 'new',
          name: 'nsg-training',
          securityRules: [rule('allow-in', 'Inbound', 100), rule('allow-out', 'Outbound', 110)],
        },
      },
    },
  };
}

const finding = (path: string, severity: Finding['severity'] = 'error'): Finding => ({
  ruleId: 'test-rule',
  severity,
  path,
  message: `At ${path}.`,
  docUrl: 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet',
});

describe('stepForPath', () => {
  const plan = planWithRules();
  it.each([
    ['workspace', 'workspace'],
    ['workspace.managedNetworkMode', 'workspace'],
    ['compute', 'compute'],
    ['compute.kind', 'compute'],
    ['compute.maxNodes', 'compute'],
    ['compute.publicIp', 'inbound'],
    ['compute.ssh', 'inbound'],
    ['compute.ssh.enabled', 'inbound'],
    ['compute.ssh.sourceAddressPrefix', 'inbound'],
    ['network.vnet', 'vnet'],
    ['network.vnet.addressSpace.0', 'vnet'],
    ['network.subnet', 'subnet'],
    ['network.subnet.addressPrefix', 'subnet'],
    ['network.subnet.networkSecurityGroup', 'subnet'],
    ['network.subnet.networkSecurityGroup.securityRules', 'inbound'],
    ['network.subnet.networkSecurityGroup.securityRules.0', 'inbound'],
    ['network.subnet.networkSecurityGroup.securityRules.0.properties.priority', 'inbound'],
    ['network.subnet.networkSecurityGroup.securityRules.1', 'outbound'],
    ['network.subnet.networkSecurityGroup.securityRules.1.properties.priority', 'outbound'],
    ['network.subnet.networkSecurityGroup.securityRules.7', 'inbound'],
    ['network.subnet.routeTable', 'tunneling'],
    ['network.subnet.routeTable.routes.0', 'tunneling'],
    ['network.databricks.publicSubnet.addressPrefix', 'subnet'],
    ['tunneling', 'tunneling'],
    ['tunneling.mode', 'tunneling'],
    ['outbound.restrict', 'outbound'],
    ['network', 'review'],
    ['', 'review'],
    ['version', 'review'],
    ['computeExtra', 'review'],
    ['workspaces.name', 'review'],
  ] as const)('%s → %s', (path, step) => {
    expect(stepForPath(path, plan)).toBe(step);
  });
});

describe('stepForPath with an outbound rule first', () => {
  it('sends the rule list itself to the inbound step, and rule 0 by its own direction', () => {
    const plan = planWithRules();
    const nsg = plan.network?.subnet?.networkSecurityGroup;
    if (!nsg) throw new Error('planWithRules adds an NSG.');
    const reversed: Plan = {
      ...plan,
      network: {
        ...plan.network!,
        subnet: {
          ...plan.network!.subnet!,
          networkSecurityGroup: { ...nsg, securityRules: [...nsg.securityRules].reverse() },
        },
      },
    };
    expect(stepForPath('network.subnet.networkSecurityGroup.securityRules', reversed)).toBe('inbound');
    expect(stepForPath('network.subnet.networkSecurityGroup.securityRules.0', reversed)).toBe('outbound');
    expect(stepForPath('network.subnet.networkSecurityGroup.securityRules.1.name', reversed)).toBe('inbound');
  });
});

describe('isWithin', () => {
  it.each([
    ['compute', 'compute', true],
    ['compute.kind', 'compute', true],
    ['computeKind', 'compute', false],
    ['compute', 'compute.kind', false],
  ] as const)('%s within %s: %s', (path, prefix, expected) => {
    expect(isWithin(path, prefix)).toBe(expected);
  });
});

describe('findingsByStep', () => {
  it('puts every finding under exactly one step, in the order given, and lists every step', () => {
    const plan = planWithRules();
    const findings = [
      finding('network.subnet.addressPrefix'),
      finding('compute.publicIp', 'warning'),
      finding('network.subnet.networkSecurityGroup.securityRules.1', 'warning'),
      finding('network.subnet', 'info'),
    ];
    const byStep = findingsByStep(findings, plan);
    expect([...byStep.keys()]).toEqual([
      'workspace',
      'compute',
      'vnet',
      'subnet',
      'inbound',
      'outbound',
      'tunneling',
      'review',
    ]);
    expect(byStep.get('subnet')?.map((f) => f.path)).toEqual([
      'network.subnet.addressPrefix',
      'network.subnet',
    ]);
    expect(byStep.get('inbound')?.map((f) => f.path)).toEqual(['compute.publicIp']);
    expect(byStep.get('outbound')).toHaveLength(1);
    expect([...byStep.values()].flat()).toHaveLength(findings.length);
  });
});

describe('countBySeverity and stepIndex', () => {
  it('counts each severity', () => {
    expect(
      countBySeverity([finding('a'), finding('b', 'info'), finding('c', 'error'), finding('d', 'warning')]),
    ).toEqual({ error: 2, warning: 1, info: 1 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('finds steps in wizard order', () => {
    expect(stepIndex('workspace')).toBe(0);
    expect(stepIndex('subnet')).toBe(3);
    expect(stepIndex('review')).toBe(7);
  });
});
