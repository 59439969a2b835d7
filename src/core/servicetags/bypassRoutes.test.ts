import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nameProblem, networkChildNameRule } from '../model/index.ts';
import { parseCidr } from '../net/index.ts';
import { bypassRoutes, type BypassRoutesResult } from './bypassRoutes.ts';
import { parseServiceTags } from './parse.ts';
import { tagPrefixes } from './prefixes.ts';
import type { ServiceTagsFile } from './schema.ts';

const GOV_FILE = fileURLToPath(
  new URL('../../../test/fixtures/service-tags/ServiceTags_Gov_20260719.json', import.meta.url),
);

function load(text: string): ServiceTagsFile {
  const result = parseServiceTags(text);
  if (!result.ok) throw new Error(result.message);
  return result.file;
}

/** Every address of some small IPv4 prefixes, as a sorted list: a brute-force reference. */
function addresses(prefixes: readonly string[]): number[] {
  const all = new Set<number>();
  for (const prefix of prefixes) {
    const parsed = parseCidr(prefix);
    if (!parsed.ok) throw new Error(parsed.message);
    for (let a = parsed.cidr.first; a <= parsed.cidr.last; a += 1) all.add(a);
  }
  return [...all].sort((a, b) => a - b);
}

const ids = (result: BypassRoutesResult) => result.notices.map((n) => `${n.severity}:${n.id}`);
const routeRule = networkChildNameRule('route name');

describe('bypassRoutes on the real US Government file', () => {
  const file = load(readFileSync(GOV_FILE, 'utf8'));
  const both = { region: 'usgovvirginia', tags: ['AzureMachineLearning', 'BatchNodeManagement'] };

  it('routes exactly the five IPv4 prefixes of BatchNodeManagement.USGovVirginia and reports its IPv6 one', () => {
    const result = bypassRoutes(file, { region: 'usgovvirginia', tags: ['BatchNodeManagement'] });
    const source = tagPrefixes(file, 'BatchNodeManagement.USGovVirginia');
    expect(source?.ipv4).toHaveLength(5);
    expect(addresses(result.routes.map((r) => r.addressPrefix))).toEqual(addresses(source?.ipv4 ?? []));
    expect(
      result.routes.every(
        (r) => r.nextHopType === 'Internet' && r.tag === 'BatchNodeManagement.USGovVirginia',
      ),
    ).toBe(true);
    expect(result.routes[0]?.name).toBe('BatchNodeManagement.USGovVirginia-20.140.91.96_27');
    expect(result.ipv6Omitted).toBe(1);
    expect(result.tags[0]).toMatchObject({
      found: true,
      ipv4Prefixes: 5,
      ipv6Omitted: 1,
      networkFeatures: ['API', 'NSG'],
    });
    expect(ids(result)).toEqual([
      'warning:route-tag-udr-feature',
      'warning:ip-ranges-change',
      'info:service-tags-ipv6-omitted',
    ]);
    expect(result.notices[0]?.message).toContain('its networkFeatures are API, NSG');
  });

  it('routes the ten IPv4 prefixes of AzureMachineLearning.USGovVirginia, whose network features are unknown', () => {
    const result = bypassRoutes(file, { region: 'usgovvirginia', tags: ['AzureMachineLearning'] });
    const source = tagPrefixes(file, 'AzureMachineLearning.USGovVirginia');
    expect(source?.ipv4).toHaveLength(10);
    expect(addresses(result.routes.map((r) => r.addressPrefix))).toEqual(addresses(source?.ipv4 ?? []));
    const udr = result.notices.find((n) => n.id === 'route-tag-udr-feature');
    expect(udr?.severity).toBe('info');
    expect(udr?.message).toContain('networkFeatures is null');
    expect(udr?.message).toContain('The global tag "AzureMachineLearning" lists UDR.');
  });

  it('routes the global AzureMachineLearning tag, which lists UDR, without a feature notice', () => {
    const result = bypassRoutes(file, {
      region: 'usgovvirginia',
      tags: [{ name: 'AzureMachineLearning', scope: 'global' }],
    });
    expect(result.tags[0]?.networkFeatures).toContain('UDR');
    expect(result.notices.some((n) => n.id === 'route-tag-udr-feature')).toBe(false);
    const source = tagPrefixes(file, 'AzureMachineLearning');
    expect(addresses(result.routes.map((r) => r.addressPrefix))).toEqual(addresses(source?.ipv4 ?? []));
  });

  it('gives legal, unique, stable names and counts the table against its limits', () => {
    const result = bypassRoutes(file, { ...both, otherRoutes: 1 });
    expect(result.routes.length).toBeGreaterThan(10);
    for (const route of result.routes) expect(nameProblem(routeRule, route.name)).toBeUndefined();
    expect(new Set(result.routes.map((r) => r.name.toLowerCase())).size).toBe(result.routes.length);
    expect(bypassRoutes(file, { ...both, otherRoutes: 1 })).toEqual(result);
    expect(result.routeCount).toBe(result.routes.length + 1);
    expect([result.routeLimit, result.serviceTagRouteLimit]).toEqual([400, 25]);
  });

  it('explains a tag the region does not have, and suggests the global tag', () => {
    const result = bypassRoutes(file, { region: 'usgovvirginia', tags: ['AzureDatabricks'] });
    expect(result.routes).toEqual([]);
    expect(ids(result)).toEqual(['error:service-tags-tag-missing']);
    expect(result.notices[0]?.message).toContain('has no tag "AzureDatabricks.USGovVirginia"');
    expect(result.notices[0]?.message).toContain('Route the global tag "AzureDatabricks"');
  });

  it('refuses a region of another cloud than the file', () => {
    const result = bypassRoutes(file, { ...both, region: 'eastus2' });
    expect(result.routes).toEqual([]);
    expect(ids(result)).toEqual(['error:service-tags-cloud-mismatch']);
    expect(result.notices[0]?.message).toContain('download the Azure public cloud file from');
  });
});

