import { describe, expect, it } from 'vitest';
import { computeSchema, type Compute } from '../../../core/index.ts';
import { capacityView, computeDemand } from './capacityView.ts';

const cluster = (maxNodes: number): Compute =>
  computeSchema.parse({ kind: 'computeCluster', name: 'cpu-cluster', vmSize: 'Standard_DS3_v2', maxNodes });
const instance = computeSchema.parse({
  kind: 'computeInstance',
  name: 'alice-ci',
  vmSize: 'Standard_DS3_v2',
});
const serverless = computeSchema.parse({ kind: 'serverless', vmSize: 'Standard_DS3_v2', maxNodes: 10 });
const databricks = computeSchema.parse({ kind: 'databricks', name: 'databricks' });

describe('computeDemand', () => {
  it.each([
    ['cluster', cluster(4), 4],
    ['instance', instance, 1],
    ['serverless', serverless, 10],
  ] as const)('a %s needs its peak addresses', (_label, compute, addresses) => {
    expect(computeDemand(compute)?.addresses).toBe(addresses);
  });

  it('attached compute adds no addresses', () => {
    expect(computeDemand(databricks)).toBeUndefined();
  });
});

describe('capacityView', () => {
  it.each([
    // prefix, used, maxNodes, state, usable, fitsLength
    ['10.0.1.0/24', 0, 4, 'fits', 251, 28],
    ['10.0.1.0/29', 0, 4, 'short', 3, 28],
    ['10.0.1.0/28', 0, 12, 'short', 11, 27],
    ['10.0.1.0/28', 0, 10, 'tight', 11, 27],
    ['10.0.1.0/28', 0, 8, 'fits', 11, 28],
    ['10.0.1.0/26', 50, 10, 'short', 9, 25],
  ] as const)('%s with %i used for %i nodes is %s', (prefix, used, maxNodes, state, usable, fitsLength) => {
    const view = capacityView(prefix, used, cluster(maxNodes));
    expect(view).toMatchObject({ state, usable, demand: maxNodes, fitsLength });
  });

  it('explains the five reserved addresses and the used ones', () => {
    const view = capacityView('10.0.1.0/28', 3, cluster(4));
    expect(view?.arithmetic).toBe(
      'A /28 holds 16 addresses. Azure keeps 5 in every subnet (the network address, the default gateway, ' +
        'two for Azure DNS and the broadcast address), 3 are already used, leaving 8 usable.',
    );
  });

  it('names the numbers and the smallest subnet that fits when too small', () => {
    const view = capacityView('10.0.1.0/29', 0, cluster(4));
    expect(view?.headline).toBe(
      'Too small: the compute needs 4 addresses but only 3 are usable; nodes beyond that are never created. ' +
        'A /28 or larger fits.',
    );
    expect(view?.demandReason).toBe(
      'The cluster can grow to 4 nodes (maximum nodes), and each node takes one address.',
    );
  });

  it.each([
    ['an invalid prefix', '10.0.1.5/24', cluster(4)],
    ['an empty prefix', '', cluster(4)],
    ['attached compute', '10.0.1.0/24', databricks],
  ] as const)('shows no meter for %s', (_label, prefix, compute) => {
    expect(capacityView(prefix, 0, compute)).toBeUndefined();
  });

  it('ignores a used count that is not a whole number', () => {
    expect(capacityView('10.0.1.0/24', Number.NaN, instance)?.usable).toBe(251);
  });
});
