import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTerraform } from '../../../../test/helpers/generators/parsers.ts';
import { hclIdentifier, hclString } from './escape.ts';

/**
 * hcl2json returns strings in Terraform's JSON syntax, where `$${` and `%%{` still stand for literal
 * `${` and `%{`; this undoes exactly that.
 */
const fromJsonTemplate = (value: string) => value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

describe('hclString', () => {
  it.each([
    ['quote', 'say "hi"', '"say \\"hi\\""'],
    ['backslash', 'a\\b', '"a\\\\b"'],
    ['dollar', '$x', '"$x"'],
    ['interpolation', '${x}', '"$${x}"'],
    ['directive', '%{if x}', '"%%{if x}"'],
    ['backtick', 'a`b', '"a`b"'],
    ['newline, return, tab', 'a\nb\rc\td', '"a\\nb\\rc\\td"'],
    ['unicode', 'é😀', '"é😀"'],
    ['empty', '', '""'],
  ])('escapes %s', (_, input, expected) => {
    expect(hclString(input)).toBe(expected);
  });

  // HCL normalizes string literals to Unicode NFC (the HCL spec); values are compared after the same normalization.
  it('the HCL parser reads every literal back unchanged (up to NFC)', async () => {
    const samples = fc.sample(fc.string({ unit: 'grapheme', maxLength: 30 }), { numRuns: 100, seed: 11 });
    samples.push('${x}', '%{y}', '$${z}', '$', '%', '\\');
    const source = `locals {\n${samples.map((value, i) => `  v${i} = ${hclString(value)}`).join('\n')}\n}\n`;
    const { problems, json } = await parseTerraform(source);
    expect(problems).toEqual([]);
    const locals = (json?.locals as Record<string, string>[] | undefined)?.[0] ?? {};
    expect(samples.map((_, i) => fromJsonTemplate(locals[`v${i}`] ?? ''))).toEqual(
      samples.map((value) => value.normalize('NFC')),
    );
  });
});

describe('hclIdentifier', () => {
  it.each([
    ['nsg-training', 'nsg_training'],
    ['databricksPublic', 'databricks_public'],
    ['1st', '_1st'],
  ])('%s → %s', (input, expected) => {
    expect(hclIdentifier(input)).toBe(expected);
  });

  it('always gives a legal identifier', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => /^[a-z_][a-z0-9_]*$/.test(hclIdentifier(text))),
    );
  });
});
