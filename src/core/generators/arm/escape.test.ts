import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { armExpressionString, armIdentifier, armLiteral } from './escape.ts';

describe('armLiteral', () => {
  it.each([
    ['leading bracket', '[x]', '[[x]'],
    ['plain', 'nsg-training', 'nsg-training'],
    ['quote, backslash, dollar, backtick', `'\\$\`\${x}`, `'\\$\`\${x}`],
    ['newline and unicode', 'a\né😀', 'a\né😀'],
    ['empty', '', ''],
  ])('%s', (_, input, expected) => {
    expect(armLiteral(input)).toBe(expected);
  });

  it('is undone by ARM: a leading "[[" stands for "["', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const printed = armLiteral(value);
        const evaluated = printed.startsWith('[[') ? printed.slice(1) : printed;
        return evaluated === value && (!printed.startsWith('[') || printed.startsWith('[['));
      }),
    );
  });
});

describe('armExpressionString', () => {
  it.each([
    ["it's", "'it''s'"],
    ['', "''"],
    ['a\\b', "'a\\b'"],
  ])('%s', (input, expected) => {
    expect(armExpressionString(input)).toBe(expected);
  });

  it('round-trips through its inverse', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (value) => armExpressionString(value).slice(1, -1).replace(/''/g, "'") === value,
      ),
    );
  });
});

describe('armIdentifier', () => {
  it('always gives a legal parameter name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => /^[A-Za-z][A-Za-z0-9]*$/.test(armIdentifier(text))),
    );
  });
});
