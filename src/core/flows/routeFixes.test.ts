import { describe, expect, it } from 'vitest';
import { examplePlan, findingsOf, withPatch } from '../../../test/helpers/rulePlans.ts';
import { allRules } from '../rules/all.ts';
import { mayFixWithRoutes, ROUTE_FIX_RULE_IDS } from './routeFixRules.ts';
import { applyRouteFix, fixFor, routeFixes, tableAppliance, withRoutes } from './routeFixes.ts';

const broken = examplePlan('broken/forced-tunnel-no-aml-route');
const ROUTES = 'network.subnet.routeTable.routes';
const TO_FIREWALL = {
  name: 'default-to-firewall',
  properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.0.4' },
} as const;

describe('routeFixes', () => {
  it('adds exactly the AzureMachineLearning route the forced-tunnel finding asks for, which settles it', () => {
    const fixes = routeFixes(broken, findingsOf(broken));
    expect(fixes).toEqual([
      {
        subnetPath: 'network.subnet',
        ruleIds: ['pip-forced-tunnel-aml-route'],
        routes: [
          {
            name: 'AzureMachineLearningToInternet',
            properties: { addressPrefix: 'AzureMachineLearning', nextHopType: 'Internet' },
          },
        ],
      },
    ]);
    const fixed = withRoutes(broken, 'network.subnet', [
      ...(broken.network?.subnet?.routeTable?.routes ?? []),
      ...(fixes[0]?.routes ?? []),
    ]);
    expect(findingsOf(fixed).map((f) => f.ruleId)).not.toContain('pip-forced-tunnel-aml-route');
    expect(routeFixes(fixed, findingsOf(fixed))).toEqual([]);
  });

  it('offers nothing without a finding, for findings elsewhere, or for advice that is a choice', () => {
    expect(routeFixes(broken, [])).toEqual([]);
    expect(
      routeFixes(broken, [{ ruleId: 'pip-forced-tunnel-aml-route', path: 'tunneling.routeTargets' }]),
    ).toEqual([]);
    expect(routeFixes(broken, [{ ruleId: 'forced-tunnel-batch-route', path: ROUTES }])).toEqual([]);
  });

  it('never reuses a route name the table has, whatever its case', () => {
    const named = withPatch(broken, (p) => {
      p.network!.subnet!.routeTable!.routes.push({
        name: 'azuremachinelearningtointernet',
        properties: { addressPrefix: '10.9.0.0/16', nextHopType: 'VnetLocal' },
      });
    });
    const [fix] = routeFixes(named, findingsOf(named));
    expect(fix?.routes.map((r) => r.name)).toEqual(['AzureMachineLearningToInternet-2']);
  });

  it('settles every Databricks tag the table misses at once', () => {
    const dbx = withPatch(examplePlan('databricks'), (p) => {
      p.tunneling = { mode: 'none', routeTargets: 'serviceTags', routeBatchNodeManagement: false };
      p.network!.databricks!.publicSubnet.routeTable = {
        name: 'rt-public',
        routes: [TO_FIREWALL, { name: 'sql', properties: { addressPrefix: 'Sql', nextHopType: 'Internet' } }],
      };
    });
    const fixes = routeFixes(dbx, findingsOf(dbx));
    expect(fixes.map((f) => [f.subnetPath, f.routes.map((r) => r.properties.addressPrefix)])).toEqual([
      ['network.databricks.publicSubnet', ['AzureDatabricks', 'Storage', 'EventHub']],
    ]);
    const fix = fixes[0]!;
    const fixed = withRoutes(dbx, fix.subnetPath, [
      ...dbx.network!.databricks!.publicSubnet.routeTable!.routes,
      ...fix.routes,
    ]);
    expect(findingsOf(fixed).filter((f) => f.ruleId === 'dbx-udr')).toEqual([]);
  });
});

describe('applyRouteFix and fixFor', () => {
  it("append a fix's routes to its table, which settles the finding the fix is for", () => {
    const findings = findingsOf(broken);
    const finding = findings.find((f) => f.ruleId === 'pip-forced-tunnel-aml-route')!;
    const fix = fixFor(routeFixes(broken, findings), finding)!;
    const fixed = applyRouteFix(broken, fix);
    expect(fixed.network?.subnet?.routeTable?.routes).toEqual([
      ...(broken.network?.subnet?.routeTable?.routes ?? []),
      ...fix.routes,
    ]);
    expect(findingsOf(fixed).map((f) => f.ruleId)).not.toContain('pip-forced-tunnel-aml-route');
  });

  it('find no fix for a finding elsewhere or of another rule', () => {
    const fixes = routeFixes(broken, findingsOf(broken));
    expect(fixFor(fixes, { ruleId: 'pip-forced-tunnel-aml-route', path: 'tunneling.mode' })).toBeUndefined();
    expect(fixFor(fixes, { ruleId: 'forced-tunnel-batch-route', path: ROUTES })).toBeUndefined();
  });

  it('leave a plan whose subnet has no route table as it is', () => {
    const fix = routeFixes(broken, findingsOf(broken))[0]!;
    const bare = withPatch(broken, (p) => {
      delete p.network!.subnet!.routeTable;
    });
    expect(applyRouteFix(bare, fix)).toBe(bare);
  });
});

describe('ROUTE_FIX_RULE_IDS', () => {
  it('names rules of the catalogue, and only those a fix settles', () => {
    const ids = new Set(allRules.map((rule) => rule.id));
    expect(ROUTE_FIX_RULE_IDS.every((id) => ids.has(id))).toBe(true);
    expect(mayFixWithRoutes('dbx-udr')).toBe(true);
    expect(mayFixWithRoutes('forced-tunnel-batch-route')).toBe(false);
  });
});

describe('withRoutes', () => {
  it('leaves a plan whose subnet has no route table as it is', () => {
    const plain = withPatch(broken, (p) => {
      delete p.network!.subnet!.routeTable;
    });
    expect(withRoutes(plain, 'network.subnet', [TO_FIREWALL])).toBe(plain);
    expect(withRoutes(broken, 'network.elsewhere', [])).toBe(broken);
  });
});

describe('tableAppliance', () => {
  const table = (...routes: (typeof TO_FIREWALL | Record<string, unknown>)[]) =>
    ({ name: 'rt-training', routes }) as Parameters<typeof tableAppliance>[0];

  it('finds the next hop of the 0.0.0.0/0 route to an appliance', () => {
    expect(tableAppliance(broken.network?.subnet?.routeTable)).toEqual({
      ip: '10.0.0.4',
      route: 'default-to-firewall',
      table: 'rt-training',
    });
  });

  it('finds nothing without such a route, or with a next hop that is not an IPv4 address', () => {
    expect(tableAppliance(undefined)).toBeUndefined();
    expect(tableAppliance(table())).toBeUndefined();
    const gateway = {
      name: 'gw',
      properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualNetworkGateway' },
    };
    expect(tableAppliance(table(gateway))).toBeUndefined();
    const narrow = { ...TO_FIREWALL, properties: { ...TO_FIREWALL.properties, addressPrefix: '10.0.0.0/8' } };
    expect(tableAppliance(table(narrow))).toBeUndefined();
    const bad = { ...TO_FIREWALL, properties: { ...TO_FIREWALL.properties, nextHopIpAddress: 'fw' } };
    expect(tableAppliance(table(bad))).toBeUndefined();
  });
});
