import { describe, expect, it } from 'vitest';
import example from '../../../examples/compute-cluster.plan.json' with { type: 'json' };
import armNsg from './fixtures/arm-nsg.json' with { type: 'json' };
import armTemplate from './fixtures/arm-template.json' with { type: 'json' };
import azNsg from './fixtures/az-nsg-show.json' with { type: 'json' };
import azRouteTable from './fixtures/az-route-table-show.json' with { type: 'json' };
import azSubnet from './fixtures/az-subnet-show.json' with { type: 'json' };
import azVnet from './fixtures/az-vnet-show.json' with { type: 'json' };
import armSubnet from './fixtures/arm-subnet.json' with { type: 'json' };
import { checkPlan, diffPlans, parsePlan, planSchema, type Plan, type Tunneling } from '../index.ts';
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

const SUBNETS =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks';
/** The example plan's own subnet: "training" in the existing VNet "contoso-vnet". */
const PLAN_SUBNET_ID = `${SUBNETS}/contoso-vnet/subnets/training`;

const withRoutes = (routes: unknown[]) => ({ ...azRouteTable, routes, subnets: [{ id: PLAN_SUBNET_ID }] });
const defaultToInternet = { name: 'd', addressPrefix: '0.0.0.0/0', nextHopType: 'Internet' };
const firewalled: Tunneling = {
  ...basePlan().tunneling,
  mode: 'userDefinedRoutes',
  applianceIp: '10.9.9.9',
};

function applied(plan: Plan, ...documents: unknown[]) {
  const result = planFromPasted(
    plan,
    readPasted(documents.map((json, index) => text(`document ${index + 1}`, json))),
  );
  if (!result.ok) throw new Error(result.message);
  expect(planSchema.safeParse(result.plan).success).toBe(true);
  return result;
}

