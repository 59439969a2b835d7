import { describe, expect, it } from 'vitest';
import { createArmClient } from '../../azure/arm/index.ts';
import { fakeFetch, type FakeReply } from '../../azure/arm/fakeFetch.ts';
import { accountListsOf } from './accountLists.ts';

const SUB = '0b3f1c2e-9d47-4a1b-8c55-2f6e7d8a9b10';

function listsOver(route: (url: URL) => FakeReply) {
  const { fetch, requests } = fakeFetch(route);
  const lists = accountListsOf(createArmClient({ fetch, getToken: async () => 'token' }));
  return { lists, requests };
}

const size = (name: string, vCPUs: number, supportedComputeTypes: string[]) => ({
  name,
  family: 'standardDSv2Family',
  vCPUs,
  supportedComputeTypes,
});

describe('accountListsOf', () => {
  it('suggests subscriptions by name and describes the one typed, in any case', async () => {
    const { lists } = listsOver(() => ({
      body: { value: [{ subscriptionId: SUB, displayName: 'Research', state: 'Enabled' }] },
    }));
    const suggestions = await lists({ kind: 'subscriptions' });
    expect(suggestions.options).toEqual([{ value: SUB, label: 'Research' }]);
    expect(suggestions.describe(` ${SUB.toUpperCase()} `)).toBe('Research (Enabled), in your account.');
    expect(suggestions.describe('11111111-2222-3333-4444-555555555555')).toBeUndefined();
  });

  it('says whether a resource group exists yet', async () => {
    const { lists } = listsOver(() => ({ body: { value: [{ name: 'ml-rg', location: 'West Europe' }] } }));
    const suggestions = await lists({ kind: 'resourceGroups', subscriptionId: SUB });
    expect(suggestions.options).toEqual([{ value: 'ml-rg', label: 'westeurope' }]);
    expect(suggestions.describe('ML-RG')).toBe(
      'An existing resource group of this subscription, in westeurope.',
    );
    expect(suggestions.describe('other-rg')).toBe(
      'This subscription has no resource group of this name yet.',
    );
  });

  it("suggests the subscription's regions, described from the catalogue, and says when one isn't listed", async () => {
    const { lists, requests } = listsOver(() => ({
      body: {
        value: [
          { name: 'westeurope', displayName: 'West Europe', metadata: { regionType: 'Physical' } },
          { name: 'europe', displayName: 'Europe', metadata: { regionType: 'Logical' } },
          { name: 'newregion', displayName: 'New Region', metadata: { regionType: 'Physical' } },
        ],
      },
    }));
    const suggestions = await lists({ kind: 'regions', subscriptionId: SUB });
    expect(new URL(requests[0]?.url ?? '').pathname).toBe(`/subscriptions/${SUB}/locations`);
    expect(suggestions.options).toEqual([
      { value: 'westeurope', label: 'West Europe' },
      { value: 'newregion', label: 'New Region' },
    ]);
    expect(suggestions.describe('westeurope')).toBe(
      'West Europe, in the Azure public cloud. Offered to your subscription.',
    );
    // A region the subscription lists but the catalogue doesn't know yet.
    expect(suggestions.describe('newregion')).toBe('Offered to your subscription.');
    expect(suggestions.describe('eastus2')).toBe(
      'Your subscription doesn’t list this region: check the name, or choose one from the list.',
    );
  });

  it('offers only the sizes of the compute type, and says when the one typed is not offered', async () => {
    const { lists, requests } = listsOver(() => ({
      body: {
        value: [
          size('Standard_DS3_v2', 4, ['AmlCompute', 'ComputeInstance']),
          size('Standard_X9', 9, ['ComputeInstance']),
        ],
      },
    }));
    const suggestions = await lists({
      kind: 'vmSizes',
      subscriptionId: SUB,
      region: 'westeurope',
      computeType: 'AmlCompute',
    });
    expect(new URL(requests[0]?.url ?? '').pathname).toBe(
      `/subscriptions/${SUB}/providers/Microsoft.MachineLearningServices/locations/westeurope/vmSizes`,
    );
    expect(suggestions.options).toEqual([
      { value: 'Standard_DS3_v2', label: '4 vCPUs · standardDSv2Family' },
    ]);
    expect(suggestions.describe('standard_ds3_v2')).toBe(
      'DSv2-series, general purpose: 4 vCPUs, 14 GiB of memory. Offered to your subscription in westeurope.',
    );
    expect(suggestions.describe('Standard_X9')).toMatch(
      /doesn’t offer this size to your subscription in westeurope/,
    );
  });

  it('reads each list once, and again after a failure', async () => {
    let fail = true;
    const { lists, requests } = listsOver(() => {
      if (fail) return { status: 403, body: { error: { code: 'AuthorizationFailed', message: 'No.' } } };
      return { body: { value: [] } };
    });
    await expect(lists({ kind: 'subscriptions' })).rejects.toThrow();
    fail = false;
    await lists({ kind: 'subscriptions' });
    await lists({ kind: 'subscriptions' });
    expect(requests).toHaveLength(2);
  });
});
