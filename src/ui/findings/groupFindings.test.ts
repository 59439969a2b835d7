import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../core/index.ts';
import {
  countsText,
  groupBySeverity,
  indexByPath,
  stepBlock,
  stepCountsLabel,
  warningSignature,
} from './groupFindings.ts';

const finding = (severity: Severity, path: string, ruleId = 'rule'): Finding => ({
  ruleId,
  severity,
  path,
  message: `${severity} at ${path}`,
  docUrl: 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet',
});

describe('groupBySeverity', () => {
  it('returns errors, warnings and info in that order, each keeping the given order', () => {
    const findings = [
      finding('info', 'a'),
      finding('error', 'b'),
      finding('warning', 'c'),
      finding('error', 'a'),
    ];
    const groups = groupBySeverity(findings);
    expect(groups.map((g) => [g.title, g.findings.map((f) => f.path)])).toEqual([
      ['Errors', ['b', 'a']],
      ['Warnings', ['c']],
      ['Info', ['a']],
    ]);
  });

  it('keeps empty groups so counts can say zero', () => {
    expect(groupBySeverity([]).map((g) => g.findings.length)).toEqual([0, 0, 0]);
  });
});

describe('countsText and stepCountsLabel', () => {
  it.each([
    [{ error: 0, warning: 0, info: 0 }, '0 errors, 0 warnings, 0 info', ''],
    [{ error: 1, warning: 0, info: 5 }, '1 error, 0 warnings, 5 info', ', 1 error'],
    [{ error: 0, warning: 1, info: 1 }, '0 errors, 1 warning, 1 info', ', 1 warning'],
    [{ error: 2, warning: 3, info: 0 }, '2 errors, 3 warnings, 0 info', ', 2 errors, 3 warnings'],
  ])('%o', (counts, text, label) => {
    expect(countsText(counts)).toBe(text);
    expect(stepCountsLabel(counts)).toBe(label);
  });
});

describe('indexByPath', () => {
  it('lists the findings of each exact path, most severe first when given in engine order', () => {
    const index = indexByPath([
      finding('error', 'x', 'first'),
      finding('warning', 'x.y'),
      finding('info', 'x', 'second'),
    ]);
    expect(index.get('x')?.map((f) => f.ruleId)).toEqual(['first', 'second']);
    expect(index.get('x.y')).toHaveLength(1);
    expect(index.get('x.z')).toBeUndefined();
  });
});

describe('stepBlock', () => {
  const warning = finding('warning', 'compute.kind', 'w1');
  const other = finding('warning', 'compute.region', 'w2');

  it('blocks on errors even when the warnings are acknowledged', () => {
    const findings = [finding('error', 'compute.name'), warning];
    expect(stepBlock(findings, warningSignature(findings))).toBe('errors');
  });

  it('blocks on warnings until exactly these are acknowledged', () => {
    expect(stepBlock([warning], undefined)).toBe('warnings');
    expect(stepBlock([warning], warningSignature([warning]))).toBeNull();
    // A new warning makes the acknowledgement lapse.
    expect(stepBlock([warning, other], warningSignature([warning]))).toBe('warnings');
  });

  it('never blocks on info findings', () => {
    expect(stepBlock([finding('info', 'compute.publicIp')], undefined)).toBeNull();
    expect(warningSignature([finding('info', 'compute.publicIp')])).toBe('');
  });
});
