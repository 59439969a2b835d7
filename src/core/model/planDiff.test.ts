import { describe, expect, it } from 'vitest';
import hubAndSpoke from '../../../examples/hub-and-spoke.plan.json' with { type: 'json' };
import { parsedPlan } from '../../../test/helpers/parsedPlan.ts';
import { examplePlan, subnetOf, withPatch } from '../../../test/helpers/rulePlans.ts';
import type { Plan, SecurityRule } from './index.ts';
import { diffPlans } from './planDiff.ts';

const rule = (name: string, priority: number): SecurityRule => ({
  name,
  properties: { priority, direction: 'Outbound', access: 'Deny', protocol: 'Tcp' },
});

/** The cluster example with its subnet's NSG holding `rules`. */
const withRules = (rules: SecurityRule[]): Plan =>
  withPatch(examplePlan('compute-cluster'), (plan) => {
    const nsg = subnetOf(plan).networkSecurityGroup;
    if (!nsg) throw new Error('example has an NSG');
    nsg.securityRules = rules;
  });

const cluster = () => examplePlan('compute-cluster');
const hub = () => parsedPlan(hubAndSpoke);

describe('diffPlans', () => {
  it('finds nothing between a plan and itself, or a copy of it', () => {
    const plan = cluster();
    expect(diffPlans(plan, plan)).toEqual([]);
    expect(diffPlans(plan, structuredClone(plan))).toEqual([]);
  });

  it('lists each changed value with its path, its label in words and both values', () => {
    const changes = diffPlans(cluster(), hub());
    expect(changes.map((change) => change.path)).toEqual([
      'workspace.privateLink',
      'compute.name',
      'compute.vmSize',
      'compute.maxNodes',
      'compute.idleSecondsBeforeScaleDown',
      'network.vnet.resourceGroup',
      'network.vnet.name',
      'network.vnet.addressSpace',
      'network.vnet.otherSubnets',
      'network.subnet.addressPrefix',
    ]);
    expect(changes).toContainEqual({
      path: 'compute.vmSize',
      label: 'Compute › VM size',
      before: 'Standard_DS3_v2',
      after: 'Standard_NC24ads_A100_v4',
    });
    expect(changes).toContainEqual({
      path: 'workspace.privateLink',
      label: 'Workspace › Private link',
      before: 'not set',
      after: 'in a hub virtual network (2 zones)',
    });
    expect(changes).toContainEqual({
      path: 'network.vnet.addressSpace',
      label: 'Virtual network › Address space',
      before: '10.0.0.0/16',
      after: '10.20.0.0/16',
      added: ['10.20.0.0/16'],
      removed: ['10.0.0.0/16'],
    });
    // The "default" subnet keeps its name but not its prefix.
    expect(changes).toContainEqual({
      path: 'network.vnet.otherSubnets',
      label: 'Virtual network › Other subnets',
      before: '1 subnet: default',
      after: '1 subnet: default',
      changed: ['default'],
    });
  });

  it('compares security rules by name: added, removed and changed', () => {
    const before = withRules([rule('DenyStorage', 100), rule('DenyInternet', 200), rule('Old', 300)]);
    const after = withRules([rule('DenyInternet', 250), rule('DenyStorage', 100), rule('New', 400)]);
    expect(diffPlans(before, after)).toEqual([
      {
        path: 'network.subnet.networkSecurityGroup.securityRules',
        label: 'Subnet › Network security group › Security rules',
        before: '3 rules: DenyStorage, DenyInternet, Old',
        after: '3 rules: DenyInternet, DenyStorage, New',
        added: ['New'],
        removed: ['Old'],
        changed: ['DenyInternet'],
      },
    ]);
  });

  it('counts a long list instead of naming every item', () => {
    const rules = Array.from({ length: 6 }, (_, index) => rule(`Rule${index}`, 100 + index));
    const [change] = diffPlans(cluster(), withRules(rules));
    expect(change).toMatchObject({ before: 'none', after: '6 rules' });
    expect(change?.added).toHaveLength(6);
  });

  it('words the egress and isolation as the wizard does, and summarises a section that goes', () => {
    const changes = diffPlans(cluster(), examplePlan('managed-vnet'));
    expect(changes).toContainEqual({
      path: 'tunneling.mode',
      label: 'Egress › Way out to the internet',
      before: 'NAT gateway',
      after: 'nothing extra',
    });
    expect(changes).toContainEqual({
      path: 'workspace.isolation',
      label: 'Workspace › Isolation',
      before: 'your own virtual network',
      after: 'managed virtual network',
    });
    expect(changes).toContainEqual({
      path: 'network',
      label: 'Network',
      before: 'virtual network: contoso-vnet, subnet: training',
      after: 'not set',
    });
  });

  it('summarises an NSG that appears or goes, and yes/no values', () => {
    const vm = examplePlan('virtual-machine');
    const bare = withPatch(vm, (plan) => {
      delete subnetOf(plan).networkSecurityGroup;
    });
    const changes = diffPlans(bare, vm);
    expect(changes).toEqual([
      {
        path: 'network.subnet.networkSecurityGroup',
        label: 'Subnet › Network security group',
        before: 'not set',
        after: 'nsg-vms (existing, 1 rule)',
      },
    ]);
    const withPublicIp = withPatch(cluster(), (plan) => {
      if (plan.compute.kind === 'computeCluster') plan.compute.publicIp = true;
    });
    const [publicIp] = diffPlans(cluster(), withPublicIp);
    expect(publicIp).toEqual({
      path: 'compute.publicIp',
      label: 'Compute › Public IP',
      before: 'no',
      after: 'yes',
    });
  });

  it('gives the same list whatever order the sections were written in', () => {
    const plan = cluster();
    const reversed = Object.fromEntries(Object.entries(hub()).reverse()) as Plan;
    expect(diffPlans(plan, reversed)).toEqual(diffPlans(plan, hub()));
  });
});
