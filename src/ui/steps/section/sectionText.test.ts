import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../state/defaultPlan.ts';
import { inboundSection, tunnelingSection, vnetSection } from './sectionSpecs.ts';
import { applySectionText, sectionText } from './sectionText.ts';

const plan = createDefaultPlan();

describe('applySectionText', () => {
  it('round-trips the section as shown', () => {
    const result = applySectionText(vnetSection, plan, sectionText(vnetSection, plan));
    expect(result).toEqual({ ok: true, plan });
  });

  it('stores a valid edit', () => {
    const vnet = { ...plan.network?.vnet, name: 'research-vnet' };
    const result = applySectionText(vnetSection, plan, JSON.stringify(vnet));
    expect(result.ok && result.plan.network?.vnet.name).toBe('research-vnet');
  });

  it.each([
    ['text that is not JSON', vnetSection, '{ "mode": ', ['This is not valid JSON']],
    [
      'a section that breaks its schema',
      vnetSection,
      JSON.stringify({ mode: 'new', name: '-x', resourceGroup: 'rg', region: 'eastus2', addressSpace: [] }),
      ['name: The virtual network name must start', 'addressSpace: A virtual network needs at least one'],
    ],
    [
      'a section that breaks the plan',
      tunnelingSection,
      JSON.stringify({ mode: 'userDefinedRoutes' }),
      ['tunneling.applianceIp: User-defined routes need the private IP'],
    ],
  ])('lists every problem in %s', (_, spec, text, expected) => {
    const result = applySectionText(spec, plan, text);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(expected.length);
    expected.forEach((start, index) => expect(problems[index]).toContain(start));
  });

  it('leaves an optional section out when its box is empty', () => {
    expect(sectionText(inboundSection, plan)).not.toBe('');
    const result = applySectionText(inboundSection, plan, '  ');
    expect(result.ok && result.plan.network?.subnet).not.toHaveProperty('networkSecurityGroup');
  });
});
