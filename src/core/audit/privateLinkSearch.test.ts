import { describe, expect, it } from 'vitest';
import type { GraphRow } from './rows.ts';
import {
  foundEndpoints,
  foundZones,
  privateDnsZoneQuery,
  workspaceEndpointQuery,
} from './privateLinkSearch.ts';

const HUB = '/subscriptions/99999999-8888-7777-6666-555555555555/resourceGroups/dns-rg';
const OTHER = '/subscriptions/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/resourceGroups/old-dns';
const VNET =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/spoke-rg/providers/Microsoft.Network/virtualNetworks/ml-spoke-vnet';
const zoneId = (group: string, name: string) =>
  `${group}/providers/Microsoft.Network/privateDnsZones/${name}`;

const zone = (group: string, name: string): GraphRow => ({
  id: zoneId(group, name),
  name,
  type: 'microsoft.network/privatednszones',
  subscriptionId: group.split('/')[2],
  resourceGroup: group.split('/')[4],
});
const link = (group: string, name: string, vnet: string): GraphRow => ({
  id: `${zoneId(group, name)}/virtualNetworkLinks/link-1`,
  name: 'link-1',
  type: 'microsoft.network/privatednszones/virtualnetworklinks',
  properties: { virtualNetwork: { id: vnet }, registrationEnabled: false },
});

const NEEDED = ['privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net'];

describe('privateDnsZoneQuery', () => {
  it('asks for the zones and links of the names, lower case, each a KQL string', () => {
    const query = privateDnsZoneQuery(['PrivateLink.API.AzureML.ms', "it's"]);
    expect(query).toContain(
      "| where type in~ ('microsoft.network/privatednszones', 'microsoft.network/privatednszones/virtualnetworklinks')",
    );
    expect(query).toContain("in ('privatelink.api.azureml.ms', 'it\\'s')");
  });
});

describe('foundZones', () => {
  it('finds the needed zones in any subscription, with their links to the compute VNet', () => {
    const rows = [
      zone(HUB, 'privatelink.notebooks.azure.net'),
      zone(HUB, 'privatelink.api.azureml.ms'),
      zone(OTHER, 'privatelink.api.azureml.ms'),
      zone(HUB, 'privatelink.blob.core.windows.net'),
      // Links compare by id without case; a link to another VNet does not count.
      link(
        HUB,
        'privatelink.api.azureml.ms',
        VNET.toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/'),
      ),
      link(OTHER, 'privatelink.api.azureml.ms', VNET.replace('ml-spoke-vnet', 'other-vnet')),
    ];
    expect(foundZones(rows, NEEDED, VNET)).toEqual([
      {
        id: zoneId(HUB, 'privatelink.api.azureml.ms'),
        name: 'privatelink.api.azureml.ms',
        subscriptionId: '99999999-8888-7777-6666-555555555555',
        resourceGroup: 'dns-rg',
        linkedToVnet: true,
      },
      {
        id: zoneId(OTHER, 'privatelink.api.azureml.ms'),
        name: 'privatelink.api.azureml.ms',
        subscriptionId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
        resourceGroup: 'old-dns',
        linkedToVnet: false,
      },
      expect.objectContaining({ name: 'privatelink.notebooks.azure.net', linkedToVnet: false }),
    ]);
  });

  it('counts no link for a VNet the plan creates, and finds nothing among other rows', () => {
    const rows = [zone(HUB, 'privatelink.api.azureml.ms'), link(HUB, 'privatelink.api.azureml.ms', VNET)];
    expect(foundZones(rows, NEEDED, undefined).map((z) => z.linkedToVnet)).toEqual([false]);
    expect(foundZones([link(HUB, 'privatelink.api.azureml.ms', VNET)], NEEDED, VNET)).toEqual([]);
  });
});

const WORKSPACE =
  "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml(prod)'s/providers/Microsoft.MachineLearningServices/workspaces/contoso-ml";
const HUB_VNET =
  '/subscriptions/99999999-8888-7777-6666-555555555555/resourceGroups/hub-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet';

const endpoint = (name: string, target: string, status: string, manual = false): GraphRow => {
  const connection = {
    name: 'c',
    properties: {
      privateLinkServiceId: target,
      groupIds: ['amlworkspace'],
      privateLinkServiceConnectionState: { status },
    },
  };
  return {
    id: `/subscriptions/99999999-8888-7777-6666-555555555555/resourceGroups/hub-rg/providers/Microsoft.Network/privateEndpoints/${name}`,
    name,
    type: 'microsoft.network/privateendpoints',
    resourceGroup: 'hub-rg',
    subscriptionId: '99999999-8888-7777-6666-555555555555',
    properties: {
      subnet: { id: `${HUB_VNET}/subnets/endpoints` },
      privateLinkServiceConnections: manual ? [] : [connection],
      manualPrivateLinkServiceConnections: manual ? [connection] : [],
    },
  };
};

describe('workspaceEndpointQuery', () => {
  it('matches endpoints naming the workspace, with the id as an escaped KQL string', () => {
    const query = workspaceEndpointQuery(WORKSPACE);
    expect(query).toContain("| where type =~ 'microsoft.network/privateendpoints'");
    expect(query).toContain(
      "contains '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml(prod)\\'s/",
    );
  });
});

describe('foundEndpoints', () => {
  it('keeps endpoints connected to exactly this workspace, automatic or manual, with VNet and state', () => {
    const rows = [
      endpoint('ws-pe', WORKSPACE.toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/'), 'Approved'),
      endpoint('ws-pe-manual', WORKSPACE, 'Pending', true),
      // Another workspace whose id starts with this one's: a text match, not a connection to it.
      endpoint('other-pe', `${WORKSPACE}-2`, 'Approved'),
      zone(HUB, 'privatelink.api.azureml.ms'),
    ];
    expect(foundEndpoints(rows, WORKSPACE)).toEqual([
      {
        id: expect.stringMatching(/\/privateEndpoints\/ws-pe$/),
        name: 'ws-pe',
        subscriptionId: '99999999-8888-7777-6666-555555555555',
        resourceGroup: 'hub-rg',
        vnetId: HUB_VNET,
        status: 'Approved',
      },
      expect.objectContaining({ name: 'ws-pe-manual', status: 'Pending', vnetId: HUB_VNET }),
    ]);
  });
});
