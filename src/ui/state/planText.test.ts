import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText, serializePlan } from '../../core/index.ts';
import { createDefaultPlan } from './defaultPlan.ts';
import { readOwnPlanText, readPlanText } from './planText.ts';

const examplesDir = new URL('../../../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.plan.json'))
  .map((name) => readFileSync(new URL(name, examplesDir), 'utf8'));
const saved = serializePlan(createDefaultPlan());

/** Texts of every kind: the app's own, other spacing, broken, too large, not a plan, a key twice, 1e400. */
const texts = [
  saved,
  ...examples,
  ...examples.map((text) => JSON.stringify(JSON.parse(text))),
  '',
  '{ "version": 1,',
  '42',
  '{"version": 1}',
  `${saved}${' '.repeat(2 * 1024 * 1024)}`,
  saved.replace('"version": 1,', '"version": 1,\n  "version": 1,'),
  saved.replace(/"maxNodes": \d+/, '"maxNodes": 1e400'),
];

describe('readPlanText', () => {
  it.each(texts.map((text) => [text.slice(0, 40), text]))(
    'reads %j as parsePlanText does',
    async (_, text) => {
      expect(await readPlanText(text)).toEqual(parsePlanText(text));
    },
  );
});

describe('readOwnPlanText', () => {
  it('reads the text the app writes for a plan without the JSON text checks', () => {
    expect(readOwnPlanText(saved)).toEqual(parsePlanText(saved));
  });

  it('leaves other valid JSON to the full checks', () => {
    expect(readOwnPlanText(JSON.stringify(createDefaultPlan()))).toBeUndefined();
    expect(readOwnPlanText(saved.replace('"version": 1,', '"version": 1,\n  "version": 1,'))).toBeUndefined();
  });
});
