import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrap } from './report.ts';

describe('wrap', () => {
  it.each([
    ['', 10, []],
    ['one two three', 7, ['one two', 'three']],
    ['a verylongword b', 5, ['a', 'verylongword', 'b']],
    ['  spaced   out  ', 20, ['spaced out']],
  ])('%j at %i → %j', (text, width, expected) => {
    expect(wrap(text, width)).toEqual(expected);
  });

  it('keeps every word, in order, within the width unless a word is longer', () => {
    const words = fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 30 });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 40 }), (list, width) => {
        const lines = wrap(list.join(' '), width);
        expect(lines.join(' ').split(' ').filter(Boolean)).toEqual(list);
        expect(lines.every((line) => line.length <= width || !line.includes(' '))).toBe(true);
      }),
    );
  });
});
