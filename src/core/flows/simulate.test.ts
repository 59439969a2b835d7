import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, examplePlan, withPatch } from '../../../test/helpers/rulePlans.ts';
import type { Plan } from '../model/index.ts';
import { evaluateNsg } from './evaluate.ts';
import { plannedSecurityRules } from './planned.ts';
import { requiredFlows } from './required.ts';
import { INTERNET_PROBE, simulateFlows } from './simulate.ts';
import type { SourcedRule } from './types.ts';

/** Variants of the examples that exercise every planned rule family. */
const variants: [string, Plan][] = [
  ...EXAMPLE_NAMES.map((name) => [name, examplePlan(name)] as [string, Plan]),
  [
    'public-IP cluster with every situational flow',
    withPatch(examplePlan('compute-cluster'), (p) => {
      if (p.compute.kind === 'computeCluster') {
        p.compute.publicIp = true;
        p.compute.ssh = { enabled: true, port: 22, sourceAddressPrefix: '198.51.100.0/24' };
      }
      p.workspace.hbi = true;
      Object.assign(p.outbound, {
        azureMonitor: true,
        storageFileShares: true,
        publicContainerRegistry: true,
      });
    }),
  ],
  [
    'restricted instance',
    withPatch(examplePlan('compute-instance'), (p) => {
      p.outbound.restrict = true;
    }),
  ],
  [
    'HDInsight on a new NSG',
    withPatch(examplePlan('hdinsight'), (p) => {
      p.network!.subnet!.networkSecurityGroup = { mode: 'new', name: 'nsg-hdi', securityRules: [] };
    }),
  ],
];

describe('planned rules fed back through the simulator', () => {
  const onNewNsg = variants.filter(([, plan]) => plan.network?.subnet?.networkSecurityGroup?.mode === 'new');

  it.each(onNewNsg)('%s: the planned rules alone allow every required flow', (_name, plan) => {
    const rules: SourcedRule[] = plannedSecurityRules(plan).map((rule) => ({ rule, origin: 'planned' }));
    const options = { subnetPrefix: plan.network!.subnet!.addressPrefix };
    const flows = requiredFlows(plan);
    expect(flows.length).toBeGreaterThan(0);
    for (const flow of flows) expect(evaluateNsg(rules, flow, options).result, flow.id).toBe('allowed');
    const restricted = plan.outbound.restrict && plan.compute.kind !== 'hdinsight';
    const internet = evaluateNsg(rules, INTERNET_PROBE, options);
    expect(internet.result).toBe(restricted ? 'denied' : 'allowed');
    if (restricted) expect(internet.rule?.name).toBe('DenyInternetOutbound');
  });

  it.each(variants)('%s: the simulation allows every required flow', (_name, plan) => {
    const simulation = simulateFlows(plan);
    expect(simulation.flows.filter((v) => v.result !== 'allowed')).toEqual([]);
    expect(simulation.malformed).toEqual([]);
  });

  it('a restricted plan denies the general internet, an unrestricted one allows it', () => {
    expect(simulateFlows(examplePlan('compute-cluster')).internet.result).toBe('denied');
    expect(simulateFlows(examplePlan('compute-instance')).internet.result).toBe('allowed');
  });

  it('the planned rules, once deployed and read back, are not planned again and still allow every flow', () => {
    const plan = examplePlan('compute-cluster');
    const deployed = withPatch(plan, (p) => {
      p.network!.subnet!.networkSecurityGroup = {
        mode: 'existing',
        name: 'nsg-training',
        securityRules: plannedSecurityRules(plan),
      };
    });
    const simulation = simulateFlows(deployed);
    expect(simulation.planned).toEqual([]);
    expect(simulation.flows.every((v) => v.result === 'allowed' && v.rule?.origin === 'existing')).toBe(true);
    expect(simulation.internet.rule?.path).toBe('network.subnet.networkSecurityGroup.securityRules.12');
  });
});

describe('simulateFlows', () => {
  it('is memoized per plan object', () => {
    const plan = examplePlan('compute-cluster');
    expect(simulateFlows(plan)).toBe(simulateFlows(plan));
    expect(simulateFlows(withPatch(plan, () => undefined))).not.toBe(simulateFlows(plan));
  });

  it('allows everything when the subnet has no NSG, and says so', () => {
    const plan = withPatch(examplePlan('virtual-machine'), (p) => {
      delete p.network!.subnet!.networkSecurityGroup;
    });
    const simulation = simulateFlows(plan);
    expect(simulation.hasNsg).toBe(false);
    expect(simulation.flows.length).toBeGreaterThan(0);
    for (const verdict of simulation.flows) {
      expect(verdict.result).toBe('allowed');
      expect(verdict.note).toMatch(/no network security group/);
    }
  });

  it('has no flows for a managed network or Databricks', () => {
    expect(simulateFlows(examplePlan('managed-vnet')).flows).toEqual([]);
    expect(simulateFlows(examplePlan('databricks')).flows).toEqual([]);
  });

  it('reports a malformed existing rule at its field and never throws', () => {
    const plan = withPatch(examplePlan('virtual-machine'), (p) => {
      const rules = p.network!.subnet!.networkSecurityGroup!.securityRules;
      rules.push({
        ...rules[0]!,
        name: 'Broken',
        properties: { ...rules[0]!.properties, priority: 210, sourcePortRange: 'ssh' },
      });
    });
    expect(simulateFlows(plan).malformed).toEqual([
      {
        path: 'network.subnet.networkSecurityGroup.securityRules.1.properties.sourcePortRange',
        ruleName: 'Broken',
        message: expect.stringContaining('"ssh"') as unknown as string,
      },
    ]);
  });
});
