import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { armExpressionString, armIdentifier, armLiteral } from './escape.ts';

describe('armLiteral', () => {
  it.each([
    ['in brackets', '[x]', '[[x]'],
    ['a leading bracket alone', '[x', '[x'],
    ['a leading bracket, not a trailing one', '[test] value', '[test] value'],
    ['already doubled, no trailing bracket', '[[x', '[[x'],
    ['plain', 'nsg-training', 'nsg-training'],
    ['quote, backslash, dollar, backtick', `'\\$\`\${x}`, `'\\$\`\${x}`],
    ['newline and unicode', 'a\né😀', 'a\né😀'],
    ['empty', '', ''],
  ])('%s', (_, input, expected) => {
    expect(armLiteral(input)).toBe(expected);
  });

  it('reads back as ARM reads it: never an expression, "[[…]" standing for "[…]"', () => {
    const bracketed = fc.oneof(
      fc.string(),
      fc.string().map((inner) => `[${inner}]`),
      fc.string().map((inner) => `[${inner}`),
    );
    fc.assert(
      fc.property(bracketed, (value) => {
        const printed = armLiteral(value);
        const expression = printed.startsWith('[') && printed.endsWith(']') && !printed.startsWith('[[');
        const evaluated = printed.startsWith('[[') && printed.endsWith(']') ? printed.slice(1) : printed;
        return !expression && evaluated === value;
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
