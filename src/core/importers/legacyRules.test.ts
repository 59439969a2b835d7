import { describe, expect, it } from 'vitest';
import type { SecurityRule } from '../model/index.ts';
import { legacyBatchInboundRules } from './legacyRules.ts';

type Props = SecurityRule['properties'];
const base: Props = {
  priority: 110,
  direction: 'Inbound',
  access: 'Allow',
  protocol: 'Tcp',
  sourceAddressPrefix: 'BatchNodeManagement',
  sourcePortRange: '*',
  destinationAddressPrefix: '*',
  destinationPortRange: '29876-29877',
};
const rule = (changes: Partial<Props>): SecurityRule => ({ name: 'r', properties: { ...base, ...changes } });

describe('legacyBatchInboundRules', () => {
  it.each([
    ['the 2020 rule', {}, true],
    ['a regional tag', { sourceAddressPrefix: 'BatchNodeManagement.eastus2' }, true],
    ['any protocol', { protocol: '*' as const }, true],
    ['one port', { destinationPortRange: '29877' }, true],
    ['a wider range', { destinationPortRange: '29000-30000' }, true],
    ['any port', { destinationPortRange: '*' }, true],
    ['plural ports', { destinationPortRange: undefined, destinationPortRanges: ['22', '29876'] }, true],
    [
      'plural sources',
      { sourceAddressPrefix: undefined, sourceAddressPrefixes: ['BatchNodeManagement'] },
      true,
    ],
    ['another port', { destinationPortRange: '44224' }, false],
    ['a range next to it', { destinationPortRange: '29878-29900' }, false],
    ['another source', { sourceAddressPrefix: 'AzureMachineLearning' }, false],
    ['a look-alike tag', { sourceAddressPrefix: 'BatchNodeManagementX' }, false],
    ['UDP', { protocol: 'Udp' as const }, false],
    ['a deny', { access: 'Deny' as const }, false],
    ['outbound', { direction: 'Outbound' as const }, false],
  ])('%s → %s', (_label, changes, legacy) => {
    expect(legacyBatchInboundRules([rule(changes)]).length).toBe(legacy ? 1 : 0);
  });

  it('names each legacy rule with its index and a doc link', () => {
    const rules = [rule({ destinationPortRange: '443' }), { ...rule({}), name: 'AllowBatch' }];
    expect(legacyBatchInboundRules(rules)).toEqual([
      {
        index: 1,
        name: 'AllowBatch',
        docUrl: 'https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall',
        message: expect.stringMatching(
          /^Security rule "AllowBatch" allows TCP 29876–29877 in from BatchNodeManagement\. .*you can remove it\.$/,
        ),
      },
    ]);
  });
});
