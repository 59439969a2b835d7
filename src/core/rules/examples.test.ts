import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText, type Plan } from '../model/index.ts';
import { checkPlan } from './checkPlan.ts';

const examplesDir = new URL('../../../examples/', import.meta.url);
const brokenDir = new URL('broken/', examplesDir);
const planFiles = (dir: URL) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.plan.json'))
    .sort();

function load(dir: URL, name: string): Plan {
  const result = parsePlanText(readFileSync(new URL(name, dir), 'utf8'));
  if (!result.ok) throw new Error(`${name} is not a valid plan: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

/** Each broken example and the error findings it exists to show (rule id and exact path). */
const BROKEN: Readonly<Record<string, readonly { ruleId: string; path: string }[]>> = {
  'subnet-too-small.plan.json': [{ ruleId: 'subnet-capacity', path: 'network.subnet.addressPrefix' }],
  'delegated-subnet.plan.json': [{ ruleId: 'subnet-not-delegated', path: 'network.subnet.delegations.0' }],
  'forced-tunnel-no-aml-route.plan.json': [
    { ruleId: 'pip-forced-tunnel-aml-route', path: 'network.subnet.routeTable.routes' },
  ],
  'nsg-deny-priority-100.plan.json': [
    { ruleId: 'outbound-required-flow', path: 'network.subnet.networkSecurityGroup.securityRules.0' },
  ],
  'private-subnet-no-egress.plan.json': [
    { ruleId: 'npip-private-subnet', path: 'network.subnet.defaultOutboundAccess' },
  ],
};

const errorsOf = (plan: Plan) =>
  checkPlan(plan)
    .filter((finding) => finding.severity === 'error')
    .map(({ ruleId, path }) => ({ ruleId, path }));

describe('examples', () => {
  it.each(planFiles(examplesDir))('%s has no error findings', (name) => {
    expect(errorsOf(load(examplesDir, name))).toEqual([]);
  });

  it('every broken example is listed with its expected errors', () => {
    expect(planFiles(brokenDir)).toEqual(Object.keys(BROKEN).sort());
  });

  it.each(planFiles(brokenDir))('broken/%s yields exactly its documented errors', (name) => {
    const raw = JSON.parse(readFileSync(new URL(name, brokenDir), 'utf8')) as { $schema?: string };
    expect(raw.$schema).toBe('../../public/plan.schema.json');
    const expected = BROKEN[name] ?? [];
    const errors = errorsOf(load(brokenDir, name));
    expect(errors.length).toBeGreaterThan(0);
    const distinct = [...new Map(errors.map((e) => [`${e.ruleId}|${e.path}`, e])).values()];
    expect(distinct).toEqual(expected);
  });

  it('nsg-deny-priority-100 names each blocked service tag', () => {
    const messages = checkPlan(load(brokenDir, 'nsg-deny-priority-100.plan.json'))
      .filter((f) => f.ruleId === 'outbound-required-flow')
      .map((f) => f.message)
      .join('\n');
    for (const tag of [
      'AzureMachineLearning',
      'Storage.eastus2',
      'BatchNodeManagement.eastus2',
      'AzureActiveDirectory',
    ]) {
      expect(messages).toContain(`to ${tag} by rule "DenyAllOutbound" (priority 100)`);
    }
  });
});