describe('planFromPasted leaves the egress alone unless what was pasted says otherwise', () => {
  it('an NSG alone keeps the NAT gateway the plan chose', () => {
    const plan = basePlan();
    const result = applied(plan, { ...azNsg, subnets: [{ id: PLAN_SUBNET_ID }] });
    expect(result.plan.tunneling).toBe(plan.tunneling);
    expect(result.plan.tunneling.mode).toBe('natGateway');
    expect(result.plan.network?.subnet?.natGateway).toBe(false);
  });

  it('an NSG alone changes only the NSG: the plan diff says nothing about egress', () => {
    const plan = basePlan();
    const result = applied(plan, { ...azNsg, subnets: [{ id: PLAN_SUBNET_ID }] });
    const changes = diffPlans(plan, planSchema.parse(result.plan));
    expect(changes.map((change) => change.path)).toEqual([
      'network.subnet.networkSecurityGroup.mode',
      'network.subnet.networkSecurityGroup.securityRules',
    ]);
    expect(changes[1]?.added).toEqual(azNsg.securityRules.map((rule) => rule.name));
  });

  it('an NSG alone keeps a firewall the plan routes through', () => {
    const result = applied({ ...basePlan(), tunneling: firewalled }, azNsg);
    expect(result.plan.tunneling).toEqual(firewalled);
  });

  it('a route table alone with a default route to an appliance switches to that appliance', () => {
    const result = applied(basePlan(), { ...azRouteTable, subnets: [{ id: PLAN_SUBNET_ID }] });
    expect(result.plan.tunneling).toMatchObject({ mode: 'userDefinedRoutes', applianceIp: '10.0.0.4' });
    expect(result.warnings).toEqual([]);
  });

  it('a route table alone without a default route to an appliance keeps the plan’s egress', () => {
    expect(applied(basePlan(), withRoutes([defaultToInternet])).plan.tunneling.mode).toBe('natGateway');
    const routed = applied({ ...basePlan(), tunneling: firewalled }, withRoutes([defaultToInternet]));
    expect(routed.plan.tunneling).toEqual(firewalled);
  });

  it('a subnet read whole with a NAT gateway and no route table sets the NAT gateway', () => {
    const { routeTable: _rt, networkSecurityGroup: _nsg, ...properties } = armSubnet.properties;
    const result = applied({ ...basePlan(), tunneling: firewalled }, { ...armSubnet, properties });
    expect(result.plan.tunneling.mode).toBe('natGateway');
    expect(result.plan.tunneling).not.toHaveProperty('applianceIp');
  });

  it('a default route to an appliance wins over the subnet’s NAT gateway', () => {
    const result = applied(basePlan(), armSubnet, azRouteTable, azNsg);
    expect(result.plan.network?.subnet?.natGateway).toBe(true);
    expect(result.plan.tunneling).toMatchObject({ mode: 'userDefinedRoutes', applianceIp: '10.0.0.4' });
  });

  it('a subnet with a NAT gateway and a route table that wasn’t pasted keeps a planned firewall', () => {
    const { networkSecurityGroup: _nsg, ...properties } = armSubnet.properties;
    const subnet = { ...armSubnet, properties };
    expect(applied(basePlan(), subnet).plan.tunneling.mode).toBe('natGateway');
    expect(applied({ ...basePlan(), tunneling: firewalled }, subnet).plan.tunneling).toEqual(firewalled);
  });

  it('a subnet read whole with neither a NAT gateway nor a route table has no way out of its own', () => {
    const { routeTable: _rt, networkSecurityGroup: _nsg, ...subnet } = azSubnet;
    expect(applied(basePlan(), subnet).plan.tunneling.mode).toBe('none');
  });

  it('a subnet whose route table wasn’t pasted keeps the plan’s egress', () => {
    const { networkSecurityGroup: _nsg, ...subnet } = azSubnet;
    const result = applied(basePlan(), subnet);
    expect(result.plan.tunneling.mode).toBe('natGateway');
    expect(result.notes.join(' ')).toContain('uses route table "rt-training"');
  });

  it('a subnet that isn’t Azure’s whole description (no id) says nothing about a missing NAT gateway', () => {
    const subnet = { name: 'training', properties: { addressPrefix: '10.0.1.0/24' } };
    expect(applied(basePlan(), subnet).plan.tunneling.mode).toBe('natGateway');
  });

  it('the plan’s subnet found in a pasted VNet, with its route table, follows the route', () => {
    const result = applied(basePlan(), azVnet, azNsg, azRouteTable);
    expect(result.plan.network?.subnet?.mode).toBe('existing');
    expect(result.plan.tunneling).toMatchObject({ mode: 'userDefinedRoutes', applianceIp: '10.0.0.4' });
  });
});

