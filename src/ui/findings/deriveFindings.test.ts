import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan, parsePlanText, type Plan, type ServiceTagsInput } from '../../core/index.ts';
import { createDefaultPlan } from '../state/defaultPlan.ts';
import { deriveFindings, sameFindings } from './deriveFindings.ts';

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

  it('is still checking a changed plan while the engine loads, with no findings yet', () => {
    const snapshot = deriveFindings(example('broken/subnet-too-small.plan.json'), undefined);
    expect(snapshot.checking).toBe(true);
    expect(snapshot.findings).toEqual([]);
    expect([...snapshot.byStep.values()].flat()).toEqual([]);
  });

  it("knows the starting plan's findings without the engine: those the engine finds, computed at build time", () => {
    const plan = createDefaultPlan();
    const early = deriveFindings(plan, undefined);
    expect(early.checking).toBe(false);
    expect(early.findings.length).toBeGreaterThan(0);
    expect(early.findings).toEqual(checkPlan(plan));
    expect(deriveFindings(plan, checkPlan)).toMatchObject({ checking: false, findings: early.findings });
  });

  it('treats any change to the starting plan, or a Service Tags file, as unchecked until the engine is there', () => {
    const plan = createDefaultPlan();
    const renamed = { ...plan, workspace: { ...plan.workspace, name: `${plan.workspace.name}x` } };
    expect(deriveFindings(renamed, undefined).checking).toBe(true);
    const serviceTags = { cloud: 'Public', changeNumber: 1, values: [] } as unknown as ServiceTagsInput;
    expect(deriveFindings(plan, undefined, serviceTags).checking).toBe(true);
  });

  it('maps the outbound deny rule of the NSG example to the outbound step', () => {
    const { byStep } = deriveFindings(example('broken/nsg-deny-priority-100.plan.json'), checkPlan);
    const outboundErrors = (byStep.get('outbound') ?? []).filter((finding) => finding.severity === 'error');
    expect(outboundErrors.length).toBeGreaterThan(0);
    expect(byStep.get('inbound')?.some((finding) => finding.ruleId === 'outbound-required-flow')).toBe(false);
  });
});

describe('sameFindings', () => {
  const broken = () => example('broken/nsg-deny-priority-100.plan.json');

  it('holds for two checks of plans that differ only in a name no finding mentions', () => {
    const plan = broken();
    const renamed = {
      ...plan,
      workspace: { ...plan.workspace, subscriptionId: '99999999-2222-3333-4444-555555555555' },
    };
    const a = deriveFindings(plan, checkPlan);
    const b = deriveFindings(renamed, checkPlan);
    expect(b).not.toBe(a);
    expect(sameFindings(a, b)).toBe(true);
  });

  it('fails when a finding differs, is missing, or the checks are still loading', () => {
    const a = deriveFindings(broken(), checkPlan);
    const [first, ...rest] = a.findings;
    if (!first) throw new Error('the broken example must have findings');
    const reworded = deriveFindings(broken(), (plan) => [
      { ...first, message: `${first.message} (reworded)` },
      ...checkPlan(plan).slice(1),
    ]);
    const fewer = deriveFindings(broken(), () => rest);
    expect(sameFindings(a, reworded)).toBe(false);
    expect(sameFindings(a, fewer)).toBe(false);
    expect(sameFindings(a, deriveFindings(broken(), undefined))).toBe(false);
  });

  it('fails when the same findings land on other steps', () => {
    const a = deriveFindings(broken(), checkPlan);
    const moved = {
      ...a,
      byStep: new Map([...a.byStep].map(([, list], i) => [i === 0 ? 'review' : 'workspace', list] as const)),
    };
    expect(sameFindings(a, moved)).toBe(false);
  });
});
