import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkBicep,
  bicepStringNodes,
  type ParserHost,
} from '../../../../test/helpers/generators/parsers.ts';
import { bicepIdentifier, bicepKey, bicepString } from './escape.ts';

const host: ParserHost = {
  bicepWasm: () =>
    readFileSync(
      new URL('../../../../node_modules/tree-sitter-bicep/tree-sitter-bicep.wasm', import.meta.url),
    ),
  runOnFile: () => {
    throw new Error('not used');
  },
};

/** Exact inverse of bicepString, written from the Bicep string grammar. */
function unescape(literal: string): string {
  const body = literal.slice(1, -1);
  const map: Record<string, string> = { '\\': '\\', "'": "'", $: '$', n: '\n', r: '\r', t: '\t' };
  return body.replace(/\\(.)/gs, (_, ch: string) => map[ch] ?? `\\${ch}`);
}

describe('bicepString', () => {
  it.each([
    ['quote', "it's", "'it\\'s'"],
    ['backslash', 'a\\b', "'a\\\\b'"],
    ['dollar', 'a$b', "'a\\$b'"],
    ['interpolation', '${x}', "'\\${x}'"],
    ['backtick', 'a`b', "'a`b'"],
    ['newline, return, tab', 'a\nb\rc\td', "'a\\nb\\rc\\td'"],
    ['unicode', 'é€😀', "'é€😀'"],
    ['empty', '', "''"],
  ])('escapes %s', (_, input, expected) => {
    expect(bicepString(input)).toBe(expected);
  });

  it('round-trips every string through its exact inverse', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (value) => unescape(bicepString(value)) === value));
  });

  it('never leaves a raw quote, newline or interpolation in the literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const body = bicepString(value).slice(1, -1).replace(/\\./gs, '');
        return !/['\n\r]/.test(body) && !body.includes('${');
      }),
    );
  });

  it('produces literals tree-sitter-bicep reads as one string with no errors', async () => {
    const samples = fc.sample(fc.string({ unit: 'grapheme', maxLength: 30 }), { numRuns: 60, seed: 42 });
    samples.push("'${x}\\$\n`", '');
    const source = samples.map((value, i) => `var v${i} = ${bicepString(value)}`).join('\n');
    expect(await checkBicep(host, source)).toEqual([]);
    expect(await bicepStringNodes(host, source)).toEqual(samples.map(bicepString));
  });
});

describe('bicepIdentifier and bicepKey', () => {
  it.each([
    ['nsg-training', 'nsgTraining'],
    ['9lives', '_9lives'],
    ['resource', 'resource_'],
    ['a b.c', 'aBC'],
  ])('%s → %s', (input, expected) => {
    expect(bicepIdentifier(input)).toBe(expected);
  });

  it('always gives a legal identifier', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) =>
        /^[A-Za-z_][A-Za-z0-9_]*$/.test(bicepIdentifier(text)),
      ),
    );
  });

  it('quotes keys that are not identifiers', () => {
    expect(bicepKey('name')).toBe('name');
    expect(bicepKey('odd-key')).toBe("'odd-key'");
  });
});
