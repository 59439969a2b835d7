import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan, parsePlanText, type Plan } from '../../core/index.ts';
import { EXAMPLE_SUBSCRIPTION_ID, holdsExampleValues } from './examplePlan.ts';
import { identityProblems, newPlan, type PlanIdentity } from './newPlan.ts';

const OWN: PlanIdentity = {
  name: 'research-ml',
  subscriptionId: '0b3f1c2e-9d47-4a1b-8c55-2f6e7d8a9b10',
  resourceGroup: 'research-rg',
  region: 'westeurope',
};

function planOf(identity: PlanIdentity): Plan {
  const result = newPlan(identity);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

describe('newPlan', () => {
  it.each([
    OWN,
    // The longest names the rules allow, and every character they allow.
    { ...OWN, name: 'w'.repeat(33), resourceGroup: `${'r'.repeat(89)}_` },
    { ...OWN, name: '0_ws-Team', resourceGroup: 'rg_(team).1', region: 'usgovvirginia' },
  ])('gives a plan with no errors or warnings for %o', (identity) => {
    const plan = planOf(identity);
    const findings = checkPlan(plan).filter((finding) => finding.severity !== 'info');
    expect(findings.map(({ ruleId, path, message }) => ({ ruleId, path, message }))).toEqual([]);
    expect(plan.workspace).toMatchObject(identity);
  });

  it('names only what the person gave, and creates everything else', () => {
    const plan = planOf(OWN);
    expect(plan.network?.vnet).toMatchObject({
      mode: 'new',
      name: 'research-ml-vnet',
      resourceGroup: 'research-rg',
      region: 'westeurope',
    });
    expect(plan.network?.subnet?.mode).toBe('new');
    expect(plan.network?.subnet?.networkSecurityGroup).toMatchObject({ mode: 'new' });
    expect(plan.workspace.privateLink).toMatchObject({
      placement: 'create',
      dnsZones: [],
      resourceEndpoints: [],
    });
    expect(plan.compute).toMatchObject({ kind: 'computeCluster', publicIp: false });
    expect(JSON.stringify(plan)).not.toContain(EXAMPLE_SUBSCRIPTION_ID);
    expect(holdsExampleValues(plan)).toBe(false);
  });

  it('returns the problems of each identity field at its path', () => {
    const result = newPlan({ name: 'a', subscriptionId: 'mine', resourceGroup: 'rg', region: 'East US' });
    expect(result.ok).toBe(false);
    const problems = identityProblems(result.ok ? [] : result.errors);
    expect(problems).toEqual({
      name: expect.stringContaining('workspace name is too short: use 3–33 characters'),
      subscriptionId: expect.stringContaining('GUID'),
      region: expect.stringContaining('ARM region name'),
    });
  });
});

describe('holdsExampleValues', () => {
  const examples = new URL('../../../examples/', import.meta.url);
  const files = ['', 'broken/'].flatMap((dir) =>
    readdirSync(new URL(dir, examples))
      .filter((name) => name.endsWith('.plan.json'))
      .map((name) => `${dir}${name}`),
  );

  it.each(files)('knows %s for an example', (file) => {
    const result = parsePlanText(readFileSync(new URL(file, examples), 'utf8'));
    expect(result.ok && holdsExampleValues(result.plan)).toBe(true);
  });

  it('ignores the case of the id, as Azure does', () => {
    const plan = planOf({ ...OWN, subscriptionId: EXAMPLE_SUBSCRIPTION_ID.toUpperCase() });
    expect(holdsExampleValues(plan)).toBe(true);
  });
});
