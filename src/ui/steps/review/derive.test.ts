import { describe, expect, it } from 'vitest';
import { attempt } from './derive.ts';

describe('attempt', () => {
  it('returns the value', () => {
    expect(attempt(() => 42)).toEqual({ ok: true, value: 42 });
  });

  it.each([
    [new TypeError('x is undefined'), 'x is undefined'],
    ['plain text', 'plain text'],
  ])('turns a thrown %s into its message', (thrown, message) => {
    expect(
      attempt(() => {
        throw thrown;
      }),
    ).toEqual({ ok: false, message });
  });
});
