import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../../core/index.ts';
import { findingCounts } from './findingWords.ts';

const finding = (severity: Severity): Finding => ({
  ruleId: 'x',
  severity,
  path: '',
  message: 'm',
  docUrl: 'https://learn.microsoft.com/',
});

describe('findingCounts', () => {
  it.each([
    [[], '0 errors, 0 warnings, 0 info'],
    [['error'], '1 error, 0 warnings, 0 info'],
    [['info', 'warning', 'warning', 'error', 'error'], '2 errors, 2 warnings, 1 info'],
  ] as [Severity[], string][])('counts %j', (severities, words) => {
    expect(findingCounts(severities.map(finding))).toBe(words);
  });
});
