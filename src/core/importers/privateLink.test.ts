import { describe, expect, it } from 'vitest';
import { checkPlan } from '../rules/checkPlan.ts';
import { privateConnectivityRules } from '../rules/privateConnectivity.ts';
import { examplePlan } from '../../../test/helpers/rulePlans.ts';
import { parsePlan, resolvePrivateConnectivity } from '../model/index.ts';
import { detectArmJson } from './detect.ts';
import armEndpoint from './fixtures/arm-private-endpoint.json' with { type: 'json' };
import azLinks from './fixtures/az-private-dns-link-list.json' with { type: 'json' };
import azZone from './fixtures/az-private-dns-zone-show.json' with { type: 'json' };
import azEndpoint from './fixtures/az-private-endpoint-show.json' with { type: 'json' };
import azSubnet from './fixtures/az-subnet-show.json' with { type: 'json' };
import azVnet from './fixtures/az-vnet-show.json' with { type: 'json' };
import { readPasted } from './pastedDocuments.ts';
import { planFromPasted } from './pastedPlan.ts';
import { privateDnsLinkFromArm, privateEndpointFromArm } from './privateLink.ts';

const HUB_SUB = '/subscriptions/99999999-8888-7777-6666-555555555555';
const paste = (...documents: unknown[]) =>
  readPasted(documents.map((json, index) => ({ source: `doc${index}`, text: JSON.stringify(json) })));

describe('detecting private-link output', () => {
  it.each([
    ['az network private-endpoint show', azEndpoint, 'privateEndpoint', 'contoso-ml-pe'],
    ['the ARM REST body of a private endpoint', armEndpoint, 'privateEndpoint', 'contoso-ml-pe'],
    ['az network private-dns zone show', azZone, 'privateDnsZone', 'privatelink.api.azureml.ms'],
    ['one link, without its type field', { ...azLinks[0], type: undefined }, 'privateDnsLink', 'hub-link'],
  ])('recognises %s', (_what, json, kind, name) => {
    expect(detectArmJson(JSON.parse(JSON.stringify(json)))).toMatchObject({ kind, name });
  });

  it('reads `list` output of links as a list, and a mixed list as nothing', () => {
    expect(detectArmJson(azLinks)).toEqual({
      kind: 'privateDnsLink',
      message:
        'This is a list of 2 virtual network links of private DNS zones ("hub-link", "mynetwork-link").',
    });
    const mixed = detectArmJson([azZone, azLinks[0]]);
    expect(mixed.kind).toBe('unknown');
    expect(mixed.message).toMatch(
      /^This is a list of 1 private DNS zone \("privatelink\.api\.azureml\.ms"\) and 1 virtual network link of a private DNS zone \("hub-link"\), not one resource; paste the output of one of/,
    );
  });
});

describe('reading a private endpoint', () => {
  it('finds the VNet of its subnet and the workspace it connects to', () => {
    expect(privateEndpointFromArm(azEndpoint)).toEqual({
      ok: true,
      value: {
        id: `${HUB_SUB}/resourceGroups/hub-rg/providers/Microsoft.Network/privateEndpoints/contoso-ml-pe`,
        name: 'contoso-ml-pe',
        vnetId: `${HUB_SUB}/resourceGroups/hub-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet`,
        workspaceId:
          '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/contoso-ml',
      },
      notes: [],
    });
  });

  it("rejects another service's endpoint, saying which", () => {
    const blob = JSON.parse(JSON.stringify(azEndpoint)) as typeof azEndpoint;
    blob.privateLinkServiceConnections[0]!.groupIds = ['blob'];
    expect(privateEndpointFromArm(blob)).toEqual({
      ok: false,
      message: expect.stringContaining('connects to blob, not to an Azure Machine Learning workspace'),
    });
  });

  it('rejects a zone pasted where a link is expected, saying what to paste', () => {
    const result = privateDnsLinkFromArm(azZone);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('az network private-dns link vnet list');
  });
});

describe('pasted private-link output in a plan', () => {
  it('puts a hub endpoint, its zones and their links into the plan, and only its custom DNS is left to verify', () => {
    const result = planFromPasted(
      examplePlan('compute-cluster'),
      paste(azVnet, azSubnet, azEndpoint, azZone, azLinks),
    );
    if (!result.ok) throw new Error(result.message);
    const parsed = parsePlan(JSON.parse(JSON.stringify(result.plan)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.plan.workspace.privateLink).toEqual({
      placement: 'hubVnet',
      hubVnetId: `${HUB_SUB}/resourceGroups/hub-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet`,
      endpointId: `${HUB_SUB}/resourceGroups/hub-rg/providers/Microsoft.Network/privateEndpoints/contoso-ml-pe`,
      dnsZones: [
        {
          id: `${HUB_SUB}/resourceGroups/dns-rg/providers/Microsoft.Network/privateDnsZones/privatelink.api.azureml.ms`,
          linked: false,
        },
        {
          id: `${HUB_SUB}/resourceGroups/dns-rg/providers/Microsoft.Network/privateDnsZones/privatelink.notebooks.azure.net`,
          linked: true,
        },
      ],
      resourceEndpoints: [],
    });
    expect(result.notes.slice(-2)).toEqual([
      expect.stringContaining(
        'The link of privatelink.notebooks.azure.net to VNet "hub-vnet" is not to the compute VNet',
      ),
      expect.stringContaining('az network vnet peering list'),
    ]);
    const pc = resolvePrivateConnectivity(parsed.plan);
    expect(pc.zones.map((z) => [z.name, z.link])).toEqual([
      ['privatelink.api.azureml.ms', true],
      ['privatelink.notebooks.azure.net', false],
    ]);
    // The pasted VNet uses custom DNS servers: the one thing left to verify.
    const found = checkPlan(parsed.plan, {}, privateConnectivityRules);
    expect(found.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['warning pe-dns-forwarding']);
  });

  it('places an endpoint found in the compute VNet there', () => {
    const result = planFromPasted(examplePlan('compute-cluster'), paste(azVnet, azSubnet, armEndpoint));
    expect(result.ok && result.plan.workspace.privateLink?.placement).toBe('computeVnet');
  });

  it('asks for the VNet when the plan has none to audit the endpoint against', () => {
    const result = planFromPasted(examplePlan('managed-vnet'), paste(azEndpoint));
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('paste the output of `az network vnet show` too'),
    });
  });

  it('asks for the endpoint when zones come without one and the plan has none', () => {
    const plan = examplePlan('compute-cluster');
    const withoutEndpoint = { ...plan, workspace: { ...plan.workspace, privateEndpoint: false } };
    const result = planFromPasted(withoutEndpoint, paste(azZone));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('paste the endpoint too') });
  });
});
