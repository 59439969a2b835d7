import { describe, expect, it } from 'vitest';
import {
  evaluateNsg,
  INTERNET_PROBE,
  plannedSecurityRules,
  requiredFlows,
  type SourcedRule,
} from '../../flows/index.ts';
import type { Plan, SecurityRule } from '../../model/index.ts';
import { SCENARIO_NAMES, scenarioPlan } from '../../../../test/helpers/generators/scenarios.ts';
import { armTemplate } from './index.ts';
import { buildModel } from '../../resources/model.ts';

interface Resource {
  readonly type: string;
  readonly name: string;
  readonly properties: Record<string, unknown>;
}

function allResources(resources: readonly Resource[]): Resource[] {
  return resources.flatMap((resource) => {
    const inner = (resource.properties.template as { resources?: Resource[] } | undefined)?.resources ?? [];
    return [resource, ...allResources(inner)];
  });
}

/** The last single-quoted literal of a `[format('{0}/{1}', 'nsg', 'rule')]` name. */
const childName = (name: string) => /'((?:[^']|'')*)'\)\]$/.exec(name)?.[1]?.replace(/''/g, "'") ?? name;

/** The NSG rules the ARM template deploys, read back from the printed JSON. */
function rulesInTemplate(plan: Plan): SecurityRule[] {
  const template = JSON.parse(JSON.stringify(armTemplate(buildModel(plan)))) as { resources: Resource[] };
  return allResources(template.resources).flatMap((resource): SecurityRule[] => {
    if (resource.type === 'Microsoft.Network/networkSecurityGroups') {
      return (resource.properties.securityRules as SecurityRule[] | undefined) ?? [];
    }
    if (resource.type === 'Microsoft.Network/networkSecurityGroups/securityRules') {
      return [
        { name: childName(resource.name), properties: resource.properties as SecurityRule['properties'] },
      ];
    }
    return [];
  });
}

describe.each(SCENARIO_NAMES.map((name) => ({ name })))(
  '$name: NSG rules of the ARM template through the flow simulator',
  ({ name }) => {
    const plan = scenarioPlan(name);
    const emitted = rulesInTemplate(plan);
    const nsg = plan.network?.subnet?.networkSecurityGroup;
    const rules: SourcedRule[] = [
      ...(nsg?.securityRules ?? []).map((rule) => ({ rule, origin: 'existing' as const })),
      ...emitted.map((rule) => ({ rule, origin: 'planned' as const })),
    ];
    const prefix = plan.network?.subnet?.addressPrefix;
    const options = prefix === undefined ? {} : { subnetPrefix: prefix };

    it('emits exactly the planned rules', () => {
      expect(emitted).toEqual(plannedSecurityRules(plan));
    });

    it('never emits the legacy Batch inbound ports 29876-29877', () => {
      const ports = emitted.flatMap((rule) => [
        rule.properties.destinationPortRange ?? '',
        ...(rule.properties.destinationPortRanges ?? []),
      ]);
      expect(ports.filter((port) => /2987[67]/.test(port))).toEqual([]);
    });

    it('puts one service tag per rule side and UDP 5831 in its own rule', () => {
      for (const rule of emitted) {
        expect(rule.properties.sourceAddressPrefixes ?? []).toEqual([]);
        expect(rule.properties.destinationAddressPrefixes ?? []).toEqual([]);
        const ports = [
          rule.properties.destinationPortRange,
          ...(rule.properties.destinationPortRanges ?? []),
        ];
        if (ports.includes('5831'))
          expect({ protocol: rule.properties.protocol, ports }).toEqual({ protocol: 'Udp', ports: ['5831'] });
      }
    });

    // Managed VNet and Databricks have no compute-subnet NSG in the plan: nothing to simulate.
    if (nsg === undefined) return;

    it('allows every flow the compute needs', () => {
      const denied = requiredFlows(plan)
        .map((flow) => ({ flow: flow.id, result: evaluateNsg(rules, flow, options).result }))
        .filter((verdict) => verdict.result !== 'allowed');
      expect(denied).toEqual([]);
    });

    it(plan.outbound.restrict ? 'denies general internet' : 'leaves general internet open', () => {
      const expected =
        plan.outbound.restrict && plan.compute.kind !== 'virtualMachine' && plan.compute.kind !== 'hdinsight'
          ? 'denied'
          : 'allowed';
      expect(evaluateNsg(rules, INTERNET_PROBE, options).result).toBe(expected);
    });
  },
);

describe('restricted outbound scenarios', () => {
  it('end with a Deny to Internet', () => {
    for (const name of ['compute-cluster', 'restricted-outbound', 'serverless']) {
      const last = rulesInTemplate(scenarioPlan(name)).at(-1);
      expect(last?.properties).toMatchObject({
        access: 'Deny',
        direction: 'Outbound',
        destinationAddressPrefix: 'Internet',
      });
    }
  });
});
