import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { bypassRoutes } from './bypassRoutes.ts';
import { parseServiceTags } from './parse.ts';

const GOV_FILE = fileURLToPath(
  new URL('../../../test/fixtures/service-tags/ServiceTags_Gov_20260719.json', import.meta.url),
);

interface Tag {
  name: string;
  id: string;
  properties: { addressPrefixes: string[] } & Record<string, unknown>;
}

/**
 * `Storage.USGovVirginia` → `Storage7.USGovVirginia`: a distinct tag with the same region, whose prefixes are
 * synthetic (the project keeps only an excerpt of the real file): 42 IPv4 prefixes and 4 IPv6 ones.
 */
function renamed(tag: Tag, copy: number, index: number): Tag {
  const [service = '', ...rest] = tag.name.split('.');
  const name = [`${service}${copy}`, ...rest].join('.');
  const ipv4 = Array.from({ length: 42 }, (_, i) => `${20 + copy}.${index % 256}.${i * 4}.0/${22 + (i % 9)}`);
  const ipv6 = Array.from({ length: 4 }, (_, i) => `2603:10${copy}0:${index.toString(16)}:${i}::/64`);
  return { ...tag, name, id: name, properties: { ...tag.properties, addressPrefixes: [...ipv4, ...ipv6] } };
}

/**
 * A file the size of the public cloud's (about 4.7 MB, about 3,000 tags), pretty-printed as Microsoft
 * prints it: the US Government tags of the project's excerpt, then nine renamed copies.
 */
function publicSizedFile(): string {
  const gov = JSON.parse(readFileSync(GOV_FILE, 'utf8')) as { values: Tag[] };
  const copies = Array.from({ length: 9 }, (_, i) =>
    gov.values.map((tag, index) => renamed(tag, i + 1, index)),
  );
  const text = JSON.stringify(
    { ...gov, changeNumber: 410, values: [...gov.values, ...copies.flat()] },
    null,
    2,
  );
  if (text.length < 4_500_000 || text.length > 4_900_000) throw new Error(`unexpected size ${text.length}`);
  return text;
}

describe('Service Tags, public-cloud size', () => {
  const text = publicSizedFile();

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

  // The target: reading and checking the file costs at most twice JSON.parse of it.
  bench(`reference: JSON.parse of the ${size} alone`, () => {
    JSON.parse(text);
  });

  bench(`parseServiceTags of the ${size} (JSON.parse + size + format check)`, () => {
    if (!parseServiceTags(text).ok) throw new Error('the benchmark file must be valid');
  });
});
