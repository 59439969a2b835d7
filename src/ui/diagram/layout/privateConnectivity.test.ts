import { describe, expect, it } from 'vitest';
import { resolvePrivateConnectivity, type Plan } from '../../../core/index.ts';
import { layoutDiagram } from './layoutDiagram.ts';
import {
  RESOURCE_ENDPOINTS,
  examplePlan,
  inRegion,
  parse,
  readRaw,
  testPlans,
  type Raw,
} from './testPlans.ts';
import type { DiagramBox, DiagramLayout, Rect } from './types.ts';

const HUB_EXAMPLE = 'hub-and-spoke.plan.json';
const NEW_VNET_EXAMPLE = 'new-vnet-private-endpoint.plan.json';

/** Kinds and link kinds that only a plan with a private endpoint in a network of its own draws. */
const PRIVATE_KINDS = ['privateEndpoint', 'endpointSubnet', 'hubVnet', 'dnsZones', 'dnsZone'];
const PRIVATE_LINKS = ['privateLink', 'dnsLink', 'peering'];

const byId = (layout: DiagramLayout, id: string) => layout.boxes.find((b) => b.id === id);
const zones = (layout: DiagramLayout) => layout.boxes.filter((b) => b.kind === 'dnsZone');
const onEdge = (box: Rect, point: { x: number; y: number }) =>
  ((point.x === box.x || point.x === box.x + box.width) && point.y > box.y && point.y < box.y + box.height) ||
  ((point.y === box.y || point.y === box.y + box.height) && point.x > box.x && point.x < box.x + box.width);

/** An example changed before it is parsed. */
function changed(name: string, change: (raw: Raw) => Raw): Plan {
  return parse(name, change(readRaw(name)));
}

const withLink = (raw: Raw, privateLink: Record<string, unknown>): Raw => ({
  ...raw,
  workspace: { ...raw.workspace, privateEndpoint: true, privateLink },
});

const linkOf = (raw: Raw) => raw.workspace.privateLink as Record<string, unknown>;

