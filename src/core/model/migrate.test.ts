import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migratePlan, migrations, type Migration } from './migrate.ts';
import { parsePlan } from './parse.ts';
import { PLAN_VERSION } from './plan.ts';

const cluster = JSON.parse(
  readFileSync(new URL('../../../examples/compute-cluster.plan.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('plan version', () => {
  it('this build reads version 1, with no migrations yet', () => {
    expect(PLAN_VERSION).toBe(1);
    expect(Object.keys(migrations)).toEqual([]);
  });

  it.each([
    ['missing', undefined, /^Add "version": 1 at the top of the plan\.$/],
    [
      '2 (newer than this build)',
      2,
      /format version 2, newer than this tool reads \(1\)\. Update AML Network Wizard\./,
    ],
    ['0', 0, /must be a whole number such as 1/],
    ['"1" (text)', '1', /must be a whole number such as 1/],
    ['1.5', 1.5, /must be a whole number such as 1/],
    ['null', null, /must be a whole number such as 1/],
  ])('%s is refused at path "version"', (_label, version, message) => {
    const result = parsePlan({ ...cluster, version });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('version');
    expect(result.errors[0]?.message).toMatch(message);
  });

  it.each([
    ['an array', []],
    ['text', 'plan'],
    ['null', null],
  ])('a plan that is %s is refused at the top', (_label, raw) => {
    expect(parsePlan(raw)).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/^A plan is a JSON object/) as unknown }],
    });
  });

  it('version 1 is read without migration', () => {
    const result = parsePlan(cluster);
    expect(result.ok && result.migratedFrom).toBeUndefined();
  });
});

describe('migratePlan with an injected table', () => {
  const rename: Migration = ({ oldName, ...plan }) => ({ ...plan, version: 2, newName: oldName });

  it('runs 1 → 2 and says where it came from', () => {
    expect(migratePlan({ version: 1, oldName: 'x' }, { 1: rename }, 2)).toEqual({
      ok: true,
      value: { version: 2, newName: 'x' },
      migratedFrom: 1,
    });
  });

  it('runs every step in order', () => {
    const steps: number[] = [];
    const step =
      (from: number): Migration =>
      (plan) => {
        steps.push(from);
        return { ...plan, version: from + 1 };
      };
    const result = migratePlan({ version: 1 }, { 1: step(1), 2: step(2), 3: step(3) }, 4);
    expect(steps).toEqual([1, 2, 3]);
    expect(result).toEqual({ ok: true, value: { version: 4 }, migratedFrom: 1 });
  });

  it('starts from the version the plan has', () => {
    const result = migratePlan(
      { version: 2 },
      { 1: () => ({ version: -1 }), 2: (plan) => ({ ...plan, version: 3 }) },
      3,
    );
    expect(result).toEqual({ ok: true, value: { version: 3 }, migratedFrom: 2 });
  });

  it('fails on a gap in the table, naming the missing step', () => {
    expect(migratePlan({ version: 1 }, { 1: rename }, 3)).toEqual({
      ok: false,
      path: 'version',
      message: "No migration from plan version 2; this file can't be read.",
    });
  });

  it('leaves a plan of the target version alone', () => {
    const plan = { version: 2, a: 1 };
    expect(migratePlan(plan, { 1: rename }, 2)).toEqual({ ok: true, value: plan });
  });
});
