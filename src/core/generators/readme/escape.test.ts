import { describe, expect, it } from 'vitest';
import { markdownLink, markdownText } from './escape.ts';

describe('markdownText', () => {
  it.each([
    ['emphasis and code', '*a* _b_ `c`', '\\*a\\* \\_b\\_ \\`c\\`'],
    ['links and html', '[x](y) <b>', '\\[x\\](y) \\<b\\>'],
    ['table pipe and backslash', 'a|b\\c', 'a\\|b\\\\c'],
    ['newline', 'a\nb', 'a b'],
    ['dollar and braces', '${x}', '${x}'],
    ['unicode', 'é😀', 'é😀'],
    ['empty', '', ''],
  ])('escapes %s', (_, input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });

  it('links to a documentation page', () => {
    expect(markdownLink('docs', 'https://learn.microsoft.com/a b')).toBe(
      '[docs](<https://learn.microsoft.com/a%20b>)',
    );
  });
});
