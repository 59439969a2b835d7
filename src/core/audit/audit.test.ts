import { describe, expect, it } from 'vitest';
import {
  addRows,
  auditCompute,
  createInventory,
  readGraphPage,
  rebuildPlan,
  RESOURCE_GRAPH_QUERY,
  printQueryCommand,
} from './index.ts';
import { syntheticExport } from './synthetic.ts';

function inventoryOf(rows: Parameters<typeof addRows>[1]) {
  const inventory = createInventory();
  addRows(inventory, rows, 'export.json');
  return inventory;
}

describe('readGraphPage', () => {
  it('reads az graph query output, REST bodies and bare arrays', () => {
    const row = { id: '/x', type: 'microsoft.network/virtualnetworks' };
    expect(readGraphPage({ count: 1, data: [row], skip_token: 'abc', total_records: 2 })).toEqual({
      ok: true,
      rows: [row],
      skipped: 0,
    });
    expect(readGraphPage([row, { name: 'no id' }])).toEqual({ ok: true, rows: [row], skipped: 1 });
  });
  it('says what to do with a document that is not a Resource Graph result', () => {
    const result = readGraphPage({ value: [] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('audit --print-query');
  });
});

describe('the query', () => {
  it('asks for every audited type and is quoted safely for a shell', () => {
    expect(RESOURCE_GRAPH_QUERY).toContain("'microsoft.network/privatednszones/virtualnetworklinks'");
    expect(printQueryCommand()).toMatch(/^az graph query -q '.*' --first 1000 -o json > page-1\.json$/);
    expect(printQueryCommand()).toContain(`'\\''microsoft.network/routetables'\\''`);
  });
});

describe('rebuildPlan', () => {
  const { rows } = syntheticExport(10, 7, 50);
  const inventory = inventoryOf(rows);
  it('rebuilds a cluster in its existing VNet, subnet and NSG', () => {
    const result = rebuildPlan(inventory.computes[0]!, inventory);
    if (!result.ok) throw new Error(JSON.stringify(result.missing));
    expect(result.plan.workspace).toMatchObject({
      name: 'ws-0',
      isolation: 'customerVnet',
      region: 'eastus2',
      privateEndpoint: true,
    });
    expect(result.plan.compute).toMatchObject({
      kind: 'computeCluster',
      name: 'c0-cpu',
      maxNodes: 4,
      publicIp: false,
    });
    expect(result.plan.network?.subnet).toMatchObject({ name: 'training', addressPrefix: '10.0.0.0/20' });
    expect(result.plan.network?.subnet?.networkSecurityGroup).toMatchObject({ name: 'nsg-training' });
  });
  it('reports what is missing when the NSG, the VNet or the workspace is not in the export', () => {
    const orphan = rebuildPlan(inventory.computes[3]!, inventory);
    expect(orphan).toEqual({
      ok: false,
      missing: [
        {
          path: 'networkSecurityGroup',
          message: expect.stringContaining('networkSecurityGroups/nsg-gone is not in the export') as string,
        },
      ],
    });
    const alone = inventoryOf(rows.filter((row) => !row.type.endsWith('virtualnetworks')));
    const noVnet = rebuildPlan(alone.computes[0]!, alone);
    expect(!noVnet.ok && noVnet.missing[0]?.message).toMatch(
      /virtual network .*vnet-0 .* is not in the export/,
    );
    const noWorkspace = inventoryOf(rows.filter((row) => !row.type.endsWith('/workspaces')));
    expect(rebuildPlan(noWorkspace.computes[0]!, noWorkspace).ok).toBe(false);
  });
  it('names the compute in findings even when computes share one checked plan', () => {
    const cache = new Map();
    const [first, second] = [0, 2].map((i) =>
      auditCompute(inventory.computes[i]!, inventory, undefined, { cache, keepPlan: true }),
    );
    expect(first?.plan?.compute.name).toBe('c0-cpu');
    expect(second?.plan?.compute.name).toBe('c2-cpu');
    expect(cache.size).toBe(1);
    expect(JSON.stringify(second)).not.toContain('compute-name-token');
  });
  it('never passes an attached compute it cannot check', () => {
    const attached = { ...inventory.computes[0]!, properties: { computeType: 'Kubernetes', properties: {} } };
    const audit = auditCompute(attached, inventory);
    expect(audit).toMatchObject({ status: 'unchecked', kind: 'Kubernetes' });
    expect(audit.missing[0]?.message).toContain('Kubernetes');
  });
});

describe('auditing a synthetic export of thousands of computes', () => {
  it('flags exactly the broken computes and no others', () => {
    const { rows, brokenIds, uncheckedIds } = syntheticExport(3000);
    const inventory = createInventory();
    for (let start = 0; start < rows.length; start += 1000) {
      addRows(inventory, rows.slice(start, start + 1000), `page-${start / 1000 + 1}.json`);
    }
    const cache = new Map();
    const failed = new Set<string>();
    const unchecked = new Set<string>();
    for (const compute of inventory.computes) {
      const audit = auditCompute(compute, inventory, undefined, { cache });
      if (audit.status === 'failed') failed.add(audit.id);
      if (audit.status === 'unchecked') unchecked.add(audit.id);
      if (audit.status === 'passed') {
        expect(audit.flows.length).toBeGreaterThan(0);
        // The same reachability proof as validate: a passing compute has no failing required flow.
        const failing = audit.flows.filter((f) => f.status === 'required' && f.verdict !== 'reaches');
        expect(failing.filter((f) => f.verdict !== 'unknown')).toEqual([]);
      }
    }
    expect(brokenIds.size).toBeGreaterThan(300);
    expect([...failed].sort()).toEqual([...brokenIds].sort());
    expect([...unchecked].sort()).toEqual([...uncheckedIds].sort());
    expect(cache.size).toBeLessThan(inventory.computes.length);
  }, 60_000);
});
