import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan, parsePlanText, type Plan } from '../../core/index.ts';
import { createDefaultPlan } from '../state/defaultPlan.ts';
import { deriveFindings } from './deriveFindings.ts';

function example(name: string): Plan {
  const parsed = parsePlanText(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} must be a valid plan.`);
  return parsed.plan;
}

describe('deriveFindings', () => {
  it('puts the too-small subnet error on the subnet step and its address prefix field', () => {
    const { findings, byStep, byPath } = deriveFindings(
      example('broken/subnet-too-small.plan.json'),
      checkPlan,
    );
    const capacity = findings.find((finding) => finding.ruleId === 'subnet-capacity');
    expect(capacity).toMatchObject({ severity: 'error', path: 'network.subnet.addressPrefix' });
    expect(byStep.get('subnet')).toContain(capacity);
    expect(byPath.get('network.subnet.addressPrefix')?.[0]).toBe(capacity);
  });

  it('indexes every finding once by step and once by path', () => {
    for (const plan of [createDefaultPlan(), example('broken/nsg-deny-priority-100.plan.json')]) {
      const { findings, byStep, byPath } = deriveFindings(plan, checkPlan);
      expect([...byStep.values()].flat()).toHaveLength(findings.length);
      expect([...byPath.values()].flat()).toHaveLength(findings.length);
    }
  });

  it('has no findings while the engine is still loading', () => {
    const { findings, byStep } = deriveFindings(example('broken/subnet-too-small.plan.json'), undefined);
    expect(findings).toEqual([]);
    expect([...byStep.values()].flat()).toEqual([]);
  });

  it('maps the outbound deny rule of the NSG example to the outbound step', () => {
    const { byStep } = deriveFindings(example('broken/nsg-deny-priority-100.plan.json'), checkPlan);
    const outboundErrors = (byStep.get('outbound') ?? []).filter((finding) => finding.severity === 'error');
    expect(outboundErrors.length).toBeGreaterThan(0);
    expect(byStep.get('inbound')?.some((finding) => finding.ruleId === 'outbound-required-flow')).toBe(false);
  });
});
