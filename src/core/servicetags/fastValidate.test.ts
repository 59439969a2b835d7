import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fastServiceTagsFile } from './fastValidate.ts';
import { serviceTagsFileSchema } from './schema.ts';

/** Values of each kind a field may wrongly hold, besides good ones. */
const anything = fc.constantFrom<unknown>(undefined, null, 0, -1, 1.5, 2 ** 53, 'x', '', [], {}, true);
const count = fc.oneof(fc.nat(), anything);
const text = fc.oneof(fc.string({ maxLength: 6 }), anything);
const prefix = fc.oneof(
  fc.constantFrom('20.140.91.96/27', '2603:1030::/48', '10.0.0.0/8', '1.2.3.4', 'hello', '/24', 'a.b/1234'),
  anything,
);
const properties = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        changeNumber: count,
        region: text,
        regionId: count,
        platform: text,
        systemService: text,
        addressPrefixes: fc.oneof({ weight: 5, arbitrary: fc.array(prefix, { maxLength: 4 }) }, anything),
        networkFeatures: fc.oneof(
          fc.array(fc.oneof(fc.constantFrom('API', 'NSG', 'UDR'), anything)),
          anything,
        ),
        extra: anything,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anything },
);
const tag = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ name: text, id: text, properties, more: anything }, { requiredKeys: [] }),
  },
  { weight: 1, arbitrary: anything },
);
const file = fc.record(
  {
    changeNumber: count,
    cloud: fc.oneof(fc.constantFrom('Public', 'AzureGovernment', 'AzureChinaCloud', 'public'), anything),
    values: fc.oneof({ weight: 5, arbitrary: fc.array(tag, { maxLength: 4 }) }, anything),
    other: anything,
  },
  { requiredKeys: [] },
);

/** Mostly-valid files, so both accepting and rejecting are exercised. */
const good = fc.record({
  changeNumber: fc.nat(),
  cloud: fc.constantFrom('Public', 'AzureGovernment'),
  values: fc.array(
    fc.record({
      name: fc.string({ minLength: 1, maxLength: 5 }),
      id: fc.string({ maxLength: 5 }),
      properties: fc.record(
        {
          changeNumber: fc.nat(),
          region: fc.constantFrom('', 'usgovvirginia'),
          regionId: fc.nat(),
          platform: fc.constant('Azure'),
          systemService: fc.string({ maxLength: 3 }),
          addressPrefixes: fc.array(prefix, { maxLength: 3 }),
          networkFeatures: fc.oneof(fc.constant(null), fc.array(fc.constantFrom('API', 'NSG', 'UDR'))),
        },
        { requiredKeys: ['changeNumber', 'region', 'addressPrefixes'] },
      ),
    }),
    { maxLength: 4 },
  ),
});

function sameAsSchema(data: unknown): void {
  const expected = serviceTagsFileSchema.safeParse(structuredClone(data));
  const actual = fastServiceTagsFile(structuredClone(data));
  expect(actual !== undefined).toBe(expected.success);
  if (expected.success) expect(actual).toEqual(expected.data);
}

describe('fastServiceTagsFile', () => {
  it('accepts and rejects exactly what the schema does, giving the same value (any shape)', () => {
    fc.assert(fc.property(fc.oneof(file, anything), sameAsSchema), { numRuns: 2000 });
  });

  it('accepts and rejects exactly what the schema does, giving the same value (nearly valid files)', () => {
    fc.assert(fc.property(good, sameAsSchema), { numRuns: 1000 });
  });

  it('reads the project excerpt of the real US Government file as the schema does', () => {
    const text = readFileSync(
      new URL('../../../test/fixtures/service-tags/ServiceTags_Gov_20260719.json', import.meta.url),
      'utf8',
    );
    const data: unknown = JSON.parse(text);
    expect(fastServiceTagsFile(data)?.values).toHaveLength(299);
    sameAsSchema(data);
  });
});
