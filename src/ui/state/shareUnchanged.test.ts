import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareUnchanged } from './shareUnchanged.ts';

const json = fc.jsonValue({ maxDepth: 4 });

describe('shareUnchanged', () => {
  it('gives a value deep-equal to the new one, whatever the two are', () => {
    fc.assert(
      fc.property(json, json, (previous, next) => {
        expect(shareUnchanged(previous, next)).toEqual(next);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back the previous value itself when nothing changed', () => {
    fc.assert(
      fc.property(json, (value) => {
        const copy = structuredClone(value);
        expect(shareUnchanged(value, copy)).toBe(value);
      }),
    );
  });

  it('keeps the identity of the parts that did not change, and only those', () => {
    const previous = {
      workspace: { name: 'ml', region: 'eastus2' },
      network: { vnet: { name: 'v', addressSpace: ['10.0.0.0/16'] }, subnet: { name: 's' } },
      rules: [{ name: 'a' }, { name: 'b' }],
    };
    const next = structuredClone(previous);
    next.workspace.name = 'ml2';
    next.rules.push({ name: 'c' });
    const result = shareUnchanged(previous, next);
    expect(result).toEqual(next);
    expect(result).not.toBe(previous);
    expect(result.workspace).not.toBe(previous.workspace);
    expect(result.network).toBe(previous.network);
    expect(result.rules).not.toBe(previous.rules);
    expect(result.rules[0]).toBe(previous.rules[0]);
    expect(result.rules[1]).toBe(previous.rules[1]);
  });

  it('tells a removed key, an array shortened and a type change apart from no change', () => {
    expect(shareUnchanged({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    expect(shareUnchanged([1, 2], [1])).toEqual([1]);
    expect(shareUnchanged({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } });
    expect(shareUnchanged({ a: undefined }, { b: undefined })).toEqual({ b: undefined });
    expect(Object.keys(shareUnchanged({ a: undefined }, { b: undefined }))).toEqual(['b']);
    const hostile = JSON.parse('{"__proto__": {"x": 1}}') as object;
    const shared = shareUnchanged({}, hostile);
    expect(Object.hasOwn(shared, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(shared)).toBe(Object.prototype);
  });
});
