import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { rememberingLastParse, stepParser } from './useStepForm.ts';

/** A schema that counts how often it runs. */
function countingSchema() {
  const runs = { count: 0 };
  const schema = z.object({ name: z.string().check(z.minLength(1)), tags: z.array(z.string()) }).check(
    z.refine(() => {
      runs.count += 1;
      return true;
    }),
  );
  return { schema, runs };
}

describe('rememberingLastParse', () => {
  it('parses equal values once, whichever object holds them', () => {
    const { schema, runs } = countingSchema();
    const parse = rememberingLastParse(schema);
    const first = parse({ name: 'ml', tags: ['a'] });
    const again = parse({ name: 'ml', tags: ['a'] });
    expect(again).toBe(first);
    expect(first.success && first.data).toEqual({ name: 'ml', tags: ['a'] });
    expect(runs.count).toBe(1);
  });

  it('parses again when the same object was changed in place, as a form does', () => {
    const { schema, runs } = countingSchema();
    const parse = rememberingLastParse(schema);
    const values = { name: 'ml', tags: ['a'] };
    expect(parse(values).success).toBe(true);
    values.name = '';
    expect(parse(values).success).toBe(false);
    values.tags.push('b');
    values.name = 'ml';
    const result = parse(values);
    expect(result.success && result.data.tags).toEqual(['a', 'b']);
    // Three different contents, three parses: none was taken for the one before.
    expect(runs.count).toBe(3);
  });

  it('parses again when what the schema reads besides the values changes', () => {
    const { schema, runs } = countingSchema();
    let network = { name: 'vnet-a' };
    const parse = rememberingLastParse(schema, () => [network]);
    parse({ name: 'ml', tags: [] });
    parse({ name: 'ml', tags: [] });
    expect(runs.count).toBe(1);
    network = { name: 'vnet-a' };
    parse({ name: 'ml', tags: [] });
    expect(runs.count).toBe(2);
  });
});

describe('stepParser', () => {
  const ready = { isReady: () => true, ready: Promise.resolve() };

  it('parses at once with a schema at hand and a store that can check edits', async () => {
    const { schema } = countingSchema();
    const parser = stepParser(schema, ready);
    expect(parser.parse({ name: 'ml', tags: [] })?.success).toBe(true);
    await expect(parser.loaded).resolves.toBeUndefined();
  });

  it('answers nothing until a lazy schema has loaded, then parses with it', async () => {
    const { schema, runs } = countingSchema();
    let arrive: (loaded: typeof schema) => void = () => undefined;
    const load = vi.fn(() => new Promise<typeof schema>((resolve) => (arrive = resolve)));
    const parser = stepParser({ load }, ready);
    expect(parser.parse({ name: 'ml', tags: [] })).toBeUndefined();
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    arrive(schema);
    await parser.loaded;
    expect(parser.parse({ name: '', tags: [] })?.success).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
    expect(runs.count).toBe(1);
  });

  it('waits for the store as well, and settles when a schema cannot be loaded', async () => {
    const { schema } = countingSchema();
    let storeReady = false;
    let settle: () => void = () => undefined;
    const store = { isReady: () => storeReady, ready: new Promise<void>((resolve) => (settle = resolve)) };
    const parser = stepParser(schema, store);
    expect(parser.parse({ name: 'ml', tags: [] })).toBeUndefined();
    // A lazy schema starts loading only once the store can check edits (after the first screen).
    const load = vi.fn(() => Promise.resolve(schema));
    const lazy = stepParser({ load }, store);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    storeReady = true;
    settle();
    await Promise.all([parser.loaded, lazy.loaded]);
    expect(parser.parse({ name: 'ml', tags: [] })?.success).toBe(true);
    expect(lazy.parse({ name: 'ml', tags: [] })?.success).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);

    const offline = stepParser({ load: () => Promise.reject(new Error('offline')) }, ready);
    await expect(offline.loaded).resolves.toBeUndefined();
    expect(offline.parse({ name: 'ml', tags: [] })).toBeUndefined();
  });
});
