import { describe, expect, it } from 'vitest';
import example from '../../../examples/compute-cluster.plan.json' with { type: 'json' };
import armTemplate from './fixtures/arm-template.json' with { type: 'json' };
import azNsg from './fixtures/az-nsg-show.json' with { type: 'json' };
import azRouteTable from './fixtures/az-route-table-show.json' with { type: 'json' };
import azSubnet from './fixtures/az-subnet-show.json' with { type: 'json' };
import azVnet from './fixtures/az-vnet-show.json' with { type: 'json' };
import { checkPlan, parsePlan, planSchema, type Plan } from '../index.ts';
import { readPasted, type PastedText } from './pastedDocuments.ts';
import { planFromPasted } from './pastedPlan.ts';

function basePlan(): Plan {
  const result = parsePlan(example);
  if (!result.ok) throw new Error('example must parse');
  return result.plan;
}

const text = (source: string, json: unknown): PastedText => ({ source, text: JSON.stringify(json) });

const legacyRule = {
  name: 'AllowBatch',
  priority: 120,
  direction: 'Inbound',
  access: 'Allow',
  protocol: 'Tcp',
  sourceAddressPrefix: 'BatchNodeManagement',
  sourcePortRange: '*',
  destinationAddressPrefix: '*',
  destinationPortRange: '29876-29877',
};

describe('readPasted', () => {
  it('says what each document is and keeps the first of each kind', () => {
    const set = readPasted([
      text('a', azVnet),
      text('b', azSubnet),
      { source: 'c', text: '{ nope' },
      text('d', azSubnet),
      text('e', { hello: 'world' }),
    ]);
    expect(set.understood.map((u) => [u.source, u.kind])).toEqual([
      ['a', 'vnet'],
      ['b', 'subnet'],
      ['c', 'invalid'],
      ['d', 'subnet'],
      ['e', 'unknown'],
    ]);
    expect(set.understood[3]?.message).toMatch(/Another subnet was pasted first/);
    expect(Object.keys(set.documents).sort()).toEqual(['subnet', 'vnet']);
    expect(set.documents.subnet).toEqual(azSubnet);
  });

  it('reads the network resources an ARM template declares', () => {
    const set = readPasted([text('t', armTemplate)]);
    expect(set.understood.length).toBeGreaterThan(0);
    for (const item of set.understood)
      expect(item.message).toMatch(/^(An ARM template resource|This is an ARM template)/);
  });
});

describe('planFromPasted', () => {
  it('puts a pasted subnet with its NSG and route table into the plan, audited by the engine', () => {
    const nsg = { ...azNsg, securityRules: [...azNsg.securityRules, legacyRule] };
    const set = readPasted([text('v', azVnet), text('s', azSubnet), text('n', nsg), text('r', azRouteTable)]);
    const result = planFromPasted(basePlan(), set);
    if (!result.ok) throw new Error(result.message);
    expect(planSchema.safeParse(result.plan).success).toBe(true);
    expect(result.plan.network?.subnet).toMatchObject({ mode: 'existing', name: azSubnet.name });
    expect(result.plan.network?.vnet.name).toBe(azVnet.name);
    expect(result.legacy.map((rule) => rule.name)).toContain('AllowBatch');
    expect(checkPlan(result.plan).some((f) => f.ruleId === 'batch-inbound-legacy')).toBe(true);
  });

  it('applies a lone NSG to the plan’s own subnet', () => {
    const result = planFromPasted(basePlan(), readPasted([text('n', azNsg)]));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.network?.subnet?.networkSecurityGroup?.name).toBe(azNsg.name);
    expect(result.plan.network?.subnet?.name).toBe(basePlan().network?.subnet?.name);
    expect(result.legacy.map((rule) => rule.name)).not.toContain('AllowBatch');
  });

  it('explains what is missing', () => {
    const managed = {
      ...basePlan(),
      workspace: {
        ...basePlan().workspace,
        isolation: 'managedVnet',
        managedNetworkMode: 'allowInternetOutbound',
      },
    } as Plan;
    const { network: _n, ...withoutNetwork } = managed;
    expect(planFromPasted(withoutNetwork, readPasted([text('s', azSubnet)]))).toEqual({
      ok: false,
      message: 'Paste the virtual network too: the plan has none to put the subnet in.',
    });
    expect(planFromPasted(basePlan(), readPasted([text('x', { hello: 1 })]))).toMatchObject({ ok: false });
  });
});
