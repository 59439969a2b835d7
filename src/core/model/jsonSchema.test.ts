import Ajv2020 from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from './jsonSchema.ts';

const root = new URL('../../../', import.meta.url);
const published = readFileSync(new URL('public/plan.schema.json', root), 'utf8');
const examples = readdirSync(new URL('examples/', root)).filter((name) => name.endsWith('.plan.json'));
const readExample = (name: string) =>
  JSON.parse(readFileSync(new URL(`examples/${name}`, root), 'utf8')) as unknown;

describe('public/plan.schema.json', () => {
  it('matches the zod schema', () => {
    expect(published, 'public/plan.schema.json is out of date: run npm run schema').toBe(planJsonSchema());
  });

  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(JSON.parse(published) as object);

  it.each(examples)('accepts examples/%s', (name) => {
    const valid = validate(readExample(name));
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each([
    ['an unknown top-level field', (plan: Record<string, unknown>) => ({ ...plan, extra: 1 })],
    [
      'a misspelt workspace field',
      (plan: Record<string, unknown>) => ({
        ...plan,
        workspace: { ...(plan.workspace as object), regoin: 'x' },
      }),
    ],
    ['a missing compute', ({ compute: _compute, ...plan }: Record<string, unknown>) => plan],
    ['another version', (plan: Record<string, unknown>) => ({ ...plan, version: 2 })],
  ])('rejects %s', (_label, change) => {
    const plan = change(readExample('compute-cluster.plan.json') as Record<string, unknown>);
    expect(validate(plan)).toBe(false);
  });
});