describe('private DNS zones in the diagram', () => {
  it.each([
    ['eastus2', 'Azure public cloud', ['privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net']],
    [
      'usgovvirginia',
      'Azure Government',
      ['privatelink.api.ml.azure.us', 'privatelink.notebooks.usgovcloudapi.net'],
    ],
    [
      'chinanorth',
      'Microsoft Azure operated by 21Vianet (Azure China)',
      ['privatelink.api.ml.azure.cn', 'privatelink.notebooks.chinacloudapi.cn'],
    ],
  ])('names the zones of the cloud of %s', (region, cloud, names) => {
    const layout = layoutDiagram(changed(NEW_VNET_EXAMPLE, (raw) => inRegion(raw, region)));
    expect(zones(layout).map((z) => z.title)).toEqual(names);
    expect(byId(layout, 'dns-zones')?.lines).toEqual([`${cloud} · 2 zones`]);
    for (const zone of zones(layout)) expect(zone.description).toContain(`Private DNS zone ${zone.title} `);
  });

  it('lists the zones of the storage, key vault and registry endpoints, and the endpoints themselves', () => {
    const layout = layoutDiagram(
      changed(NEW_VNET_EXAMPLE, (raw) =>
        withLink(raw, { ...linkOf(raw), resourceEndpoints: RESOURCE_ENDPOINTS }),
      ),
    );
    expect(zones(layout).map((z) => z.title)).toEqual([
      'privatelink.api.azureml.ms',
      'privatelink.notebooks.azure.net',
      'privatelink.blob.core.windows.net',
      'privatelink.file.core.windows.net',
      'privatelink.vaultcore.azure.net',
      'privatelink.azurecr.io',
    ]);
    expect(zones(layout)[4]?.lines[0]).toBe('for the key vault · created by this bundle');
    const endpoints = byId(layout, 'resource-endpoints');
    expect(endpoints?.parent).toBe('endpoint-subnet');
    expect(endpoints?.lines).toEqual([
      'blob: contosomlstore',
      'file: contosomlstore',
      'key vault: contoso-ml-kv',
      'registry: contosomlacr',
    ]);
    expect(endpoints?.description).toContain('key vault: contoso-ml-kv, registry: contosomlacr');
  });

  it('sums up endpoints past the fourth in one line', () => {
    const extra = { groupId: 'blob', resourceId: RESOURCE_ENDPOINTS[0]?.resourceId.replace('store', 'logs') };
    const layout = layoutDiagram(
      changed(NEW_VNET_EXAMPLE, (raw) =>
        withLink(raw, { ...linkOf(raw), resourceEndpoints: [...RESOURCE_ENDPOINTS, extra] }),
      ),
    );
    expect(byId(layout, 'resource-endpoints')?.lines).toEqual([
      'blob: contosomlstore',
      'file: contosomlstore',
      'key vault: contoso-ml-kv',
      'and 2 more',
    ]);
    expect(byId(layout, 'resource-endpoints')?.description).toContain('blob: contosomllogs');
  });

  it('tells zones the bundle creates from existing ones, and says who links them', () => {
    const created = zones(layoutDiagram(examplePlan(NEW_VNET_EXAMPLE)));
    expect(created.map((z) => z.lines)).toEqual([
      ['for the workspace · created by this bundle', 'linked to ml-vnet by this bundle'],
      ['for the workspace · created by this bundle', 'linked to ml-vnet by this bundle'],
    ]);
    const existing = zones(layoutDiagram(examplePlan(HUB_EXAMPLE)));
    expect(existing.map((z) => z.lines)).toEqual([
      [
        'for the workspace · existing, in resource group dns-rg',
        'link to ml-spoke-vnet: add it in resource group dns-rg',
      ],
      [
        'for the workspace · existing, in resource group dns-rg',
        'link to ml-spoke-vnet: add it in resource group dns-rg',
      ],
    ]);
    expect(existing[0]?.description).toMatch(
      /refers to by id and never recreates; .*outside this deployment, so add it there\.$/,
    );
  });

  it('says when an existing zone is linked already, or not linked at all', () => {
    const linked = changed(HUB_EXAMPLE, (raw) =>
      withLink(raw, {
        ...linkOf(raw),
        dnsZones: (linkOf(raw).dnsZones as { id: string }[]).map((z) => ({ ...z, linked: true })),
      }),
    );
    expect(zones(layoutDiagram(linked)).map((z) => z.lines[1])).toEqual([
      'linked to ml-spoke-vnet already',
      'linked to ml-spoke-vnet already',
    ]);
    const unlisted = layoutDiagram(
      changed(HUB_EXAMPLE, (raw) => withLink(raw, { ...linkOf(raw), dnsZones: [] })),
    );
    expect(zones(unlisted).map((z) => z.lines)).toEqual([
      ['for the workspace · existing', 'not linked to ml-spoke-vnet'],
      ['for the workspace · existing', 'not linked to ml-spoke-vnet'],
    ]);
    expect(unlisted.links.filter((l) => l.kind === 'dnsLink')).toEqual([]);
  });

  it.each([NEW_VNET_EXAMPLE, HUB_EXAMPLE, 'compute-cluster.plan.json'])(
    'links each linked zone of %s to the compute network, from the zone’s edge to the network’s',
    (name) => {
      const layout = layoutDiagram(examplePlan(name));
      const links = layout.links.filter((l) => l.kind === 'dnsLink');
      expect(links.map((l) => l.from)).toEqual(zones(layout).map((z) => z.id));
      const vnet = byId(layout, 'vnet');
      for (const link of links) {
        const zone = byId(layout, link.from);
        const [start, end] = [link.points[0], link.points.at(-1)];
        expect(link.to).toBe('vnet');
        expect(zone && start && onEdge(zone, start), `${link.id} leaves its zone`).toBe(true);
        expect(vnet && end && onEdge(vnet, end), `${link.id} reaches the network`).toBe(true);
      }
      expect(layout.legend.entries.map((e) => e.kind)).toContain('dnsLink');
    },
  );
});

describe('the hub in the diagram', () => {
  const hubOf = (layout: DiagramLayout) => byId(layout, 'hub-vnet');

  it('draws the hub network named from its id, holding the endpoint, peered with the compute network', () => {
    const layout = layoutDiagram(examplePlan(HUB_EXAMPLE));
    const hub = hubOf(layout);
    expect(hub?.title).toBe('Hub virtual network hub-vnet');
    expect(hub?.lines).toEqual(['existing · resource group hub-rg']);
    expect(byId(layout, 'private-endpoint')?.parent).toBe('hub-vnet');
    expect(byId(layout, 'private-endpoint')?.lines.at(-1)).toBe('existing · contoso-ml-pe');
    const peering = layout.links.find((l) => l.kind === 'peering');
    expect(peering).toMatchObject({ from: 'vnet', to: 'hub-vnet', label: 'Peering, must exist already' });
    expect(hub?.description).toMatch(/must exist already: this bundle doesn't create it\.$/);
    const [start, end] = [peering?.points[0], peering?.points.at(-1)];
    const vnet = byId(layout, 'vnet');
    expect(vnet && start && onEdge(vnet, start)).toBe(true);
    expect(hub && end && onEdge(hub, end)).toBe(true);
    expect(layout.legend.entries.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['peering', 'privateLink']),
    );
  });

  it('says when this bundle creates the peering, and that the hub’s side is added by hand', () => {
    const layout = layoutDiagram(
      changed(HUB_EXAMPLE, (raw) => withLink(raw, { ...linkOf(raw), peering: 'create' })),
    );
    expect(layout.links.find((l) => l.kind === 'peering')?.label).toBe('Peering, created by this bundle');
    expect(hubOf(layout)?.description).toContain(
      'add the peering from hub-vnet back to ml-spoke-vnet in resource group hub-rg',
    );
  });

  it('draws no peering when the networks are not peered, and says so', () => {
    const layout = layoutDiagram(
      changed(HUB_EXAMPLE, (raw) => withLink(raw, { ...linkOf(raw), peering: 'none' })),
    );
    expect(layout.links.some((l) => l.kind === 'peering')).toBe(false);
    expect(hubOf(layout)?.lines).toContain('not peered with ml-spoke-vnet');
    expect(layout.legend.entries.map((e) => e.kind)).not.toContain('peering');
  });

  it('keeps the endpoint out of the compute network', () => {
    const layout = layoutDiagram(examplePlan(HUB_EXAMPLE));
    const inVnet = layout.boxes.filter((b) => b.parent === 'vnet').map((b) => b.kind);
    expect(inVnet).not.toContain('privateEndpoint');
    expect(inVnet).not.toContain('endpointSubnet');
  });
});

