import { describe, expect, it } from 'vitest';
import {
  PRIVATE_DNS_ZONES,
  PRIVATE_LINK_GROUP_IDS,
  resourceZone,
  sameZoneIn,
  workspaceZones,
  zoneOwner,
} from './dns.ts';
import { AZURE_CLOUDS } from './regions.ts';

const others = AZURE_CLOUDS.filter((cloud) => cloud !== 'Public');

describe('private DNS zones per cloud', () => {
  it('names the workspace zones of each cloud as REQUIREMENTS §12 lists them', () => {
    expect(workspaceZones('eastus2')).toEqual([
      'privatelink.api.azureml.ms',
      'privatelink.notebooks.azure.net',
    ]);
    expect(workspaceZones('usgovvirginia')).toEqual([
      'privatelink.api.ml.azure.us',
      'privatelink.notebooks.usgovcloudapi.net',
    ]);
    expect(workspaceZones('chinanorth3')).toEqual([
      'privatelink.api.ml.azure.cn',
      'privatelink.notebooks.chinacloudapi.cn',
    ]);
  });

  it.each(others)('never names a public zone in %s', (cloud) => {
    const publicZones = new Set(Object.values(PRIVATE_DNS_ZONES.Public).flat());
    for (const zone of Object.values(PRIVATE_DNS_ZONES[cloud]).flat())
      expect(publicZones.has(zone)).toBe(false);
  });

  it.each(AZURE_CLOUDS)('has lower-case privatelink zones for every sub-resource in %s', (cloud) => {
    for (const groupId of PRIVATE_LINK_GROUP_IDS) {
      const zones = PRIVATE_DNS_ZONES[cloud][groupId];
      expect(zones.length).toBeGreaterThan(0);
      for (const zone of zones) expect(zone).toMatch(/^privatelink(\.[a-z0-9-]+)+$/);
    }
  });

  it('finds the owner of a zone and its counterpart in another cloud', () => {
    expect(zoneOwner('PrivateLink.Notebooks.Azure.Net')).toEqual({
      cloud: 'Public',
      groupId: 'amlworkspace',
    });
    expect(zoneOwner('contoso.internal')).toBeUndefined();
    expect(sameZoneIn('privatelink.notebooks.azure.net', 'AzureChinaCloud')).toBe(
      'privatelink.notebooks.chinacloudapi.cn',
    );
    expect(sameZoneIn('privatelink.vaultcore.usgovcloudapi.net', 'Public')).toBe(
      'privatelink.vaultcore.azure.net',
    );
  });

  it('takes an unknown region as the public cloud', () => {
    expect(resourceZone('registry', 'nowhere')).toBe('privatelink.azurecr.io');
    expect(resourceZone('registry', 'usgovtexas')).toBe('privatelink.azurecr.us');
  });
});
