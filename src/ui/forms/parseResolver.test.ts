import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { computeSchema } from '../../core/index.ts';
import { tunnelingFormSchema } from '../steps/tunneling/tunnelingForm.ts';
import { vnetFormSchema } from '../steps/vnet/vnetForm.ts';
import { formParseOptions } from './formErrors.ts';
import { fieldErrorsOf, parseResolver } from './parseResolver.ts';

const options = {
  fields: {},
  shouldUseNativeValidation: false,
} as unknown as ResolverOptions<FieldValues>;

/** What zodResolver gives, and what the one-parse resolver gives, for the same schema and values. */
async function both(schema: z.ZodMiniType, values: FieldValues) {
  const resolve = zodResolver(schema as never, formParseOptions) as unknown as (
    values: FieldValues,
    context: undefined,
    options: ResolverOptions<FieldValues>,
  ) => Promise<unknown>;
  const library = await resolve(values, undefined, options);
  const ours = await parseResolver((input: FieldValues) => schema.safeParse(input, formParseOptions))(
    values,
    undefined,
    options,
  );
  return { library, ours };
}

const VNET = {
  mode: 'existing',
  name: 'vnet-ml',
  resourceGroup: 'rg-net',
  region: 'westeurope',
  addressSpace: ['10.0.0.0/16'],
};

describe('the one-parse resolver says what zodResolver says', () => {
  it.each([
    ['valid VNet', vnetFormSchema, VNET],
    [
      'bad prefixes in a list, a missing name',
      vnetFormSchema,
      { ...VNET, name: '', addressSpace: ['10.0.0.0/33', 'x'] },
    ],
    [
      'an empty address space and a bad DNS server',
      vnetFormSchema,
      { ...VNET, addressSpace: [], dnsServers: ['1.2.3'] },
    ],
    [
      'an appliance IP that is not one',
      tunnelingFormSchema,
      { mode: 'userDefinedRoutes', applianceIp: '10.0.0' },
    ],
    ['a compute kind no branch knows (union)', computeSchema, { kind: 'mainframe', name: 'x' }],
    [
      'a cluster with nodes out of range',
      computeSchema,
      { kind: 'computeCluster', name: 'gpu', vmSize: 'Standard_NC6', minNodes: -1, maxNodes: 0 },
    ],
  ])('%s', async (_, schema, values) => {
    const { library, ours } = await both(schema as z.ZodMiniType, values);
    expect(ours).toEqual(library);
  });

  it('reports a failure (the comparison can fail)', async () => {
    const { ours } = await both(vnetFormSchema as z.ZodMiniType, { ...VNET, name: '' });
    expect(Object.keys(ours.errors)).toEqual(['name']);
    expect(ours.values).toEqual({});
  });
});

describe('fieldErrorsOf', () => {
  it('keeps the first message of each path', () => {
    const schema = z.object({ a: z.string().check(z.minLength(3, 'too short'), z.regex(/^x/, 'no x')) });
    const result = schema.safeParse({ a: 'b' });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error.issues).a?.message).toBe('too short');
  });

  it('reads a union from its closest branch, under the union’s own path', () => {
    const schema = z.object({
      target: z.union([z.object({ ip: z.string() }), z.object({ host: z.string(), port: z.number() })]),
    });
    const result = schema.safeParse({ target: { port: 'x' } });
    expect(result.success).toBe(false);
    if (!result.success) {
      const errors = fieldErrorsOf(result.error.issues);
      expect(errors.target?.type).toBe('invalid_type');
      expect(Object.keys(errors)).toContain('target.ip');
    }
  });
});
