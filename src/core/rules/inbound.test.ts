import { describe, expect, it } from 'vitest';
import type { Plan, SecurityRule } from '../model/index.ts';
import { inboundRules } from './inbound.ts';
import { examplePlan, findingsOf, withPatch } from '../../../test/helpers/rulePlans.ts';

type Props = SecurityRule['properties'];
const rule = (name: string, props: Partial<Props> & Pick<Props, 'priority'>): SecurityRule => ({
  name,
  properties: {
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
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
const cluster = examplePlan('compute-cluster');
const pipCluster = withPatch(cluster, (p) => {
  if (p.compute.kind === 'computeCluster') p.compute.publicIp = true;
});
const instance = examplePlan('compute-instance');
const hdi = examplePlan('hdinsight');
const vm = examplePlan('virtual-machine');

interface Case {
  readonly id: string;
  readonly triggers: Plan;
  readonly passes: Plan;
  readonly path: string;
}

const cases: Case[] = [
  {
    id: 'pip-inbound-44224',
    triggers: existingNsg(
      pipCluster,
      rule('DenyAmlIn', { priority: 100, access: 'Deny', sourceAddressPrefix: 'AzureMachineLearning' }),
    ),
    passes: existingNsg(pipCluster),
    path: 'network.subnet.networkSecurityGroup.securityRules.0',
  },
  {
    id: 'batch-inbound-legacy',
    triggers: existingNsg(
      cluster,
      rule('AllowBatch', {
        priority: 200,
        sourceAddressPrefix: 'BatchNodeManagement',
        destinationPortRange: '29876-29877',
      }),
    ),
    passes: existingNsg(
      cluster,
      rule('AllowOther', {
        priority: 200,
        sourceAddressPrefix: 'BatchNodeManagement',
        destinationPortRange: '443',
      }),
    ),
    path: 'network.subnet.networkSecurityGroup.securityRules.0',
  },
  { id: 'npip-no-inbound', triggers: cluster, passes: pipCluster, path: 'compute.publicIp' },
  { id: 'ssh-optional', triggers: instance, passes: cluster, path: 'compute.ssh.enabled' },
  {
    id: 'ssh-open-world',
    triggers: withPatch(instance, (p) => {
      if (p.compute.kind === 'computeInstance')
        p.compute.ssh = { enabled: true, port: 22, sourceAddressPrefix: 'Internet' };
    }),
    passes: instance,
    path: 'compute.ssh.sourceAddressPrefix',
  },
  {
    id: 'attach-ssh-from-aml',
    triggers: existingNsg(vm),
    passes: vm,
    path: 'network.subnet.networkSecurityGroup.securityRules',
  },
  {
    id: 'hdi-health-inbound',
    triggers: withPatch(hdi, (p) => {
      p.network!.subnet!.networkSecurityGroup!.securityRules.splice(0, 1);
    }),
    passes: hdi,
    path: 'network.subnet.networkSecurityGroup.securityRules',
  },
  {
    id: 'vm-ubuntu-only',
    triggers: withPatch(vm, (p) => {
      if (p.compute.kind === 'virtualMachine') p.compute.os = 'windows-server-2022';
    }),
    passes: vm,
    path: 'compute.os',
  },
];

describe('inbound rules', () => {
  it.each(cases)('$id: triggers, and stays quiet when satisfied', ({ id, triggers, passes, path }) => {
    const found = findingsOf(triggers, inboundRules, id);
    expect(found.map((f) => f.path)).toEqual([path]);
    expect(found[0]?.docUrl).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(findingsOf(passes, inboundRules, id)).toEqual([]);
  });

  it('every inbound rule has a case', () => {
    expect(inboundRules.map((r) => r.id).sort()).toEqual(cases.map((c) => c.id).sort());
  });

  it('pip-inbound-44224: an IP-prefix rule that may deny the flow is a warning, not an error', () => {
    const plan = existingNsg(
      pipCluster,
      rule('DenyRange', { priority: 100, access: 'Deny', sourceAddressPrefix: '20.0.0.0/8' }),
    );
    expect(findingsOf(plan, inboundRules, 'pip-inbound-44224').map((f) => f.severity)).toEqual(['warning']);
  });

  it('ssh-optional: says SSH is limited to the virtual network when no source is given', () => {
    const plan = withPatch(vm, () => undefined);
    const noSource = withPatch(instance, (p) => {
      if (p.compute.kind === 'computeInstance') p.compute.ssh = { enabled: true, port: 2222 };
    });
    expect(findingsOf(noSource, inboundRules, 'ssh-optional')[0]?.message).toMatch(
      /TCP 2222.*VirtualNetwork only/,
    );
    expect(findingsOf(plan, inboundRules, 'ssh-optional')).toEqual([]);
  });

  it('attach-ssh-from-aml: the SSH port of the plan is the one checked', () => {
    const plan = withPatch(vm, (p) => {
      if (p.compute.kind === 'virtualMachine') p.compute.ssh = { enabled: true, port: 2222 };
    });
    expect(findingsOf(plan, inboundRules, 'attach-ssh-from-aml')[0]?.message).toContain(
      'inbound TCP 2222 from AzureMachineLearning',
    );
  });
});