describe('planFromPasted warns when the pasted resources don’t match the plan', () => {
  it('says which subnet a pasted NSG is attached to', () => {
    const other = `${SUBNETS}/contoso-vnet/subnets/scoring`;
    const result = applied(basePlan(), { ...azNsg, subnets: [{ id: other }] });
    expect(result.warnings).toEqual([
      'The pasted network security group "nsg-training" is attached to subnet "scoring" in VNet "contoso-vnet", ' +
        'not to the plan\'s subnet "training" in VNet "contoso-vnet", so its rules would be checked where they ' +
        'don\'t apply. Paste the NSG that is on "training" instead, or paste subnet "scoring" too if that is the one to audit.',
    ]);
  });

  it('tells a subnet of the same name in another VNet apart (ARM shape)', () => {
    const nsg = {
      ...armNsg,
      properties: { securityRules: [], subnets: [{ id: `${SUBNETS}/mynetwork/subnets/training` }] },
    };
    expect(applied(basePlan(), nsg).warnings).toEqual([
      expect.stringContaining(
        'is attached to subnet "training" in VNet "mynetwork", not to the plan\'s subnet "training" in VNet "contoso-vnet"',
      ),
    ]);
  });

  it('says when a pasted NSG or route table is attached to no subnet', () => {
    const result = applied(basePlan(), { ...azNsg, subnets: null }, { ...withRoutes([]), subnets: [] });
    expect(result.warnings).toEqual([
      'The pasted network security group "nsg-training" isn\'t attached to any subnet; the plan puts it on subnet "training". If "training" already has an NSG, paste that one instead.',
      'The pasted route table "rt-training" isn\'t attached to any subnet; the plan puts it on subnet "training". If "training" already has a route table, paste that one instead.',
    ]);
  });

  it('says nothing when the NSG is on the plan’s subnet or doesn’t list its subnets', () => {
    expect(
      applied(basePlan(), { ...azNsg, subnets: [{ id: PLAN_SUBNET_ID.toUpperCase() }] }).warnings,
    ).toEqual([]);
    const { subnets: _s, ...unlisted } = azNsg;
    expect(applied(basePlan(), unlisted).warnings).toEqual([]);
  });

  it('names a pasted subnet and VNet that differ from the plan’s', () => {
    const scoring = { ...azSubnet, name: 'scoring', id: `${SUBNETS}/other-vnet/subnets/scoring` };
    const { routeTable: _rt, networkSecurityGroup: _nsg, ...subnet } = scoring;
    const result = applied(basePlan(), azVnet, subnet);
    expect(result.warnings).toEqual([
      'The pasted virtual network is "mynetwork", but the plan uses the existing virtual network "contoso-vnet"; applying puts "mynetwork" in its place. If you meant "contoso-vnet", paste that one instead.',
      'The pasted subnet is "scoring", but the plan\'s compute subnet is "training"; applying puts "scoring" in its place. If you meant to audit "training", paste that subnet instead.',
      'The pasted subnet "scoring" is in VNet "other-vnet" (from its id), but the pasted virtual network is "mynetwork"; paste a subnet and the virtual network it belongs to.',
    ]);
  });

  it('compares a pasted subnet’s VNet with the plan’s when no VNet was pasted', () => {
    const { routeTable: _rt, networkSecurityGroup: _nsg, ...subnet } = azSubnet;
    expect(applied(basePlan(), subnet).warnings).toEqual([
      'The pasted subnet "training" is in VNet "mynetwork" (from its id), but the plan\'s virtual network is "contoso-vnet"; paste the virtual network "mynetwork" too, or the subnet from "contoso-vnet".',
    ]);
  });

  it('doesn’t warn about a VNet the plan would create', () => {
    const plan = basePlan();
    const network = plan.network;
    if (!network) throw new Error('example has a network');
    const fresh = { ...plan, network: { ...network, vnet: { ...network.vnet, mode: 'new' as const } } };
    expect(applied(fresh, azVnet).warnings).toEqual([]);
  });
});

describe('pasted documents that aren’t recognised', () => {
  it('refuse the whole set, naming each', () => {
    const set = readPasted([
      text('document 1', azNsg),
      { source: 'document 2', text: '{ nope' },
      text('document 3', [1, 2, 3]),
    ]);
    const result = planFromPasted(basePlan(), set);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(
      /^Remove what can't be audited, then apply again: document 2: This is not valid JSON/,
    );
    expect(result.message).toContain(
      'document 3: This is a list of 3 items, none of them a network resource',
    );
    expect(result.message).not.toContain('document 1');
  });

  it('describe a list of resources by what is in it', () => {
    const set = readPasted([text('l', [azNsg, { ...azNsg, name: 'nsg-other' }])]);
    expect(set.understood).toEqual([
      {
        source: 'l',
        kind: 'unknown',
        message:
          'This is a list of 2 network security groups ("nsg-training", "nsg-other"), not one resource; paste the output of `az network nsg show -g <rg> -n <name> -o json` for the one to audit.',
      },
    ]);
    expect(set.documents).toEqual({});
  });
});
