import { describe, expect, it } from 'vitest';
import { serializePlan } from '../../core/index.ts';
import { createDefaultPlan } from './defaultPlan.ts';
import { loadStoredPlan, saveStoredPlan, STORAGE_KEY } from './persistence.ts';

const storageWith = (value: string | null) => ({
  getItem: (key: string) => (key === STORAGE_KEY ? value : null),
});
const throwing = () => {
  throw new DOMException('denied', 'SecurityError');
};

describe('loadStoredPlan', () => {
  it('reads a saved plan', async () => {
    const plan = createDefaultPlan();
    expect(await loadStoredPlan(storageWith(serializePlan(plan)))).toEqual({ kind: 'loaded', plan });
  });

  it('reads a plan saved otherwise than the app writes it with every check', async () => {
    const plan = createDefaultPlan();
    expect(await loadStoredPlan(storageWith(JSON.stringify(plan)))).toEqual({ kind: 'loaded', plan });
    const repeated = serializePlan(plan).replace('"version": 1,', '"version": 1,\n  "version": 1,');
    const result = await loadStoredPlan(storageWith(repeated));
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.problem.errors.map((error) => error.message).join('\n')).toContain('appears twice');
  });

  it.each([
    ['nothing saved', storageWith(null)],
    ['no storage', undefined],
    ['storage that throws', { getItem: throwing }],
  ])('treats %s as empty', async (_, storage) => {
    expect(await loadStoredPlan(storage)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['text that is not JSON', '{"version": 1,', 'not valid JSON'],
    ['a value that is not an object', '42', 'A plan is a JSON object'],
    [
      'a plan that breaks the schema',
      '{"version": 1, "workspace": {}, "compute": {}}',
      'Missing required field',
    ],
  ])('reports %s with the saved text', async (_, text, message) => {
    const result = await loadStoredPlan(storageWith(text));
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.problem.text).toBe(text);
    expect(result.problem.errors.map((error) => error.message).join('\n')).toContain(message);
  });
});

describe('saveStoredPlan', () => {
  it('writes the plan file text under the versioned key', () => {
    const written = new Map<string, string>();
    const plan = createDefaultPlan();
    expect(saveStoredPlan({ setItem: (key, value) => written.set(key, value) }, plan)).toBe(true);
    expect(written.get(STORAGE_KEY)).toBe(serializePlan(plan));
  });

  it('reports a browser that refuses to store', () => {
    expect(saveStoredPlan({ setItem: throwing }, createDefaultPlan())).toBe(false);
    expect(saveStoredPlan(undefined, createDefaultPlan())).toBe(false);
  });
});
