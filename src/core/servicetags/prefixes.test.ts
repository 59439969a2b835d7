import { describe, expect, it } from 'vitest';
import { findTag, splitPrefixes, tagPrefixes } from './prefixes.ts';
import { serviceTagsFileSchema } from './schema.ts';

const file = serviceTagsFileSchema.parse({
  changeNumber: 1,
  cloud: 'Public',
  values: [
    {
      name: 'AzureCloud.eastus2',
      id: 'AzureCloud.eastus2',
      properties: { changeNumber: 1, region: 'eastus2', addressPrefixes: ['20.0.0.0/8', '2603:1030::/32'] },
    },
  ],
});

describe('splitPrefixes', () => {
  it('sorts texts into IPv4, IPv6 and invalid, with a reason for each invalid one', () => {
    const result = splitPrefixes([
      '10.0.0.0/24',
      ' 2001:db8::/32 ',
      '10.0.0.1/24',
      '2001:db8::/200',
      '10.0.0.0',
    ]);
    expect(result.ipv4).toEqual(['10.0.0.0/24']);
    expect(result.ipv6).toEqual(['2001:db8::/32']);
    expect(result.invalid.map((entry) => entry.message)).toEqual([
      '"10.0.0.1/24" has host bits set; Azure rejects it. Did you mean 10.0.0.0/24?',
      '"2001:db8::/200" is not a valid IPv6 prefix.',
      '"10.0.0.0" has no prefix length; write it as CIDR, such as 10.0.0.0/24.',
    ]);
  });
});

describe('findTag and tagPrefixes', () => {
  it('find tags case-insensitively, as Azure compares them', () => {
    expect(findTag(file, 'AzureCloud.EastUS2')?.name).toBe('AzureCloud.eastus2');
    expect(tagPrefixes(file, 'azurecloud.eastus2')).toEqual({
      ipv4: ['20.0.0.0/8'],
      ipv6: ['2603:1030::/32'],
      invalid: [],
    });
  });

  it('give nothing for a tag the file does not have', () => {
    expect(findTag(file, 'AzureCloud.westus')).toBeUndefined();
    expect(tagPrefixes(file, 'AzureCloud.westus')).toBeUndefined();
  });
});
