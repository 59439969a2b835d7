import { describe, expect, it } from 'vitest';
import { examplePlan, withPatch } from '../../../test/helpers/rulePlans.ts';
import { parsePlan } from './parse.ts';
import type { Plan } from './plan.ts';
import { defaultEndpointSubnet, resolvePrivateConnectivity } from './privateEndpoint.ts';

const HUB =
  '/subscriptions/99999999-2222-3333-4444-555555555555/resourceGroups/hub-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet';
const zoneId = (name: string) =>
  `/subscriptions/99999999-2222-3333-4444-555555555555/resourceGroups/dns-rg/providers/Microsoft.Network/privateDnsZones/${name}`;
const STORAGE =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.Storage/storageAccounts/contosomlstore';

/** The compute-cluster example (existing VNet 10.0.0.0/16, subnets 10.0.0.0/24 and 10.0.1.0/24). */
const cluster = () => examplePlan('compute-cluster');

const newVnet = (draft: Plan) => {
  if (!draft.network) throw new Error('no network');
  draft.network.vnet.mode = 'new';
  draft.network.vnet.otherSubnets = [];
};

describe('resolvePrivateConnectivity: placement', () => {
  it('keeps an endpoint stated for an existing VNet where it is, with its zones assumed linked', () => {
    const result = resolvePrivateConnectivity(cluster());
    expect(result.placement).toBe('computeVnet');
    expect(result.endpointSubnet).toBeUndefined();
    expect(result.zones.map((z) => [z.name, z.create, z.link, z.linkedAfterDeploy])).toEqual([
      ['privatelink.api.azureml.ms', false, false, true],
      ['privatelink.notebooks.azure.net', false, false, true],
    ]);
    expect(result.linkZonesToComputeVnet).toBe(false);
  });

  it('creates endpoint, zones and links when the plan creates the VNet', () => {
    const plan = withPatch(cluster(), newVnet);
    const result = resolvePrivateConnectivity(plan);
    expect(result.placement).toBe('create');
    expect(result.endpointSubnet).toEqual({
      name: 'private-endpoints',
      addressPrefix: '10.0.0.0/27',
      mode: 'new',
    });
    expect(result.endpointSubnetDefaulted).toBe(true);
    expect(result.zones.every((z) => z.create && z.link && z.existingId === undefined)).toBe(true);
    expect(result.linkZonesToComputeVnet).toBe(true);
  });

  it('creates the endpoint by default for compute without public IPs in a new VNet, and says so in privateEndpoint', () => {
    const plan = withPatch(cluster(), (draft) => {
      newVnet(draft);
      draft.workspace.privateEndpoint = false;
    });
    expect(plan.workspace.privateEndpoint).toBe(true);
    expect(resolvePrivateConnectivity(plan).placement).toBe('create');
  });

  it('gives public-IP compute in a new VNet no endpoint unless asked', () => {
    const plan = withPatch(cluster(), (draft) => {
      newVnet(draft);
      draft.workspace.privateEndpoint = false;
      if ('publicIp' in draft.compute) draft.compute.publicIp = true;
    });
    expect(plan.workspace.privateEndpoint).toBe(false);
    const result = resolvePrivateConnectivity(plan);
    expect(result).toMatchObject({ placement: 'none', zones: [], resourceEndpoints: [] });
  });

  it('is none under a managed network', () => {
    expect(resolvePrivateConnectivity(examplePlan('managed-vnet')).placement).toBe('none');
  });
});

