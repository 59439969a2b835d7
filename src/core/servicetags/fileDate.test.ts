import { describe, expect, it } from 'vitest';
import { ageInWeeks, parseServiceTagsFileName, stalenessNotice } from './fileDate.ts';

describe('parseServiceTagsFileName', () => {
  it.each([
    ['ServiceTags_Public_20261116.json', { date: '2026-11-16', cloud: 'Public' }],
    ['ServiceTags_Gov_20260719.json', { date: '2026-07-19', cloud: 'AzureGovernment' }],
    ['ServiceTags_China_20261102.json', { date: '2026-11-02', cloud: 'AzureChinaCloud' }],
    ['downloads/ServiceTags_Public_20261116 (1).json', { date: '2026-11-16', cloud: 'Public' }],
    ['C:\\Users\\me\\servicetags_public_20261116.json', { date: '2026-11-16', cloud: 'Public' }],
    ['ServiceTags_Public_20261340.json', { cloud: 'Public' }],
    ['ServiceTags_Public_20260229.json', { cloud: 'Public' }],
    ['ServiceTags_Public_20280229.json', { date: '2028-02-29', cloud: 'Public' }],
    ['tags.json', {}],
  ])('reads %s', (name, expected) => {
    expect(parseServiceTagsFileName(name)).toEqual(expected);
  });
});

describe('ageInWeeks', () => {
  it.each([
    ['2026-07-19', '2026-07-19', 0],
    ['2026-07-19', '2026-07-25', 0],
    ['2026-07-19', '2026-07-26', 1],
    ['2026-07-19', '2026-11-26', 18],
    ['2025-12-28', '2026-01-04', 1],
    ['2026-11-26', '2026-11-12', -2],
    ['2026-02-30', '2026-03-01', undefined],
    ['2026-07-19', 'today', undefined],
  ])('from %s to %s is %s', (from, to, weeks) => {
    expect(ageInWeeks(from, to)).toBe(weeks);
  });
});

describe('stalenessNotice', () => {
  it('stays silent up to eight weeks and warns after', () => {
    expect(stalenessNotice('2026-07-19', '2026-09-13')).toBeUndefined();
    const notice = stalenessNotice('2026-07-19', '2026-09-14', 'AzureGovernment');
    expect(notice?.severity).toBe('warning');
    expect(notice?.message).toContain('dated 2026-07-19, 8 weeks before today (2026-09-14)');
    expect(notice?.message).toContain('https://www.microsoft.com/download/details.aspx?id=57063');
  });
});
