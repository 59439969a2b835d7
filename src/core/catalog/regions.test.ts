import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AZURE_CLOUDS,
  REGIONS,
  cloudOfRegion,
  regionByArmName,
  regionByTagSuffix,
  REGION_PAIRS,
  pairedRegion,
  regionalTagName,
} from './regions.ts';

const GOV_FILE = fileURLToPath(
  new URL('../../../test/fixtures/service-tags/ServiceTags_Gov_20260719.json', import.meta.url),
);

describe('REGIONS', () => {
  it('spells every suffix as the display name without spaces, and the ARM name as the suffix in lower case', () => {
    for (const region of REGIONS) {
      expect(region.tagSuffix).toBe(region.displayName.replace(/ /g, ''));
      expect(region.armName).toBe(region.tagSuffix.toLowerCase());
      expect(region.armName).toMatch(/^[a-z][a-z0-9]{1,39}$/);
    }
  });

  it('has no region twice, in any cloud', () => {
    const names = REGIONS.map((region) => region.armName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers all three clouds', () => {
    for (const cloud of AZURE_CLOUDS) expect(REGIONS.some((region) => region.cloud === cloud)).toBe(true);
  });
});

describe('region helpers', () => {
  it.each([
    ['BatchNodeManagement', 'eastus2', 'BatchNodeManagement.EastUS2'],
    ['BatchNodeManagement', 'usgovvirginia', 'BatchNodeManagement.USGovVirginia'],
    ['AzureMachineLearning', 'chinanorth3', 'AzureMachineLearning.ChinaNorth3'],
    ['Storage', 'southeastasia', 'Storage.SoutheastAsia'],
    ['Storage', 'uaenorth', 'Storage.UAENorth'],
    ['Storage', 'centraluseuap', 'Storage.CentralUSEUAP'],
    ['Storage', 'australiacentral2', 'Storage.AustraliaCentral2'],
    ['Storage', 'usdodcentral', 'Storage.USDoDCentral'],
  ])('regionalTagName(%s, %s) is %s', (tag, region, expected) => {
    expect(regionalTagName(tag, region)).toBe(expected);
  });

  it('gives no regional tag for an unknown region', () => {
    expect(regionalTagName('Storage', 'atlantis')).toBeUndefined();
  });

  it.each([
    ['eastus2', 'East US 2', 'Public'],
    [' EastUS2 ', 'East US 2', 'Public'],
    ['usgovvirginia', 'USGov Virginia', 'AzureGovernment'],
    ['usdodeast', 'USDoD East', 'AzureGovernment'],
    ['chinanorth3', 'China North 3', 'AzureChinaCloud'],
  ])('finds %j as "%s" in %s', (armName, displayName, cloud) => {
    expect(regionByArmName(armName)?.displayName).toBe(displayName);
    expect(cloudOfRegion(armName)).toBe(cloud);
  });

  it('finds regions by tag suffix in either spelling the files use', () => {
    expect(regionByTagSuffix('USGovVirginia')?.armName).toBe('usgovvirginia');
    expect(regionByTagSuffix('usgovvirginia')?.armName).toBe('usgovvirginia');
    expect(regionByTagSuffix('EastUS2EUAP')?.displayName).toBe('East US 2 EUAP');
    expect(regionByTagSuffix('MicrosoftSecurity')).toBeUndefined();
    expect(cloudOfRegion('nowhere')).toBeUndefined();
  });
});

interface FixtureTag {
  name: string;
  properties: { region: string };
}

describe('regions against the real US Government Service Tags file', () => {
  const values = (JSON.parse(readFileSync(GOV_FILE, 'utf8')) as { values: FixtureTag[] }).values;
  const regional = values.filter((tag) => tag.properties.region !== '');

  it('knows every region the file names, as an Azure Government region', () => {
    const regions = new Set(regional.map((tag) => tag.properties.region));
    expect(regions.size).toBe(5);
    for (const armName of regions) expect(cloudOfRegion(armName)).toBe('AzureGovernment');
  });

  it('has a region for every Azure Government region in the table', () => {
    const named = new Set(regional.map((tag) => tag.properties.region));
    const ours = REGIONS.filter((region) => region.cloud === 'AzureGovernment').map(
      (region) => region.armName,
    );
    expect([...named].sort()).toEqual([...ours].sort());
  });

  it('spells the suffix of every regional tag exactly as the table does', () => {
    // AzureCloud.<region> uses the lower-case ARM name; sub-tags such as AzurePortal.AzureAppServiceUx
    // carry a region without a region suffix.
    const checked = regional.filter((tag) =>
      regionByTagSuffix(tag.name.slice(tag.name.lastIndexOf('.') + 1)),
    );
    expect(checked.length).toBe(regional.length - 1);
    for (const tag of checked) {
      const suffix = tag.name.slice(tag.name.lastIndexOf('.') + 1);
      const region = regionByArmName(tag.properties.region);
      expect(regionByTagSuffix(suffix), tag.name).toBe(region);
      if (!tag.name.startsWith('AzureCloud.')) expect(region?.tagSuffix, tag.name).toBe(suffix);
    }
  });

  it('knows every region-like suffix in the file', () => {
    const suffixes = values
      .map((tag) => tag.name.split('.')[1])
      .filter((suffix) => suffix?.match(/^US(Gov|DoD)/i));
    expect(suffixes.length).toBeGreaterThan(200);
    for (const suffix of suffixes) expect(regionByTagSuffix(suffix ?? ''), suffix).toBeDefined();
  });
});

describe('pairedRegion', () => {
  it('names only known regions, each paired within its own cloud and never with itself', () => {
    for (const [region, pair] of REGION_PAIRS) {
      const first = regionByArmName(region);
      const second = regionByArmName(pair);
      expect(first, region).toBeDefined();
      expect(second, pair).toBeDefined();
      expect(second?.cloud).toBe(first?.cloud);
      expect(pair).not.toBe(region);
    }
    expect(new Set(REGION_PAIRS.map(([region]) => region)).size).toBe(REGION_PAIRS.length);
  });

  it.each([
    ['eastus2', 'centralus'],
    ['centralus', 'eastus2'],
    ['brazilsouth', 'southcentralus'],
    ['southcentralus', 'northcentralus'],
    ['westus3', 'eastus'],
    ['westindia', 'southindia'],
    ['northeurope', 'westeurope'],
    ['USGovVirginia', 'usgovtexas'],
    ['usgovarizona', 'usgovtexas'],
    ['chinanorth2', 'chinaeast2'],
  ])('pairs %s with %s', (region, pair) => {
    expect(pairedRegion(region)?.armName).toBe(pair);
  });

  it.each(['italynorth', 'polandcentral', 'nowhere'])('gives %s no pair', (region) => {
    expect(pairedRegion(region)).toBeUndefined();
  });
});
