import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellQuote, shellVariable } from './escape.ts';

/** What bash makes of a quoted word: `printf %s <word>` prints it back. */
function throughBash(quoted: string): string {
  const result = spawnSync('bash', ['-c', `printf %s ${quoted}`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

describe('shellQuote', () => {
  it.each([
    ['quote', "it's", `'it'\\''s'`],
    ['backslash', 'a\\b', `'a\\b'`],
    ['dollar', '$HOME', `'$HOME'`],
    ['interpolation', '${x}', `'\${x}'`],
    ['backtick', '`id`', "'`id`'"],
    ['newline', 'a\nb', `'a\nb'`],
    ['unicode', 'é😀', `'é😀'`],
    ['empty', '', `''`],
  ])('quotes %s', (_, input, expected) => {
    expect(shellQuote(input)).toBe(expected);
  });

  it('bash reads every quoted value back unchanged (sample)', () => {
    const noNul = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((value) => !value.includes('\u0000'));
    fc.assert(
      fc.property(noNul, (value) => throughBash(shellQuote(value)) === value),
      { numRuns: 40, seed: 7 },
    );
    const nasty = `'"\\$\`{}\${x}%{y}\n\r\t#!;&|<>*[]`;
    expect(throughBash(shellQuote(nasty))).toBe(nasty);
  });
});

describe('shellVariable', () => {
  it.each([
    ['vnetResourceGroup', 'VNET_RESOURCE_GROUP'],
    ['subnetName', 'SUBNET_NAME'],
    ['9x', '_9X'],
  ])('%s → %s', (input, expected) => {
    expect(shellVariable(input)).toBe(expected);
  });

  it('always gives a legal variable name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => /^[A-Z_][A-Z0-9_]*$/.test(shellVariable(text))),
    );
  });
});
