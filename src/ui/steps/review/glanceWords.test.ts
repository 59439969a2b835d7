import { describe, expect, it } from 'vitest';
import type { FlowProof, FlowVerdict, FlowVerdictKind } from '../../../core/index.ts';
import { filesFact, flowsFact, proofFact } from './glanceWords.ts';

const verdicts = (...results: FlowVerdict['result'][]) =>
  results.map((result) => ({ result }) as FlowVerdict);
const proof = (...kinds: FlowVerdictKind[]) => ({
  flows: kinds.map((verdict) => ({ verdict }) as FlowProof),
});

describe('flowsFact', () => {
  it.each([
    [verdicts('allowed', 'allowed'), 'All 2 allowed', 'good'],
    [verdicts('allowed'), 'The one flow allowed', 'good'],
    [verdicts('allowed', 'unknown', 'denied'), '1 of 3 denied', 'bad'],
    [verdicts('allowed', 'unknown', 'unknown'), '2 of 3 undecided', 'warning'],
    [verdicts(), 'None to open', 'good'],
  ] as const)('%j reads "%s"', (flows, value, tone) => {
    expect(flowsFact(flows)).toEqual({ term: 'Required flows', value, tone });
  });
});

describe('proofFact', () => {
  it.each([
    [proof('reaches', 'reaches'), 'All 2 reach', 'good'],
    [proof('reaches'), 'The one flow reaches', 'good'],
    [proof('reaches', 'blocked', 'noWayOut', 'unknown'), '2 of 4 fail', 'bad'],
    [proof('reaches', 'unknown'), '1 of 2 undecided', 'warning'],
    [proof(), 'No flows to follow', 'good'],
  ] as const)('%j reads "%s"', (flows, value, tone) => {
    expect(proofFact(flows)).toEqual({ term: 'Once deployed', value, tone });
  });
});

describe('filesFact', () => {
  it('counts the files, or says they wait for the errors', () => {
    expect(filesFact(11).value).toBe('11 files, ready below');
    expect(filesFact(undefined)).toEqual({
      term: 'Files to deploy',
      value: 'Not until the errors are fixed',
      tone: 'bad',
    });
  });
});