const synthetic = (
  cloud: string,
  values: { name: string; region?: string; prefixes: string[]; features?: string[] | null }[],
) =>
  load(
    JSON.stringify({
      changeNumber: 3,
      cloud,
      values: values.map((v) => ({
        name: v.name,
        id: v.name,
        properties: {
          changeNumber: 1,
          region: v.region ?? '',
          addressPrefixes: v.prefixes,
          networkFeatures: v.features === undefined ? ['UDR'] : v.features,
        },
      })),
    }),
  );

describe('bypassRoutes', () => {
  it('refuses an unknown region', () => {
    const result = bypassRoutes(synthetic('Public', []), { region: 'atlantis', tags: ['Storage'] });
    expect(ids(result)).toEqual(['error:service-tags-unknown-region']);
    expect(result.notices[0]?.message).toContain('"atlantis" is not a known Azure region');
  });

  it('refuses a Public file for an Azure Government region', () => {
    const result = bypassRoutes(synthetic('Public', []), { region: 'usgovvirginia', tags: ['Storage'] });
    expect(result.notices[0]?.message).toContain('https://www.microsoft.com/download/details.aspx?id=57063');
  });

  it('leaves out prefixes an earlier tag already routes, and merges each tag exactly', () => {
    const file = synthetic('Public', [
      { name: 'A.EastUS2', prefixes: ['10.0.0.0/25', '10.0.0.128/25'] },
      { name: 'B.EastUS2', prefixes: ['10.0.0.0/26', '10.1.0.0/24'] },
    ]);
    const result = bypassRoutes(file, { region: 'eastus2', tags: ['A', 'B'] });
    expect(result.routes.map((r) => [r.tag, r.addressPrefix])).toEqual([
      ['A.EastUS2', '10.0.0.0/24'],
      ['B.EastUS2', '10.1.0.0/24'],
    ]);
    expect(result.tags.map((t) => t.routes)).toEqual([1, 1]);
  });

  it('reports prefixes that are not valid', () => {
    const file = synthetic('Public', [{ name: 'A.EastUS2', prefixes: ['10.0.0.1/24', '10.2.0.0/16'] }]);
    const result = bypassRoutes(file, { region: 'eastus2', tags: ['A'] });
    expect(result.routes.map((r) => r.addressPrefix)).toEqual(['10.2.0.0/16']);
    expect(ids(result)[0]).toBe('error:service-tags-invalid-prefix');
  });

  it('says when a table would exceed 400 routes or 25 service-tag routes', () => {
    const prefixes = Array.from({ length: 400 }, (_, i) => `10.${Math.floor(i / 128)}.${(i % 128) * 2}.0/24`);
    const file = synthetic('Public', [{ name: 'Many.WestEurope', prefixes }]);
    const fits = bypassRoutes(file, { region: 'westeurope', tags: ['Many'], otherServiceTagRoutes: 25 });
    expect(fits.routes).toHaveLength(400);
    expect(ids(fits).filter((id) => id.startsWith('error'))).toEqual([]);
    const over = bypassRoutes(file, {
      region: 'westeurope',
      tags: ['Many'],
      otherRoutes: 1,
      otherServiceTagRoutes: 26,
    });
    expect(ids(over).slice(0, 2)).toEqual(['error:route-limit', 'error:route-tag-limit']);
    expect(over.notices[0]?.message).toContain('401 routes');
  });

  it('explains a tag missing from a region when no global tag exists either', () => {
    const result = bypassRoutes(synthetic('AzureChinaCloud', []), { region: 'chinanorth3', tags: ['Nope'] });
    expect(result.notices[0]?.message).toContain('has no tag "Nope.ChinaNorth3". Check the tag\'s spelling');
  });
});
