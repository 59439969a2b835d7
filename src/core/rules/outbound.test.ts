import { describe, expect, it } from 'vitest';
import type { Plan, SecurityRule } from '../model/index.ts';
import { outboundRules } from './outbound.ts';
import { examplePlan, findingsOf, withPatch } from '../../../test/helpers/rulePlans.ts';

type Props = SecurityRule['properties'];
const rule = (name: string, props: Partial<Props> & Pick<Props, 'priority'>): SecurityRule => ({
  name,
  properties: {
    direction: 'Outbound',
    access: 'Allow',
    protocol: '*',
    sourceAddressPrefix: '*',
    sourcePortRange: '*',
    destinationAddressPrefix: '*',
    destinationPortRange: '*',
    ...props,
  },
});
const existingNsg = (plan: Plan, ...securityRules: SecurityRule[]) =>
  withPatch(plan, (p) => {
    p.network!.subnet!.networkSecurityGroup = { mode: 'existing', name: 'nsg', securityRules };
  });
const rulesPath = 'network.subnet.networkSecurityGroup.securityRules';
const cluster = examplePlan('compute-cluster');
const unrestricted = withPatch(cluster, (p) => {
  p.outbound.restrict = false;
});
const tunnelled = withPatch(cluster, (p) => {
  p.tunneling = {
    mode: 'userDefinedRoutes',
    applianceIp: '10.0.0.4',
    routeTargets: 'serviceTags',
    routeBatchNodeManagement: true,
  };
});
const manyRules = (count: number, start = 100) =>
  Array.from({ length: count }, (_, i) =>
    rule(`R${i}`, { priority: start + i, destinationPortRange: `${1000 + i}` }),
  );

interface Case {
  readonly id: string;
  readonly triggers: Plan;
  readonly passes: Plan;
  readonly paths: readonly string[];
}

const cases: Case[] = [
  {
    id: 'outbound-required-flow',
    triggers: existingNsg(
      cluster,
      rule('DenyStorage', { priority: 100, access: 'Deny', destinationAddressPrefix: 'Storage' }),
    ),
    passes: existingNsg(
      cluster,
      rule('DenySql', { priority: 100, access: 'Deny', destinationAddressPrefix: 'Sql' }),
    ),
    paths: [`${rulesPath}.0`],
  },
  { id: 'outbound-unrestricted', triggers: unrestricted, passes: cluster, paths: ['outbound.restrict'] },
  { id: 'firewall-udp-5831', triggers: tunnelled, passes: cluster, paths: ['tunneling.mode'] },
  {
    id: 'nsg-priority-range',
    triggers: existingNsg(cluster, rule('TooLow', { priority: 99 }), rule('TooHigh', { priority: 4097 })),
    passes: existingNsg(cluster, rule('Low', { priority: 100 }), rule('High', { priority: 4096 })),
    paths: [`${rulesPath}.0.properties.priority`, `${rulesPath}.1.properties.priority`],
  },
  {
    id: 'nsg-priority-unique',
    triggers: existingNsg(cluster, rule('A', { priority: 300 }), rule('B', { priority: 300 })),
    passes: existingNsg(
      cluster,
      rule('A', { priority: 300 }),
      rule('B', { priority: 300, direction: 'Inbound' }),
    ),
    paths: [`${rulesPath}.1.properties.priority`],
  },
  {
    id: 'nsg-rule-limit',
    triggers: existingNsg(unrestricted, ...manyRules(1001)),
    passes: existingNsg(unrestricted, ...manyRules(1000)),
    paths: [rulesPath],
  },
  {
    id: 'nsg-rule-malformed',
    triggers: existingNsg(cluster, rule('BadPort', { priority: 200, destinationPortRange: '443-80' })),
    passes: existingNsg(cluster, rule('GoodPort', { priority: 200, destinationPortRange: '80-443' })),
    paths: [`${rulesPath}.0.properties.destinationPortRange`],
  },
];

describe('outbound rules', () => {
  it.each(cases)('$id: triggers, and stays quiet when satisfied', ({ id, triggers, passes, paths }) => {
    expect(findingsOf(triggers, outboundRules, id).map((f) => f.path)).toEqual(paths);
    expect(findingsOf(passes, outboundRules, id)).toEqual([]);
  });

  it('every outbound rule has a case', () => {
    expect(outboundRules.map((r) => r.id).sort()).toEqual(cases.map((c) => c.id).sort());
  });

  it('outbound-required-flow: names the flow, the rule and its priority', () => {
    const plan = existingNsg(
      cluster,
      rule('DenyStorage', { priority: 100, access: 'Deny', destinationAddressPrefix: 'Storage' }),
    );
    const [finding] = findingsOf(plan, outboundRules, 'outbound-required-flow');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain(
      'outbound TCP 443 to Storage.eastus2 by rule "DenyStorage" (priority 100)',
    );
  });

  it('outbound-required-flow: an undecidable deny is a warning', () => {
    const plan = existingNsg(
      unrestricted,
      rule('DenyRange', { priority: 100, access: 'Deny', destinationAddressPrefix: '20.0.0.0/8' }),
    );
    const severities = new Set(
      findingsOf(plan, outboundRules, 'outbound-required-flow').map((f) => f.severity),
    );
    expect([...severities]).toEqual(['warning']);
  });

  it('nsg-rule-limit counts the rules the plan adds', () => {
    const plan = existingNsg(cluster, ...manyRules(995));
    const [finding] = findingsOf(plan, outboundRules, 'nsg-rule-limit');
    expect(finding?.message).toContain('995 there and 13 this plan adds');
  });

  it('nsg-rule-malformed: a service tag in a plural prefix list, and a missing port, are reported', () => {
    const plan = existingNsg(
      cluster,
      rule('TagInList', {
        priority: 200,
        destinationAddressPrefix: undefined,
        destinationAddressPrefixes: ['Storage', '10.0.0.0/8'],
      }),
      rule('NoPort', { priority: 210, destinationPortRange: undefined }),
      rule('BadAddress', { priority: 220, sourceAddressPrefix: '10.0.0.300/24' }),
    );
    expect(findingsOf(plan, outboundRules, 'nsg-rule-malformed').map((f) => f.path)).toEqual([
      `${rulesPath}.0.properties.destinationAddressPrefixes`,
      `${rulesPath}.1.properties.destinationPortRange`,
      `${rulesPath}.2.properties.sourceAddressPrefix`,
    ]);
  });

  it('outbound-unrestricted: restricting without an NSG is a warning', () => {
    const plan = withPatch(cluster, (p) => {
      delete p.network!.subnet!.networkSecurityGroup;
    });
    const [finding] = findingsOf(plan, outboundRules, 'outbound-unrestricted');
    expect(finding).toMatchObject({ severity: 'warning', path: 'network.subnet.networkSecurityGroup' });
  });
});
