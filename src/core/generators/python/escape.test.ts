import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pythonIdentifier, pythonString } from './escape.ts';

/** Python evaluates the literals and prints them back as JSON (one interpreter for the whole batch). */
function throughPython(literals: readonly string[]): string[] {
  const program = `import json, sys\nvalues = [${literals.join(', ')}]\nsys.stdout.write(json.dumps(values))\n`;
  const result = spawnSync('python3', ['-c', program], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[];
}

describe('pythonString', () => {
  it.each([
    ['quote', 'say "hi"', '"say \\"hi\\""'],
    ['single quote', "it's", `"it's"`],
    ['backslash', 'a\\b', '"a\\\\b"'],
    ['dollar and braces', '${x}', '"${x}"'],
    ['backtick', 'a`b', '"a`b"'],
    ['newline', 'a\nb', '"a\\nb"'],
    ['unicode', 'é😀', '"\\xe9\\U0001f600"'],
    ['empty', '', '""'],
  ])('escapes %s', (_, input, expected) => {
    expect(pythonString(input)).toBe(expected);
  });

  it('Python reads every literal back unchanged', () => {
    const samples = fc.sample(fc.string({ unit: 'grapheme', maxLength: 30 }), { numRuns: 200, seed: 3 });
    expect(throughPython(samples.map(pythonString))).toEqual(samples);
  });

  it('is plain ASCII on one line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => /^"[\x20-\x7e]*"$/.test(pythonString(value))),
    );
  });
});

describe('pythonIdentifier', () => {
  it.each([
    ['computeName', 'compute_name'],
    ['class', 'class_'],
    ['1st', '_1st'],
  ])('%s → %s', (input, expected) => {
    expect(pythonIdentifier(input)).toBe(expected);
  });
});