describe('resolvePrivateConnectivity: hub, zones and resource endpoints', () => {
  const hubPlan = (patch: (link: NonNullable<Plan['workspace']['privateLink']>) => void = () => {}) =>
    withPatch(cluster(), (draft) => {
      const link: NonNullable<Plan['workspace']['privateLink']> = {
        placement: 'hubVnet',
        hubVnetId: HUB,
        dnsZones: [],
        resourceEndpoints: [],
      };
      patch(link);
      draft.workspace.privateLink = link;
    });

  it('peers with the hub as the plan says, and links zones given by id', () => {
    const plan = hubPlan((link) => {
      link.peering = 'create';
      link.dnsZones = [
        { id: zoneId('privatelink.api.azureml.ms'), linked: false },
        { id: zoneId('privatelink.notebooks.azure.net'), linked: true },
      ];
    });
    const result = resolvePrivateConnectivity(plan);
    expect(result.peering).toEqual({ hubVnetId: HUB, create: true });
    expect(result.zones.map((z) => [z.existingId, z.create, z.link])).toEqual([
      [zoneId('privatelink.api.azureml.ms'), false, true],
      [zoneId('privatelink.notebooks.azure.net'), false, false],
    ]);
    expect(result.linkZonesToComputeVnet).toBe(true);
  });

  it('has no peering when the plan says there is none, and hub zones without ids stay unlinked', () => {
    const result = resolvePrivateConnectivity(hubPlan((link) => (link.peering = 'none')));
    expect(result.peering).toBeUndefined();
    expect(result.hubVnetId).toBe(HUB);
    expect(result.zones.every((z) => !z.linkedAfterDeploy && !z.create)).toBe(true);
  });

  it("uses the cloud's own zone names", () => {
    const gov = withPatch(cluster(), (draft) => {
      draft.workspace.region = 'usgovvirginia';
      if (draft.network) draft.network.vnet.region = 'usgovvirginia';
    });
    const result = resolvePrivateConnectivity(gov);
    expect(result.cloud).toBe('AzureGovernment');
    expect(result.zones.map((z) => z.name)).toEqual([
      'privatelink.api.ml.azure.us',
      'privatelink.notebooks.usgovcloudapi.net',
    ]);
  });

  it('adds resource endpoints with their zones, in the endpoint subnet', () => {
    const plan = withPatch(cluster(), (draft) => {
      draft.workspace.privateLink = {
        placement: 'create',
        endpointSubnet: { mode: 'new', name: 'pe', addressPrefix: '10.0.2.0/27' },
        dnsZones: [],
        resourceEndpoints: [
          { groupId: 'file', resourceId: STORAGE },
          { groupId: 'blob', resourceId: STORAGE },
        ],
      };
    });
    const result = resolvePrivateConnectivity(plan);
    expect(result.resourceEndpoints.map((e) => e.zone)).toEqual([
      'privatelink.file.core.windows.net',
      'privatelink.blob.core.windows.net',
    ]);
    expect(result.zones.map((z) => z.name)).toEqual([
      'privatelink.api.azureml.ms',
      'privatelink.notebooks.azure.net',
      'privatelink.blob.core.windows.net',
      'privatelink.file.core.windows.net',
    ]);
    expect(result.endpointSubnet).toEqual({ mode: 'new', name: 'pe', addressPrefix: '10.0.2.0/27' });
    expect(result.endpointSubnetDefaulted).toBe(false);
  });
});

describe('defaultEndpointSubnet', () => {
  it('reuses an existing subnet named private-endpoints', () => {
    const plan = withPatch(cluster(), (draft) => {
      draft.network?.vnet.otherSubnets.push({ name: 'private-endpoints', addressPrefix: '10.0.9.0/28' });
    });
    expect(plan.network && defaultEndpointSubnet(plan.network)).toEqual({
      mode: 'existing',
      name: 'private-endpoints',
      addressPrefix: '10.0.9.0/28',
    });
  });

  it('finds nothing when the VNet is full', () => {
    const plan = withPatch(cluster(), (draft) => {
      if (!draft.network?.subnet) throw new Error('no subnet');
      draft.network.vnet.addressSpace = ['10.0.0.0/23'];
    });
    expect(plan.network && defaultEndpointSubnet(plan.network)).toBeUndefined();
  });
});

describe('workspace.privateLink shape', () => {
  const withLink = (link: unknown) => {
    const raw = JSON.parse(JSON.stringify(cluster())) as { workspace: Record<string, unknown> };
    raw.workspace.privateLink = link;
    return parsePlan(raw);
  };

  it('asks for the hub VNet id with placement hubVnet', () => {
    const result = withLink({ placement: 'hubVnet' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['workspace.privateLink.hubVnetId']);
  });

  it('rejects hub fields with another placement, naming each', () => {
    const result = withLink({ placement: 'computeVnet', hubVnetId: HUB, peering: 'create' });
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'workspace.privateLink.hubVnetId',
      'workspace.privateLink.peering',
    ]);
  });

  it('rejects a zone id that is not a private DNS zone id, saying what one looks like', () => {
    const result = withLink({ placement: 'create', dnsZones: [{ id: 'privatelink.api.azureml.ms' }] });
    expect(!result.ok && result.errors[0]?.message).toMatch(/full resource id, such as \/subscriptions\//);
  });

  it('rejects a zone listed twice', () => {
    const id = zoneId('privatelink.api.azureml.ms');
    const result = withLink({ placement: 'create', dnsZones: [{ id }, { id: id.toUpperCase() }] });
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['workspace.privateLink.dnsZones.1']);
  });

  it('accepts a complete hub plan', () => {
    expect(withLink({ placement: 'hubVnet', hubVnetId: HUB, peering: 'existing' }).ok).toBe(true);
  });
});
