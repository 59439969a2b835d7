import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { bypassRoutes } from './bypassRoutes.ts';
import { parseServiceTags } from './parse.ts';

const GOV_FILE = fileURLToPath(
  new URL('../../../../shared/fixtures/service-tags/ServiceTags_Gov_20260719.json', import.meta.url),
);
const hasGovFile = existsSync(GOV_FILE);
if (!hasGovFile) {
  console.warn('Skipping the Service Tags benchmark: it builds its input from ../shared, which is absent.');
}

interface Tag {
  name: string;
  id: string;
  properties: { addressPrefixes: string[] } & Record<string, unknown>;
}

/** `Storage.USGovVirginia` → `Storage7.USGovVirginia`: a distinct tag with the same region. */
function renamed(tag: Tag, copy: number): Tag {
  const [service = '', ...rest] = tag.name.split('.');
  const name = [`${service}${copy}`, ...rest].join('.');
  const prefixes = tag.properties.addressPrefixes;
  const more = prefixes.slice(0, Math.ceil(prefixes.length * 0.75));
  return {
    ...tag,
    name,
    id: name,
    properties: { ...tag.properties, addressPrefixes: [...prefixes, ...more] },
  };
}

/**
 * A file the size of the public cloud's (about 4.7 MB, about 3,000 tags), pretty-printed as Microsoft
 * prints it: the real US Government tags, then nine renamed copies with longer prefix lists.
 */
function publicSizedFile(): string {
  const gov = JSON.parse(readFileSync(GOV_FILE, 'utf8')) as { values: Tag[] };
  const copies = Array.from({ length: 9 }, (_, i) => gov.values.map((tag) => renamed(tag, i + 1)));
  const text = JSON.stringify(
    { ...gov, changeNumber: 410, values: [...gov.values, ...copies.flat()] },
    null,
    2,
  );
  if (text.length < 4_500_000 || text.length > 4_900_000) throw new Error(`unexpected size ${text.length}`);
  return text;
}

describe.skipIf(!hasGovFile)('Service Tags, public-cloud size', () => {
  const text = hasGovFile ? publicSizedFile() : '';

  const size = `${(text.length / 1_000_000).toFixed(1)} MB`;

  bench(`parse ${size}, then route AzureMachineLearning and BatchNodeManagement of one region`, () => {
    const parsed = parseServiceTags(text, { fileName: 'ServiceTags_Gov_20260719.json', today: '2026-11-26' });
    if (!parsed.ok) throw new Error(parsed.message);
    const result = bypassRoutes(parsed.file, {
      region: 'usgovvirginia',
      tags: ['AzureMachineLearning', 'BatchNodeManagement'],
    });
    if (result.routes.length !== 15) throw new Error(`expected 15 routes, got ${result.routes.length}`);
  });
});
