import { describe, expect, it } from 'vitest';
import { serviceTagsFileSchema, type ServiceTagsFile } from '../../core/index.ts';
import { keepRoutableTags } from './relevantTags.ts';
import { createServiceTagsStore, todayUtc, type FileLike, type ParseOutcome } from './serviceTagsStore.ts';

const tag = (name: string) => ({
  name,
  id: name,
  properties: { changeNumber: 1, region: '', addressPrefixes: ['20.0.0.0/24'], networkFeatures: null },
});
const FILE: ServiceTagsFile = serviceTagsFileSchema.parse({
  changeNumber: 9,
  cloud: 'Public',
  values: [
    tag('AzureCloud.eastus2'),
    tag('BatchNodeManagement.EastUS2'),
    tag('Storage'),
    tag('StorageSyncService'),
  ],
});

const good = (file: FileLike, today: string): ParseOutcome => ({
  ok: true,
  loaded: { input: { file: FILE, fileName: file.name, today }, tagCount: 4, notices: [] },
});

/** A parser whose answers the test releases one by one, in any order. */
function controlledParser() {
  const waiting: { file: FileLike; resolve: (outcome: ParseOutcome) => void }[] = [];
  const parse = (file: FileLike) => new Promise<ParseOutcome>((resolve) => waiting.push({ file, resolve }));
  return { parse, waiting };
}

describe('the Service Tags store', () => {
  it('refuses a file by its size without parsing it, keeping the file in use', async () => {
    const calls: string[] = [];
    const store = createServiceTagsStore({
      parse: (file, today) => {
        calls.push(file.name);
        return Promise.resolve(good(file, today));
      },
      today: () => '2026-08-01',
    });
    await store.load({ name: 'ServiceTags_Public_20260720.json', size: 4_000_000 });
    await store.load({ name: 'huge.json', size: 100 * 1024 * 1024 });
    expect(calls).toEqual(['ServiceTags_Public_20260720.json']);
    expect(store.getState().loaded?.fileName).toBe('ServiceTags_Public_20260720.json');
    expect(store.getState().loaded?.input.today).toBe('2026-08-01');
    expect(store.getState().error?.message).toMatch(/^The file is 100\.0 MB/);
  });

  it('keeps the file in use when a chosen file does not parse, and says why', async () => {
    const store = createServiceTagsStore({
      parse: (file, today) =>
        Promise.resolve(file.name === 'bad.json' ? { ok: false, message: 'Not JSON.' } : good(file, today)),
      today: () => '2026-08-01',
    });
    await store.load({ name: 'ok.json', size: 10 });
    await store.load({ name: 'bad.json', size: 10 });
    expect(store.getState()).toMatchObject({
      loaded: { fileName: 'ok.json' },
      error: { fileName: 'bad.json', message: 'Not JSON.' },
    });
    expect(store.getState().reading).toBeUndefined();
  });

  it('shows the file being read, and lets a later choice win over an earlier one that finishes last', async () => {
    const { parse, waiting } = controlledParser();
    const store = createServiceTagsStore({ parse, today: () => '2026-08-01' });
    const seen: (string | undefined)[] = [];
    store.subscribe(() => seen.push(store.getState().reading));
    const first = store.load({ name: 'first.json', size: 10 });
    const second = store.load({ name: 'second.json', size: 10 });
    expect(store.getState().reading).toBe('second.json');
    waiting[1]?.resolve(good(waiting[1].file, '2026-08-01'));
    await second;
    waiting[0]?.resolve(good(waiting[0].file, '2026-08-01'));
    await first;
    expect(store.getState().loaded?.fileName).toBe('second.json');
    expect(seen).toEqual(['first.json', 'second.json', undefined]);
    store.clear();
    expect(store.getState()).toEqual({});
  });

  it('dates today in UTC', () => {
    expect(todayUtc(new Date('2026-11-26T23:30:00-05:00'))).toBe('2026-11-27');
  });
});

describe('keepRoutableTags', () => {
  it('keeps the tags routes can use, regional and global, and nothing else', () => {
    expect(keepRoutableTags(FILE).values.map((t) => t.name)).toEqual([
      'BatchNodeManagement.EastUS2',
      'Storage',
    ]);
    expect(keepRoutableTags(FILE).changeNumber).toBe(9);
  });
});