describe('the endpoint subnet in the diagram', () => {
  it('holds the endpoint the bundle creates', () => {
    const layout = layoutDiagram(examplePlan(NEW_VNET_EXAMPLE));
    expect(byId(layout, 'endpoint-subnet')).toMatchObject({
      kind: 'endpointSubnet',
      parent: 'vnet',
      title: 'Endpoint subnet private-endpoints',
      lines: ['10.30.2.0/27 · new'],
    });
    const endpoint = byId(layout, 'private-endpoint');
    expect(endpoint?.parent).toBe('endpoint-subnet');
    expect(endpoint?.lines.at(-1)).toBe('created by this bundle');
    expect(byId(layout, 'workspace')?.lines.at(-1)).toBe('private endpoint');
  });

  it('draws an existing endpoint subnet once, not again among the other subnets', () => {
    const layout = layoutDiagram(
      changed(HUB_EXAMPLE, (raw) =>
        withLink(raw, {
          placement: 'create',
          endpointSubnet: { mode: 'existing', name: 'default', addressPrefix: '10.20.0.0/24' },
        }),
      ),
    );
    expect(byId(layout, 'endpoint-subnet')?.lines).toEqual(['10.20.0.0/24 · existing']);
    expect(layout.boxes.filter((b) => b.kind === 'otherSubnet')).toEqual([]);
  });
});

describe.each(testPlans())('private connectivity of %s', (_name, plan) => {
  const layout = layoutDiagram(plan);
  const placement = resolvePrivateConnectivity(plan).placement;
  const customer = plan.workspace.isolation === 'customerVnet';

  it('draws zones, hub and endpoint exactly when the compute uses a private endpoint', () => {
    const drawn = layout.boxes.filter((b) => PRIVATE_KINDS.includes(b.kind)).map((b) => b.kind);
    const links = layout.links.filter((l) => PRIVATE_LINKS.includes(l.kind));
    if (customer && placement === 'none') {
      expect(drawn).toEqual([]);
      expect(links).toEqual([]);
      expect(byId(layout, 'workspace')?.lines.at(-1)).toBe('public endpoint');
      return;
    }
    if (!customer) {
      expect(drawn).toEqual(['privateEndpoint']);
      return;
    }
    const zoneCount = resolvePrivateConnectivity(plan).zones.length;
    expect(drawn.filter((k) => k === 'dnsZone')).toHaveLength(zoneCount);
    expect(drawn.includes('hubVnet')).toBe(placement === 'hubVnet');
    expect(links.some((l) => l.kind === 'privateLink')).toBe(true);
  });

  it('describes every zone, hub, endpoint and endpoint subnet it draws', () => {
    const parts = layout.boxes.filter((b) => PRIVATE_KINDS.includes(b.kind));
    for (const part of parts) expect(part.description, part.id).toMatch(/^[A-Z].*\.$/);
  });
});

describe('boxes that hold private connectivity', () => {
  it('are all under the compute network or below it, and never above its top', () => {
    const layout = layoutDiagram(
      changed(HUB_EXAMPLE, (raw) => withLink(raw, { ...linkOf(raw), peering: 'create' })),
    );
    const vnet = byId(layout, 'vnet') as DiagramBox;
    for (const box of layout.boxes.filter((b) => ['hubVnet', 'dnsZones'].includes(b.kind))) {
      expect(box.y, box.id).toBeGreaterThan(vnet.y + vnet.height);
    }
  });
});
