import { describe, expect, it } from 'vitest';
import { parsedPlan } from '../../../../test/helpers/parsedPlan.ts';
import hubExample from '../../../../examples/hub-and-spoke.plan.json' with { type: 'json' };
import newVnetExample from '../../../../examples/new-vnet-private-endpoint.plan.json' with { type: 'json' };
import { workspaceResourceId, type Plan } from '../../../core/index.ts';
import { endpointChoice, existingVnetId, groupIdOptions, zoneLines } from './privateLinkLists.ts';

const hub = parsedPlan(hubExample);
const newVnet = parsedPlan(newVnetExample);
const STORE =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.Storage/storageAccounts/contosomlstore';

const withLink = (source: Plan, link: Partial<NonNullable<Plan['workspace']['privateLink']>>): Plan => {
  const current = source.workspace.privateLink;
  if (!current) throw new Error('example must have a privateLink');
  return { ...source, workspace: { ...source.workspace, privateLink: { ...current, ...link } } };
};

const lines = (source: Plan) => zoneLines(source);

describe('zoneLines', () => {
  it('says the link of a hub zone in another resource group is a step for the zone’s owner', () => {
    expect(lines(hub)).toEqual([
      expect.objectContaining({
        name: 'privatelink.api.azureml.ms',
        usedBy: 'workspace',
        action: expect.stringMatching(/^Listed below: it is in another resource group, so its link/),
        problem: false,
      }),
      expect.objectContaining({ name: 'privatelink.notebooks.azure.net', problem: false }),
    ]);
  });

  it('says the bundle links a listed zone in the VNet’s own resource group, whatever the case', () => {
    const zones = (hub.workspace.privateLink?.dnsZones ?? []).map((zone) => ({
      ...zone,
      id: zone.id
        .replace('99999999-8888-7777-6666-555555555555', '11111111-2222-3333-4444-555555555555')
        .replace('dns-rg', 'SPOKE-RG'),
    }));
    expect(lines(withLink(hub, { dnsZones: zones })).map((line) => line.action)).toEqual([
      'Listed below: the bundle links it to this VNet.',
      'Listed below: the bundle links it to this VNet.',
    ]);
  });

  it('flags a hub zone nobody links, and leaves a zone marked linked alone', () => {
    const [api] = hub.workspace.privateLink?.dnsZones ?? [];
    if (!api) throw new Error('hub example lists zones');
    const result = lines(withLink(hub, { dnsZones: [{ ...api, linked: true }] }));
    expect(result.map((line) => [line.name, line.problem, line.action])).toEqual([
      ['privatelink.api.azureml.ms', false, 'Listed below as already linked: the bundle leaves it as it is.'],
      [
        'privatelink.notebooks.azure.net',
        true,
        'In the hub, not linked to this VNet: add its resource id below so the link is planned.',
      ],
    ]);
  });

  it('adds the zone of each resource endpoint, created with the bundle’s endpoints', () => {
    const result = lines(withLink(newVnet, { resourceEndpoints: [{ groupId: 'vault', resourceId: STORE }] }));
    expect(result.map((line) => [line.name, line.usedBy, line.action])).toEqual([
      ['privatelink.api.azureml.ms', 'workspace', 'The bundle creates it and links it to this VNet.'],
      ['privatelink.notebooks.azure.net', 'workspace', 'The bundle creates it and links it to this VNet.'],
      ['privatelink.vaultcore.azure.net', 'Key vault', 'The bundle creates it and links it to this VNet.'],
    ]);
  });

  it('names US Government zones for a US Government region', () => {
    const gov = { ...newVnet, workspace: { ...newVnet.workspace, region: 'usgovvirginia' } };
    expect(lines(gov).map((line) => line.name)).toEqual([
      'privatelink.api.ml.azure.us',
      'privatelink.notebooks.usgovcloudapi.net',
    ]);
  });

  it('is empty when no endpoint is used', () => {
    const none = { ...hub, workspace: { ...hub.workspace, privateEndpoint: false, privateLink: undefined } };
    expect(lines(none)).toEqual([]);
  });
});

describe('groupIdOptions', () => {
  it('offers every resource sub-resource the plan format accepts, in its order', () => {
    expect(groupIdOptions.map((option) => option.value)).toEqual(['blob', 'file', 'vault', 'registry']);
  });
});

describe('existingVnetId', () => {
  it('names an existing VNet by its full id, in the workspace’s subscription unless it has its own', () => {
    expect(existingVnetId(hub)).toBe(
      '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/spoke-rg/providers/Microsoft.Network/virtualNetworks/ml-spoke-vnet',
    );
    const network = hub.network;
    if (!network) throw new Error('hub example has a network');
    const elsewhere = {
      ...hub,
      network: {
        ...network,
        vnet: { ...network.vnet, subscriptionId: '22222222-3333-4444-5555-666666666666' },
      },
    };
    expect(existingVnetId(elsewhere)).toMatch(
      /^\/subscriptions\/22222222-3333-4444-5555-666666666666\/resourceGroups\/spoke-rg\//,
    );
  });

  it('has none for a VNet the plan creates', () => {
    expect(existingVnetId(newVnet)).toBeUndefined();
  });
});

describe('endpointChoice', () => {
  const HUB_VNET = hub.workspace.privateLink?.hubVnetId ?? '';
  it('puts an endpoint in the compute VNet (any case) in the compute VNet placement', () => {
    const vnetId = existingVnetId(hub)?.toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/');
    expect(endpointChoice(hub, { id: 'pe', vnetId })).toEqual({ placement: 'computeVnet', endpointId: 'pe' });
  });

  it('takes any other VNet for a hub, with its id', () => {
    expect(endpointChoice(hub, { id: 'pe', vnetId: HUB_VNET })).toEqual({
      placement: 'hubVnet',
      hubVnetId: HUB_VNET,
      endpointId: 'pe',
    });
  });

  it('names the workspace the endpoints connect to', () => {
    expect(workspaceResourceId(hub.workspace)).toBe(
      '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/contoso-ml',
    );
  });
});
