import { describe, expect, it } from 'vitest';
import { parsePlan, securityRuleSchema, type SecurityRule } from '../../../core/index.ts';
import example from '../../../../examples/compute-cluster.plan.json';
import {
  applyRuleEdit,
  nextPriority,
  ruleFormSchema,
  ruleFormValues,
  splitList,
  withNsgRules,
} from './ruleEdit.ts';

const imported: SecurityRule = {
  name: 'AllowCorp',
  id: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/g/providers/Microsoft.Network/networkSecurityGroups/n/securityRules/AllowCorp',
  etag: 'W/"1"',
  properties: {
    provisioningState: 'Succeeded',
    priority: 300,
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    sourceAddressPrefixes: ['203.0.113.0/24', '198.51.100.0/24'],
    sourcePortRange: '*',
    destinationAddressPrefix: '*',
    destinationPortRanges: ['22', '443'],
  },
};

describe('splitList', () => {
  it.each([
    ['', []],
    ['22', ['22']],
    [' 22 , 443,, ', ['22', '443']],
  ])('%j → %j', (text, expected) => {
    expect(splitList(text)).toEqual(expected);
  });
});

describe('applyRuleEdit', () => {
  it('gives back the same rule, field for field and in order, when nothing is changed', () => {
    const result = applyRuleEdit(imported, ruleFormValues(imported, 'Inbound', 100));
    expect(JSON.stringify(result)).toBe(JSON.stringify(imported));
  });

  it('changes only the edited side, switching between single and list fields', () => {
    const values = ruleFormValues(imported, 'Inbound', 100);
    values.properties.destinationPortRange = '2222';
    values.properties.priority = 310;
    const result = applyRuleEdit(imported, values);
    expect(result.properties.destinationPortRange).toBe('2222');
    expect(result.properties.destinationPortRanges).toBeUndefined();
    expect(result.properties.sourceAddressPrefixes).toEqual(imported.properties.sourceAddressPrefixes);
    expect(result.properties.priority).toBe(310);
    expect(result.id).toBe(imported.id);
    expect(securityRuleSchema.safeParse(result).success).toBe(true);
  });

  it('writes a new rule with single values and a trimmed description', () => {
    const values = ruleFormValues(undefined, 'Inbound', 120);
    values.name = 'AllowSshFromCorp';
    values.properties.sourceAddressPrefix = '203.0.113.0/24';
    values.properties.destinationPortRange = '22';
    values.properties.description = '  corp  ';
    expect(applyRuleEdit(undefined, values)).toEqual({
      name: 'AllowSshFromCorp',
      properties: {
        priority: 120,
        direction: 'Inbound',
        access: 'Allow',
        protocol: 'Tcp',
        sourceAddressPrefix: '203.0.113.0/24',
        sourcePortRange: '*',
        destinationAddressPrefix: 'VirtualNetwork',
        destinationPortRange: '22',
        description: 'corp',
      },
    });
  });
});

describe('ruleFormSchema', () => {
  const valid = { ...ruleFormValues(imported, 'Inbound', 100), name: 'Other' };

  it('accepts a rule that clashes with nothing', () => {
    expect(ruleFormSchema([]).safeParse(valid).success).toBe(true);
  });

  it.each([
    ['a taken name', { ...valid, name: 'allowcorp' }, 'name'],
    ['a taken priority', valid, 'properties.priority'],
    [
      'a priority out of range',
      { ...valid, properties: { ...valid.properties, priority: 99 } },
      'properties.priority',
    ],
    [
      'an empty destination',
      { ...valid, properties: { ...valid.properties, destinationPortRange: ' ' } },
      'properties.destinationPortRange',
    ],
  ])('rejects %s on its field', (_, values, path) => {
    const others = [imported];
    const result = ruleFormSchema(others).safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('nextPriority', () => {
  it('takes the lowest free priority from 100 in steps of 10, per direction', () => {
    const rule = (priority: number, direction: 'Inbound' | 'Outbound'): SecurityRule => ({
      ...imported,
      properties: { ...imported.properties, priority, direction },
    });
    expect(nextPriority([rule(100, 'Inbound'), rule(110, 'Inbound'), rule(120, 'Outbound')], 'Inbound')).toBe(
      120,
    );
    expect(nextPriority([], 'Outbound')).toBe(100);
  });
});

describe('withNsgRules', () => {
  it('replaces the rules of the compute subnet NSG and nothing else', () => {
    const { $schema: _link, ...raw } = example;
    const parsed = parsePlan(raw);
    if (!parsed.ok) throw new Error('example must parse');
    const next = withNsgRules(parsed.plan, [imported]);
    expect(next.network?.subnet?.networkSecurityGroup?.securityRules).toEqual([imported]);
    expect(next.network?.subnet?.networkSecurityGroup?.name).toBe('nsg-training');
    expect({ ...next, network: undefined }).toEqual({ ...parsed.plan, network: undefined });
  });
});
