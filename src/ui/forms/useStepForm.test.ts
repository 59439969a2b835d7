import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { rememberingLastParse } from './useStepForm.ts';

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
