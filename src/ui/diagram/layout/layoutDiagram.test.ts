import { describe, expect, it } from 'vitest';
import { simulateFlows } from '../../../core/index.ts';
import { G, fitText } from './geometry.ts';
import { layoutDiagram } from './layoutDiagram.ts';
import { examplePlan, testPlans } from './testPlans.ts';
import type { DiagramBox, DiagramLayout, Point, Rect } from './types.ts';

const plans = testPlans();

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const contains = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

function ancestors(layout: DiagramLayout, box: DiagramBox): Set<string> {
  const found = new Set<string>();
  for (let parent = box.parent; parent !== undefined;) {
    found.add(parent);
    parent = layout.boxes.find((b) => b.id === parent)?.parent;
  }
  return found;
}

const byId = (layout: DiagramLayout, id: string) => layout.boxes.find((b) => b.id === id);
const within = (value: number, start: number, length: number) => value > start && value < start + length;
const onEdge = (box: Rect, point: Point) =>
  ((point.x === box.x || point.x === box.x + box.width) && within(point.y, box.y, box.height)) ||
  ((point.y === box.y || point.y === box.y + box.height) && within(point.x, box.x, box.width));

describe.each(plans)('layoutDiagram(%s)', (_name, plan) => {
  const layout = layoutDiagram(plan);

  it('gives every box a unique id and keeps it inside the drawing and inside its parent', () => {
    expect(new Set(layout.boxes.map((b) => b.id)).size).toBe(layout.boxes.length);
    for (const box of layout.boxes) {
      expect(contains({ x: 0, y: 0, width: layout.width, height: layout.height }, box), box.id).toBe(true);
      if (box.parent === undefined) continue;
      const parent = byId(layout, box.parent);
      expect(parent, `${box.id} has parent ${box.parent}`).toBeDefined();
      if (parent) expect(contains(parent, box), `${box.id} inside ${parent.id}`).toBe(true);
    }
  });

  it('overlaps no two boxes unless one holds the other', () => {
    const clashes: string[] = [];
    layout.boxes.forEach((a, i) => {
      for (const b of layout.boxes.slice(i + 1)) {
        const nested = ancestors(layout, a).has(b.id) || ancestors(layout, b).has(a.id);
        if (!nested && overlaps(a, b)) clashes.push(`${a.id} × ${b.id}`);
      }
    });
    expect(clashes).toEqual([]);
  });

  it('draws every required flow exactly once, with the simulator verdict', () => {
    if (plan.workspace.isolation === 'managedVnet') return;
    const drawn = layout.arrows.flatMap((a) => a.flowIds.map((id) => [id, a.verdict] as const));
    const expected = simulateFlows(plan).flows.map((v) => [v.flow.id, v.result] as const);
    expect([...drawn].sort()).toEqual([...expected].sort());
  });

  it('starts and ends every arrow on the edges of the boxes it joins', () => {
    for (const arrow of layout.arrows) {
      const from = byId(layout, arrow.from);
      const to = byId(layout, arrow.to);
      const [tail, head] = [arrow.points[0], arrow.points.at(-1)];
      expect(from && to && tail && head, arrow.id).toBeTruthy();
      if (!from || !to || !tail || !head) continue;
      expect(onEdge(from, tail), `${arrow.id} leaves ${from.id}`).toBe(true);
      expect(onEdge(to, head), `${arrow.id} reaches ${to.id}`).toBe(true);
    }
  });

  it('crosses only the boxes on its path (its ends, their containers, the NSG and egress bands)', () => {
    for (const arrow of layout.arrows) {
      const [a, b] = [arrow.points[0], arrow.points.at(-1)];
      if (!a || !b) continue;
      const line =
        a.y === b.y
          ? { x: Math.min(a.x, b.x) + 1, y: a.y - 0.5, width: Math.abs(a.x - b.x) - 2, height: 1 }
          : { x: a.x - 0.5, y: Math.min(a.y, b.y) + 1, width: 1, height: Math.abs(a.y - b.y) - 2 };
      const ends = [arrow.from, arrow.to].flatMap((id) => {
        const box = byId(layout, id);
        return box ? [id, ...ancestors(layout, box)] : [id];
      });
      const crossed = layout.boxes
        .filter((box) => overlaps(box, line) && !ends.includes(box.id))
        .filter((box) => !['nsgBoundary', 'egressBand'].includes(box.kind) && box.id !== arrow.via)
        .map((box) => box.id);
      expect(crossed, arrow.id).toEqual([]);
    }
  });

  it('runs every connector from the edge of one box to the edge of the other, crossing only their containers', () => {
    for (const link of layout.links.filter((l) => l.kind !== 'rail')) {
      const from = byId(layout, link.from);
      const to = byId(layout, link.to);
      const [start, end] = [link.points[0], link.points.at(-1)];
      expect(from && to && start && end, link.id).toBeTruthy();
      if (!from || !to || !start || !end) continue;
      expect(onEdge(from, start), `${link.id} leaves ${from.id}`).toBe(true);
      expect(onEdge(to, end), `${link.id} reaches ${to.id}`).toBe(true);
      const ends = [from, to].flatMap((box) => [box.id, ...ancestors(layout, box)]);
      link.points.slice(1).forEach((b, i) => {
        const a = link.points[i];
        if (!a) return;
        const line =
          a.y === b.y
            ? { x: Math.min(a.x, b.x) + 1, y: a.y - 0.5, width: Math.abs(a.x - b.x) - 2, height: 1 }
            : { x: a.x - 0.5, y: Math.min(a.y, b.y) + 1, width: 1, height: Math.abs(a.y - b.y) - 2 };
        const crossed = layout.boxes.filter((box) => overlaps(box, line) && !ends.includes(box.id));
        expect(
          crossed.map((box) => box.id),
          link.id,
        ).toEqual([]);
      });
    }
  });

  it('fits every legend entry in its column and the legend in the drawing', () => {
    const { columns, entries, y } = layout.legend;
    const room = columns === 2 ? G.legendColumn - 66 : layout.width - 2 * G.margin - 58;
    for (const entry of entries) expect(fitText(entry.label, room), entry.label).toBe(entry.label);
    expect(y + Math.ceil(entries.length / columns) * G.legendRow).toBeLessThanOrEqual(layout.height);
  });

  it('is deterministic', () => {
    expect(layoutDiagram(structuredClone(plan))).toEqual(layout);
  });

  it('describes every box that stands for something, and every arrow', () => {
    const described = layout.boxes.filter((b) => b.description);
    expect(described.map((b) => b.kind)).toEqual(expect.arrayContaining(['compute', 'workspace', 'egress']));
    for (const arrow of layout.arrows) expect(arrow.description).toMatch(/: (allowed|denied|not known)/);
  });
});

