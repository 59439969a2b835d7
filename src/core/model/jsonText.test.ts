import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonTextProblems } from './jsonText.ts';
import { parsePlanText } from './planText.ts';

const cluster = readFileSync(new URL('../../../examples/compute-cluster.plan.json', import.meta.url), 'utf8');

describe('jsonTextProblems', () => {
  it('names a repeated key with its path and both positions', () => {
    const text = '{\n  "a": {\n    "b": 1,\n    "c": [{ "d": 1, "d": 2 }],\n    "b": 3\n  }\n}';
    expect(jsonTextProblems(text)).toEqual([
      {
        path: 'a.c.0.d',
        message:
          'The field "d" appears twice in the same object, at line 4, column 13 and at line 4, column 21; only the last would count. Keep one of them.',
      },
      {
        path: 'a.b',
        message:
          'The field "b" appears twice in the same object, at line 3, column 5 and at line 5, column 5; only the last would count. Keep one of them.',
      },
    ]);
  });

  it('allows the same key in different objects', () => {
    expect(jsonTextProblems('{ "a": { "x": 1 }, "b": { "x": 1 }, "c": [{ "x": 1 }, { "x": 2 }] }')).toEqual(
      [],
    );
  });

  it.each([
    ['1e400', 'too large'],
    ['-1e400', 'too large'],
    ['1e-400', 'too small'],
  ])('names %s as out of range', (literal, kind) => {
    const [problem] = jsonTextProblems(`{ "n": [0, ${literal}] }`);
    expect(problem?.path).toBe('n.1');
    expect(problem?.message).toMatch(new RegExp(`^${literal} \\(line 1, column 12\\) is ${kind}`));
  });

  it.each(['0', '0.0', '-0e5', '1.7976931348623157e308', '5e-324', '12'])('accepts %s', (literal) => {
    expect(jsonTextProblems(`[${literal}]`)).toEqual([]);
  });

  it('finds nothing in any JSON.stringify output, whose keys are unique and numbers finite', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonTextProblems(JSON.stringify(value, null, 1))).toEqual([]);
      }),
    );
  });
});

describe('parsePlanText with what JSON.parse lets through', () => {
  it('refuses a plan with a repeated key instead of keeping the last', () => {
    const text = cluster.replace('"version": 1,', '"version": 1,\n  "version": 1,');
    const result = parsePlanText(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['version']);
  });

  it('says 1e400 is too large, not "Expected number, got number null"', () => {
    const plan = JSON.parse(cluster) as { compute: Record<string, unknown> };
    plan.compute.maxNodes = 1;
    const text = JSON.stringify(plan, null, 2).replace('"maxNodes": 1', '"maxNodes": 1e400');
    const result = parsePlanText(text);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'compute.maxNodes',
        message: expect.stringMatching(/^1e400 \(line \d+, column \d+\) is too large to be a number; /),
      },
    ]);
  });
});
