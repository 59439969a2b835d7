import { describe, expect, it } from 'vitest';
import { vnetSchema } from '../../../core/index.ts';
import { neighbours, placementProblem, suggestPrefix } from './placement.ts';

const vnet = vnetSchema.parse({
  mode: 'existing',
  resourceGroup: 'net-rg',
  name: 'contoso-vnet',
  region: 'eastus2',
  addressSpace: ['10.0.0.0/16'],
  otherSubnets: [
    { name: 'default', addressPrefix: '10.0.0.0/24' },
    { name: 'training', addressPrefix: '10.0.1.0/24' },
  ],
});

describe('neighbours', () => {
  it('leaves out the subnet being edited, whatever its case, and adds the extra ones', () => {
    const extra = [{ name: 'databricks-private', addressPrefix: '10.0.3.0/24' }];
    expect(neighbours(vnet, 'Training', extra).map((s) => s.name)).toEqual(['default', 'databricks-private']);
  });
});

describe('placementProblem', () => {
  const others = neighbours(vnet, 'training');
  it.each([
    ['10.0.1.0/24', undefined],
    ['10.1.0.0/24', 'outside'],
    ['10.0.0.128/25', 'overlap'],
    ['not a prefix', undefined],
  ] as const)('%s → %s', (prefix, kind) => {
    expect(placementProblem(prefix, vnet, others)?.kind).toBe(kind);
  });

  it('names the subnet it overlaps', () => {
    expect(placementProblem('10.0.0.0/23', vnet, others)?.message).toBe(
      '10.0.0.0/23 overlaps the subnet "default" (10.0.0.0/24); subnets of one virtual network can\'t share addresses.',
    );
  });
});

describe('suggestPrefix', () => {
  it('gives the lowest free block of the length inside the VNet', () => {
    expect(suggestPrefix(vnet, vnet.otherSubnets, 24)).toBe('10.0.2.0/24');
    expect(suggestPrefix(vnet, vnet.otherSubnets, 23)).toBe('10.0.2.0/23');
    expect(suggestPrefix(vnet, neighbours(vnet, 'training'), 26)).toBe('10.0.1.0/26');
  });

  it('gives nothing when no block of the length is free', () => {
    expect(suggestPrefix(vnet, vnet.otherSubnets, 15)).toBeUndefined();
  });
});
