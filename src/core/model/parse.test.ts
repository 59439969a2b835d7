import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeKinds } from './compute.ts';
import { formatPath, isSerializedPlanText, MAX_PLAN_BYTES, parsePlan, serializePlan } from './parse.ts';
import { jsonTextProblems } from './jsonText.ts';
import { parsePlanText } from './planText.ts';

const examplesDir = new URL('../../../examples/', import.meta.url);
const exampleNames = readdirSync(examplesDir).filter((name) => name.endsWith('.plan.json'));
const exampleText = (name: string) => readFileSync(new URL(name, examplesDir), 'utf8');
const example = (name: string) => JSON.parse(exampleText(name)) as Record<string, unknown>;

describe('examples/', () => {
  it.each(exampleNames)('%s is a valid plan', (name) => {
    const result = parsePlanText(exampleText(name));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has one plan per compute kind', () => {
    const kinds = exampleNames.map((name) => (example(name).compute as { kind: string }).kind);
    expect(new Set(kinds)).toEqual(new Set(computeKinds));
  });
});

describe('parsePlanText', () => {
  it.each([
    ['an empty file', ''],
    ['a truncated object', '{ "version": 1,'],
    ['single quotes', "{ 'version': 1 }"],
    ['a trailing comma', '{ "version": 1, }'],
  ])('refuses %s as not JSON, at the top', (_label, text) => {
    const result = parsePlanText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('');
    expect(result.errors[0]?.message).toMatch(
      /^This is not valid JSON \(.+\)\. Fix the syntax and try again\.$/,
    );
  });

  it('refuses text over the size limit before parsing it', () => {
    const text = `${exampleText('compute-cluster.plan.json')}${' '.repeat(MAX_PLAN_BYTES)}`;
    const result = parsePlanText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: '', message: expect.stringMatching(/a plan is at most 2 MB/) as unknown },
    ]);
  });

  it('accepts a plan of exactly the size limit', () => {
    const text = exampleText('compute-cluster.plan.json');
    expect(parsePlanText(text.padEnd(MAX_PLAN_BYTES, ' ')).ok).toBe(true);
  });

  it('reads valid JSON that is not a plan as schema errors, not a crash', () => {
    const result = parsePlanText('{"version": 1}');
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(['workspace', 'compute']);
  });
});

describe('serializePlan', () => {
  it('writes two-space JSON with a trailing newline', () => {
    const result = parsePlanText(exampleText('managed-vnet.plan.json'));
    if (!result.ok) throw new Error('the managed-vnet example must be valid');
    const text = serializePlan(result.plan);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "$schema": "../public/plan.schema.json",');
  });

  it.each(exampleNames)('gives the same text when %s is saved, re-opened and saved again', (name) => {
    const first = parsePlanText(exampleText(name));
    if (!first.ok) throw new Error(`${name} must be valid`);
    const saved = serializePlan(first.plan);
    const reopened = parsePlanText(saved);
    if (!reopened.ok) throw new Error(`${name} must stay valid once saved`);
    expect(serializePlan(reopened.plan)).toBe(saved);
  });

  const variation = fc.record({
    example: fc.constantFrom(...exampleNames),
    name: fc.stringMatching(/^[a-z][a-z0-9]{2,14}$/),
    outbound: fc.record(
      {
        restrict: fc.boolean(),
        microsoftImages: fc.boolean(),
        azureMonitor: fc.boolean(),
        storageFileShares: fc.boolean(),
        publicContainerRegistry: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    tunneling: fc.oneof(
      fc.constant({ mode: 'none' }),
      fc.constant({ mode: 'natGateway' }),
      fc.record({
        mode: fc.constant('userDefinedRoutes'),
        applianceIp: fc.ipV4(),
        routeTargets: fc.constantFrom('serviceTags', 'ipPrefixes'),
        routeBatchNodeManagement: fc.boolean(),
      }),
    ),
    usedAddresses: fc.nat({ max: 1000 }),
    hbi: fc.boolean(),
  });

  /** An example with generated choices written over it. */
  function build(choice: typeof variation extends fc.Arbitrary<infer T> ? T : never): unknown {
    const plan = example(choice.example) as Record<string, Record<string, unknown>>;
    plan.compute!.name = choice.name;
    plan.workspace!.hbi = choice.hbi;
    const subnet = plan.network?.subnet as Record<string, unknown> | undefined;
    if (subnet) subnet.usedAddresses = choice.usedAddresses;
    return { ...plan, outbound: choice.outbound, tunneling: choice.tunneling };
  }

  it('round-trips through parsePlanText unchanged', () => {
    fc.assert(
      fc.property(variation, (choice) => {
        const parsed = parsePlan(build(choice));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        const text = serializePlan(parsed.plan);
        const reparsed = parsePlanText(text);
        if (!reparsed.ok) throw new Error(JSON.stringify(reparsed.errors));
        expect(reparsed.plan).toEqual(parsed.plan);
        expect(serializePlan(reparsed.plan), 'saving a re-opened plan must not change its text').toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('isSerializedPlanText', () => {
  const saved = (name: string) => {
    const result = parsePlanText(exampleText(name));
    if (!result.ok) throw new Error(`${name} must be valid`);
    return serializePlan(result.plan);
  };

  it.each(exampleNames)('knows the text serializePlan writes for %s', (name) => {
    const text = saved(name);
    expect(isSerializedPlanText(text, JSON.parse(text))).toBe(true);
  });

  it.each([
    ['a key twice', '{\n  "version": 1,\n  "version": 1\n}\n'],
    ['a number too large', '{\n  "version": 1e400\n}\n'],
    ['a number too small', '{\n  "version": 1e-400\n}\n'],
    ['other spacing', '{"version": 1}\n'],
    ['no final newline', '{\n  "version": 1\n}'],
  ])('does not take text with %s for it', (_label, text) => {
    expect(isSerializedPlanText(text, JSON.parse(text))).toBe(false);
  });

  it('holds only for text in which jsonTextProblems finds nothing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = `${JSON.stringify(value, null, 2)}\n`;
        if (isSerializedPlanText(text, JSON.parse(text))) expect(jsonTextProblems(text)).toEqual([]);
      }),
    );
  });
});

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['workspace', 'region'], 'workspace.region'],
    [
      ['network', 'subnet', 'networkSecurityGroup', 'securityRules', 2, 'name'],
      'network.subnet.networkSecurityGroup.securityRules.2.name',
    ],
  ])('%j → %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
