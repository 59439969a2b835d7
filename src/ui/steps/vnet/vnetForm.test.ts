import { describe, expect, it } from 'vitest';
import { regionDifference, tidyVnet, vnetFormSchema } from './vnetForm.ts';

const vnet = {
  mode: 'new',
  resourceGroup: 'ml-rg',
  name: 'ml-vnet',
  region: 'eastus2',
  addressSpace: ['10.0.0.0/16'],
} as const;

const errors = (value: unknown) =>
  vnetFormSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('vnetFormSchema', () => {
  it('accepts a plain VNet and fills the empty lists', () => {
    const result = vnetFormSchema.safeParse(vnet);
    expect(result.success && result.data).toEqual({ ...vnet, dnsServers: [], otherSubnets: [] });
  });

  it.each([
    [{ addressSpace: [] }, 'addressSpace', 'A virtual network needs at least one address space.'],
    [
      { addressSpace: ['10.0.0.0/16', '10.1.0.0'] },
      'addressSpace.1',
      '"10.1.0.0" has no prefix length; write it as CIDR, such as 10.1.0.0/24.',
    ],
    [
      { dnsServers: ['10.0.0.300'] },
      'dnsServers.0',
      '"10.0.0.300" is not an IPv4 address; write four numbers from 0 to 255, such as 10.0.0.4.',
    ],
    [
      { dnsServers: ['10.0.0.0/24'] },
      'dnsServers.0',
      '"10.0.0.0/24" is not an IPv4 address; write four numbers from 0 to 255, such as 10.0.0.4.',
    ],
    [
      { dnsServers: [''] },
      'dnsServers.0',
      'Enter the IPv4 address of a DNS server, such as 10.0.0.4, or remove the row.',
    ],
    [
      { otherSubnets: [{ name: 'default', addressPrefix: '10.0.0.1/24' }] },
      'otherSubnets.0.addressPrefix',
      '"10.0.0.1/24" has host bits set; Azure rejects it. Did you mean 10.0.0.0/24?',
    ],
  ])('reports %j on its field', (change, path, message) => {
    expect(errors({ ...vnet, ...change })).toEqual([[path, message]]);
  });

  it('accepts DNS servers written as addresses', () => {
    expect(errors({ ...vnet, dnsServers: ['10.0.0.4', '168.63.129.16'] })).toEqual([]);
  });
});

describe('tidyVnet', () => {
  const parsed = vnetFormSchema.parse(vnet);
  it('leaves out an empty subscription and keeps a set one', () => {
    expect('subscriptionId' in tidyVnet({ ...parsed, subscriptionId: undefined })).toBe(false);
    const id = '11111111-2222-3333-4444-555555555555';
    const withId = vnetFormSchema.parse({ ...vnet, subscriptionId: id });
    const tidy = tidyVnet(withId);
    expect(tidy.subscriptionId).toBe(id);
    // In the schema's place (second), not moved to the end.
    expect(Object.keys(tidy)).toEqual(Object.keys(withId));
    expect(Object.keys(tidy)[1]).toBe('subscriptionId');
  });
});

describe('regionDifference', () => {
  it('says nothing when the regions match or the box is empty', () => {
    expect(regionDifference('eastus2', 'eastus2')).toBeUndefined();
    expect(regionDifference('', 'eastus2')).toBeUndefined();
  });

  it('explains what another region means', () => {
    expect(regionDifference('westeurope', 'eastus2')).toMatch(
      /^The virtual network is in westeurope but the workspace is in eastus2\. Compute can only join/,
    );
  });
});
