import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './retryAfter.ts';

const NOW = Date.parse('2026-11-26T08:00:00Z');

describe('retryAfterMs', () => {
  it.each([
    [{ 'retry-after': '5' }, 5_000],
    [{ 'retry-after': ' 0 ' }, 0],
    [{ 'retry-after': 'Thu, 26 Nov 2026 08:00:30 GMT' }, 30_000],
    [{ 'retry-after': 'Thu, 26 Nov 2026 07:59:00 GMT' }, 0],
    [{ 'retry-after-ms': '1500', 'retry-after': '9' }, 1_500],
    [{ 'x-ms-retry-after-ms': '250' }, 250],
    [{ 'x-ms-retry-after-ms': 'soon', 'retry-after': '2' }, 2_000],
    [{ 'retry-after': '-3' }, undefined],
    [{ 'retry-after': 'later' }, undefined],
    [{ 'retry-after': '' }, undefined],
    [{}, undefined],
  ])('%j → %s ms', (headers, expected) => {
    expect(retryAfterMs(new Headers(headers), NOW)).toBe(expected);
  });
});