describe('layoutDiagram on particular plans', () => {
  it('draws the denied flows of an NSG that denies everything at priority 100, naming the rule', () => {
    const layout = layoutDiagram(examplePlan('broken/nsg-deny-priority-100.plan.json'));
    const denied = layout.arrows.filter((a) => a.verdict === 'denied');
    expect(denied.length).toBeGreaterThan(0);
    expect(denied[0]?.description).toMatch(/denied \(by rule "DenyAllOutbound" \(priority 100\)\)/);
    expect(layout.summary).toMatch(/15 denied/);
  });

  it('sends outbound service tags through the NAT gateway', () => {
    const layout = layoutDiagram(examplePlan('compute-cluster.plan.json'));
    const storage = layout.arrows.find((a) => a.to === 'remote-storage-eastus2');
    expect(storage?.via && byId(layout, storage.via)?.kind).toBe('hop');
    expect(byId(layout, 'egress')?.title).toBe('NAT gateway');
    expect(storage?.description).toMatch(/through the NAT gateway/);
  });

  it('routes forced-tunnelled flows through the appliance and lists its missing bypass', () => {
    const layout = layoutDiagram(examplePlan('broken/forced-tunnel-no-aml-route.plan.json'));
    const egress = byId(layout, 'egress');
    expect(egress?.title).toBe('Route table');
    expect(egress?.lines.slice(0, 2)).toEqual(['rt-training', '0.0.0.0/0 → 10.0.0.4']);
    expect(egress?.description).toMatch(/bypass routes straight to Internet: none\./);
    const aml = layout.arrows.find((a) => a.to === 'remote-azuremachinelearning');
    expect(aml?.via && byId(layout, aml.via)?.kind).toBe('hop');
    expect(aml?.description).toMatch(/through the appliance 10\.0\.0\.4/);
    expect(layout.legend.entries.map((e) => e.label)).toContain('Sent to the appliance (0.0.0.0/0)');
  });

  it('draws bypass routes of planned user-defined routes as bypass markers', () => {
    const plan = examplePlan('compute-cluster.plan.json');
    // Public IPs: compute without them gets no bypass routes unless its subnet has a NAT gateway.
    const layout = layoutDiagram({
      ...plan,
      compute: { ...plan.compute, publicIp: true } as typeof plan.compute,
      tunneling: { ...plan.tunneling, mode: 'userDefinedRoutes', applianceIp: '10.0.0.4' },
    });
    const aml = layout.arrows.find((a) => a.to === 'remote-azuremachinelearning');
    expect(aml?.via && byId(layout, aml.via)?.kind).toBe('bypass');
    const storage = layout.arrows.find((a) => a.to === 'remote-storage-eastus2');
    expect(storage?.via && byId(layout, storage.via)?.kind).toBe('hop');
    expect(byId(layout, 'egress')?.lines).toContain('AzureMachineLearning');
  });

  it('draws a managed network with its outbound rules instead of a subnet', () => {
    const layout = layoutDiagram(examplePlan('managed-vnet.plan.json'));
    expect(layout.legend.columns).toBe(1);
    expect(byId(layout, 'vnet')?.kind).toBe('managedVnet');
    expect(layout.boxes.some((b) => b.kind === 'subnet')).toBe(false);
    expect(layout.arrows.every((a) => a.verdict === 'managed')).toBe(true);
    expect(byId(layout, 'egress')?.title).toBe('Managed outbound rules');
  });

  it('draws both Databricks subnets with their NSGs', () => {
    const layout = layoutDiagram(examplePlan('databricks.plan.json'));
    expect(layout.boxes.filter((b) => b.kind === 'subnet').map((b) => b.title)).toEqual([
      'Host subnet databricks-public',
      'Container subnet databricks-private',
    ]);
    expect(layout.boxes.filter((b) => b.kind === 'nsg').map((b) => b.title)).toEqual([
      'NSG nsg-databricks',
      'NSG nsg-databricks',
    ]);
  });
});
