import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parsePlan, parsePlanText, type Plan, type SecurityRule } from '../model/index.ts';
import { proveFlows } from '../proof/index.ts';
import { proveUncached } from '../proof/prove.ts';
import { checkPlan } from './checkPlan.ts';

const examplesDir = new URL('../../../examples/', import.meta.url);
const exampleText = (name: string) => readFileSync(new URL(`${name}.plan.json`, examplesDir), 'utf8');

/**
 * The compute-cluster example on an existing subnet whose NSG has 1,000 rules (as `az network nsg show`
 * prints them) and whose route table has 400 routes: the largest plan Azure's limits allow.
 */
function largestPlan(): Plan {
  const raw = JSON.parse(exampleText('compute-cluster')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const subnet = raw.network.subnet;
  subnet.mode = 'existing';
  subnet.networkSecurityGroup = {
    mode: 'existing',
    name: 'nsg-training',
    securityRules: Array.from({ length: 1000 }, (_, i) => ({
      name: `rule-${i}`,
      id: `/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg/providers/Microsoft.Network/networkSecurityGroups/nsg-training/securityRules/rule-${i}`,
      properties: {
        priority: 1000 + (i >> 1),
        direction: i % 2 === 0 ? 'Inbound' : 'Outbound',
        access: i % 3 === 0 ? 'Deny' : 'Allow',
        protocol: 'Tcp',
        sourceAddressPrefix: i % 5 === 0 ? 'VirtualNetwork' : `10.${i >> 8}.${i % 256}.0/24`,
        sourcePortRange: '*',
        destinationAddressPrefix: i % 7 === 0 ? 'Sql.westus' : `172.16.${i % 256}.0/24`,
        destinationPortRanges: ['8443', `${2000 + i}-${2100 + i}`],
        provisioningState: 'Succeeded',
      },
    })),
  };
  subnet.routeTable = {
    name: 'rt-training',
    routes: Array.from({ length: 400 }, (_, i) => ({
      name: `route-${i}`,
      properties: {
        addressPrefix: i === 0 ? '0.0.0.0/0' : `10.${100 + (i >> 8)}.${i % 256}.0/24`,
        nextHopType: 'VirtualAppliance',
        nextHopIpAddress: '10.0.0.4',
      },
    })),
  };
  const parsed = parsePlan(raw);
  if (!parsed.ok) throw new Error(`benchmark plan is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.plan;
}

const large = largestPlan();
const typicalText = exampleText('compute-cluster');
/** The large plan with the checks already run, so what the proof shares with them is warm. */
const checked = fresh(large);
checkPlan(checked);

/**
 * A new plan object with new rule and route objects, new properties objects and new lists, around the
 * same strings: what the plan schema's parse gives on every keystroke. No result memoized per plan, per
 * rule or per properties object is reused.
 */
function fresh(plan: Plan): Plan {
  const copyRule = (rule: SecurityRule): SecurityRule => {
    const p = rule.properties;
    return {
      ...rule,
      properties: {
        ...p,
        ...(p.destinationPortRanges ? { destinationPortRanges: [...p.destinationPortRanges] } : {}),
      },
    };
  };
  const subnet = plan.network!.subnet!;
  const nsg = subnet.networkSecurityGroup!;
  const table = subnet.routeTable!;
  return {
    ...plan,
    network: {
      ...plan.network!,
      subnet: {
        ...subnet,
        networkSecurityGroup: { ...nsg, securityRules: nsg.securityRules.map(copyRule) },
        routeTable: {
          ...table,
          routes: table.routes.map((route) => ({ ...route, properties: { ...route.properties } })),
        },
      },
    },
  };
}

// Enough samples for a stable median on a busy machine.
const options = { time: 2000, warmupTime: 500 };

describe('checkPlan', () => {
  bench(
    '1,000 NSG rules + 400 routes (fresh plan objects each time)',
    () => {
      checkPlan(fresh(large));
    },
    options,
  );
  bench(
    'the same plan: checkPlan then the reachability proof (proveFlows); the difference is the proof',
    () => {
      const plan = fresh(large);
      checkPlan(plan);
      proveFlows(plan);
    },
    options,
  );
  bench(
    'the reachability proof alone, on top of checkPlan (checkPlan already ran on this plan)',
    () => {
      proveUncached(checked);
    },
    options,
  );
  bench(
    'making those fresh plan objects alone (subtract from the lines above)',
    () => {
      fresh(large);
    },
    options,
  );
  bench(
    'one keystroke on a typical plan: parsePlanText + checkPlan',
    () => {
      const parsed = parsePlanText(typicalText);
      if (!parsed.ok) throw new Error('typical plan must be valid');
      checkPlan(parsed.plan);
    },
    options,
  );
});
