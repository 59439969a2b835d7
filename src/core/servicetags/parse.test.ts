import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkServiceTagsSize, parseServiceTags } from './parse.ts';

const GOV_FILE = fileURLToPath(
  new URL('../../../test/fixtures/service-tags/ServiceTags_Gov_20260719.json', import.meta.url),
);

const tag = (name: string, properties: Record<string, unknown> = {}) => ({
  name,
  id: name,
  properties: {
    changeNumber: 1,
    region: 'usgovvirginia',
    regionId: 42,
    platform: 'Azure',
    systemService: 'Example',
    addressPrefixes: ['10.0.0.0/24'],
    networkFeatures: ['API', 'NSG', 'UDR'],
    ...properties,
  },
});
const text = (value: unknown): string => JSON.stringify(value);
const file = (values: unknown[], extra: Record<string, unknown> = {}) =>
  text({ changeNumber: 7, cloud: 'AzureGovernment', values, ...extra });

function refusal(input: string, options?: Parameters<typeof parseServiceTags>[1]): string {
  const result = parseServiceTags(input, options);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checkServiceTagsSize', () => {
  it.each([
    [100 * 1024 * 1024, false, 'The file is 100.0 MB, more than the 25.0 MB'],
    [0, false, 'The file is empty'],
    [-1, false, 'size is unknown'],
    [Number.NaN, false, 'size is unknown'],
    [5 * 1024 * 1024, true, ''],
  ])('%s bytes: accepted %s', (bytes, ok, words) => {
    const result = checkServiceTagsSize(bytes);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.message).toContain(words);
  });

  it('honours a smaller limit', () => {
    expect(checkServiceTagsSize(2000, 1000).ok).toBe(false);
  });
});

describe('parseServiceTags refuses', () => {
  it('a 100 MB text by its size, without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const message = refusal(' '.repeat(100 * 1024 * 1024));
    expect(message).toContain('more than the 25.0 MB');
    expect(message).toContain('https://www.microsoft.com/download/details.aspx?id=56519');
    expect(parse).not.toHaveBeenCalled();
  });

  it('a text whose UTF-8 size exceeds the limit though its length does not', () => {
    expect(parseServiceTags(`"${'é'.repeat(4)}"`, { maxBytes: 10 }).ok).toBe(false);
    expect(refusal(`"${'é'.repeat(6)}"`, { maxBytes: 10 })).toContain('more than');
    expect(refusal(`"${'é'.repeat(3)}"`, { maxBytes: 10 })).toContain('it is a string');
  });

  it.each([
    ['not JSON', 'hello', 'The file is not valid JSON ('],
    ['a cut-off file', '{"changeNumber": 7, "values": [', 'not valid JSON'],
    ['an empty text', ' \n', 'The file is empty'],
    [
      'a saved web page',
      '<!DOCTYPE html><html></html>',
      'This is a web page, not the Service Tags JSON file',
    ],
    ['a JSON list', '[1, 2]', 'This is not a Service Tags file: it is a list'],
    ['JSON null', 'null', 'it is null'],
    ['an object without values', '{"changeNumber": 7, "cloud": "Public"}', 'it has no "values" list'],
    ['values that are not a list', '{"values": {}}', 'it has no "values" list'],
  ])('%s', (_case, input, words) => {
    const message = refusal(input);
    expect(message).toContain(words);
    expect(message).toContain('Download it from');
  });

  it.each([
    [
      'an unknown cloud',
      file([], { cloud: 'AzureGermanCloud' }),
      '"cloud" is the string "AzureGermanCloud"; expected',
    ],
    ['a missing changeNumber', text({ cloud: 'Public', values: [] }), '"changeNumber" is missing'],
    [
      'a tag without prefixes',
      file([tag('Storage.USGovVirginia', { addressPrefixes: undefined })]),
      'tag "Storage.USGovVirginia" (values[0]): "properties.addressPrefixes" is missing',
    ],
    [
      'a prefix that is no prefix',
      file([tag('A'), tag('Sql.USGovTexas', { addressPrefixes: ['10.0.0.0/24', 'hello'] })]),
      'tag "Sql.USGovTexas" (values[1]): "properties.addressPrefixes[1]" is the string "hello", which is not an address prefix',
    ],
    [
      'networkFeatures of the wrong type',
      file([tag('A', { networkFeatures: 'UDR' })]),
      '"properties.networkFeatures" should be a list, not the string "UDR"',
    ],
    ['a tag that is not an object', file([42]), '"values[0]" should be an object, not the number 42'],
    ['a tag with an empty name', file([tag('')]), '"values[0].name" is empty'],
  ])('%s', (_case, input, words) => {
    const message = refusal(input);
    expect(message).toContain('This is not a Service Tags file, or it has been changed: ');
    expect(message).toContain(words);
  });

  it('lists at most three problems and counts the rest', () => {
    const message = refusal(file([1, 2, 3, 4, 5].map((n) => tag(`T${n}`, { region: n }))));
    expect(message).toContain('values[2]');
    expect(message).not.toContain('values[3]');
    expect(message).toContain('and 2 more problems');
  });
});

describe('parseServiceTags accepts', () => {
  it('fields Microsoft may add, a byte order mark, and a missing networkFeatures as unknown', () => {
    const input = `\uFEFF${file([{ ...tag('A', { networkFeatures: undefined, newField: true }), extra: 1 }], { more: {} })}`;
    const result = parseServiceTags(input);
    expect(result.ok && result.file.values[0]?.properties.networkFeatures).toBeNull();
    expect(result.ok && result.notices).toEqual([]);
  });

  it('warns when the file name names another cloud than the content', () => {
    const result = parseServiceTags(file([tag('A')]), { fileName: 'ServiceTags_Public_20261116.json' });
    expect(result.ok && result.fileDate).toBe('2026-11-16');
    expect(result.ok && result.notices.map((n) => n.id)).toEqual(['service-tags-file-name-cloud']);
  });
});

describe('parseServiceTags on the real US Government file', () => {
  const input = readFileSync(GOV_FILE, 'utf8');

  it('reads every tag, the date from the name, and warns when it is older than eight weeks', () => {
    const result = parseServiceTags(input, {
      fileName: 'ServiceTags_Gov_20260719.json',
      today: '2026-11-26',
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.file.cloud).toBe('AzureGovernment');
    expect(result.file.changeNumber).toBe(401);
    expect(result.file.values).toHaveLength(299);
    expect(result.fileDate).toBe('2026-07-19');
    expect(result.notices.map((n) => [n.id, n.severity])).toEqual([['service-tags-stale', 'warning']]);
    expect(result.notices[0]?.message).toContain('18 weeks');
  });

  it('does not warn about a recent file', () => {
    const result = parseServiceTags(input, {
      fileName: 'ServiceTags_Gov_20260719.json',
      today: '2026-08-01',
    });
    expect(result.ok && result.notices).toEqual([]);
  });
});
