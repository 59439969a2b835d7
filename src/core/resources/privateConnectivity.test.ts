import { describe, expect, it } from 'vitest';
import { generateBundle } from '../generators/index.ts';
import { planOf, scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';
import { privateConnectivityResources, privateLinkModel } from './privateConnectivity.ts';

const resourcesOf = (name: string, inNewVnet = false) => {
  const model = privateLinkModel(scenarioPlan(name));
  if (!model) throw new Error(`${name} uses no workspace private endpoint`);
  return privateConnectivityResources(model, ['vnet'], inNewVnet);
};

describe('privateConnectivityResources', () => {
  it('creates endpoint, zone group, both zones and their links for a new VNet', () => {
    const { resources, outOfScope } = resourcesOf('new-vnet-private-endpoint', true);
    expect(resources.map((r) => `${r.action} ${r.type}`)).toEqual([
      'reference Microsoft.Network/virtualNetworks/subnets',
      'create Microsoft.Network/privateDnsZones',
      'create Microsoft.Network/privateDnsZones/virtualNetworkLinks',
      'create Microsoft.Network/privateDnsZones',
      'create Microsoft.Network/privateDnsZones/virtualNetworkLinks',
      'create Microsoft.Network/privateEndpoints',
      'create Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
    ]);
    const endpoint = resources.find((r) => r.type === 'Microsoft.Network/privateEndpoints');
    expect(endpoint?.properties.privateLinkServiceConnections).toEqual([
      {
        name: 'contoso-ml-pe',
        properties: {
          privateLinkServiceId:
            '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/contoso-ml',
          groupIds: ['amlworkspace'],
        },
      },
    ]);
    expect(outOfScope).toEqual([]);
  });

  it('never recreates zones of a hub, and names the links it cannot make there', () => {
    const { resources, outOfScope } = resourcesOf('hub-and-spoke');
    expect(resources).toEqual([]);
    expect(outOfScope.map((step) => step.what)).toEqual([
      'a virtual network link ml-spoke-vnet-link from privatelink.api.azureml.ms to the compute VNet',
      'a virtual network link ml-spoke-vnet-link from privatelink.notebooks.azure.net to the compute VNet',
    ]);
  });

  it('peers with the hub, links the unlinked zone of its own group and adds a vault endpoint with its zone', () => {
    const { resources, outOfScope } = resourcesOf('hub-peering-created');
    expect(
      resources.map(
        (r) => `${r.action} ${r.type} ${r.name.map((n) => (typeof n === 'string' ? n : n.name)).join('/')}`,
      ),
    ).toEqual([
      'create Microsoft.Network/virtualNetworks/subnets vnetName/private-endpoints',
      'create Microsoft.Network/privateDnsZones/virtualNetworkLinks privatelink.api.azureml.ms/ml-spoke-vnet-link',
      'create Microsoft.Network/privateDnsZones privatelink.vaultcore.azure.net',
      'create Microsoft.Network/privateDnsZones/virtualNetworkLinks privatelink.vaultcore.azure.net/ml-spoke-vnet-link',
      'create Microsoft.Network/virtualNetworks/virtualNetworkPeerings vnetName/to-hub-vnet',
      'create Microsoft.Network/privateEndpoints contoso-ml-kv-vault-pe',
      'create Microsoft.Network/privateEndpoints/privateDnsZoneGroups contoso-ml-kv-vault-pe/default',
    ]);
    expect(outOfScope.map((step) => step.what)).toEqual([
      'the peering from hub-vnet back to the compute VNet',
    ]);
  });

  it('gives two endpoints that would share a name different names, in every format', () => {
    // Workspace "kv-vault" and key vault "kv" both give kv-vault-pe.
    const raw = structuredClone(scenarioPlan('new-vnet-private-endpoint')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    raw.workspace.name = 'kv-vault';
    raw.workspace.privateLink.resourceEndpoints = [
      {
        groupId: 'vault',
        resourceId:
          '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.KeyVault/vaults/KV',
      },
    ];
    const plan = planOf(raw);
    const model = privateLinkModel(plan)!;
    const endpoints = privateConnectivityResources(model, ['vnet'], true)
      .resources.filter((r) => r.type === 'Microsoft.Network/privateEndpoints')
      .map((r) => r.name.join('/'));
    expect(endpoints).toEqual(['kv-vault-pe', 'KV-vault-pe-2']);

    const files = new Map(generateBundle(plan).files.map((f) => [f.name, f.content]));
    // The endpoints sit in a nested deployment: walk the whole template.
    const armNames: unknown[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (record.type === 'Microsoft.Network/privateEndpoints') armNames.push(record.name);
        Object.values(record).forEach(walk);
      }
    };
    walk(JSON.parse(files.get('azuredeploy.json')!));
    expect(armNames).toEqual(['kv-vault-pe', 'KV-vault-pe-2']);
    expect(files.get('main.tf')).toContain('"KV-vault-pe-2"');
    expect(files.get('deploy.sh')).toContain('KV-vault-pe-2');
  });
});
