import { describe, expect, it } from 'vitest';
import { addressDemand, capacityVerdict } from './capacity.ts';
import { usableAddresses } from './cidr.ts';
import { prefixLengthFor, subnetSizeProblem } from './size.ts';

describe('subnetSizeProblem', () => {
  it.each([
    [32, 'too-small'],
    [30, 'too-small'],
    [29, undefined],
    [24, undefined],
    [2, undefined],
    [1, 'too-large'],
    [0, 'too-large'],
  ])('a /%i is %s', (length, expected) => {
    expect(subnetSizeProblem(length)).toBe(expected);
  });
});

describe('prefixLengthFor', () => {
  it.each([
    [1, 0, 1, 29],
    [3, 0, 1, 29],
    [4, 0, 1, 28],
    [11, 0, 1, 28],
    [12, 0, 1, 27],
    [16, 0, 0.8, 27],
    [25, 0, 0.8, 26],
    [240, 12, 1, 23],
    [2 ** 31, 0, 1, undefined],
  ])('demand %i with %i used (ratio %f) needs a /%s', (demand, used, ratio, expected) => {
    expect(prefixLengthFor(demand, used, ratio)).toBe(expected);
  });

  it('returns the smallest subnet that fits: one prefix longer would not', () => {
    for (let demand = 1; demand < 5000; demand += 37) {
      const length = prefixLengthFor(demand, 3, 0.8);
      if (length === undefined) throw new Error('expected a length');
      expect(demand).toBeLessThanOrEqual(0.8 * usableAddresses(length, 3));
      if (length < 29) expect(demand).toBeGreaterThan(0.8 * usableAddresses(length + 1, 3));
    }
  });
});

describe('capacityVerdict', () => {
  it.each([
    [28, 0, 16, 'short', 11],
    [28, 0, 11, 'tight', 11],
    [28, 0, 9, 'tight', 11],
    [28, 0, 8, 'ok', 11],
    [24, 250, 2, 'short', 1],
    [29, 0, 1, 'ok', 3],
  ] as const)('a /%i with %i used holding %i is %s (%i usable)', (length, used, demand, status, usable) => {
    const verdict = capacityVerdict(length, used, demand);
    expect(verdict.status).toBe(status);
    expect(verdict.usable).toBe(usable);
  });

  it('suggests a length within the warning ratio', () => {
    expect(capacityVerdict(28, 0, 16).fitsLength).toBe(27);
  });
});

describe('addressDemand', () => {
  it.each([
    [{ kind: 'computeCluster', maxNodes: 7 }, 7],
    [{ kind: 'serverless', maxNodes: 9 }, 9],
    [{ kind: 'computeInstance' }, 1],
  ])('%j needs %i addresses', (compute, expected) => {
    expect(addressDemand(compute as Parameters<typeof addressDemand>[0])?.addresses).toBe(expected);
  });

  it('is undefined for kinds that are not placed by this plan', () => {
    expect(addressDemand({ kind: 'databricks', name: 'dbx', publicIp: false })).toBeUndefined();
  });
});
