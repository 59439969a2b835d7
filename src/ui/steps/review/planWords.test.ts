import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlanText, type Plan } from '../../../core/index.ts';
import { describePlan } from './planWords.ts';

function example(name: string): Plan {
  const path = fileURLToPath(new URL(`../../../../examples/${name}.plan.json`, import.meta.url));
  const result = parsePlanText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${name} is not a valid plan`);
  return result.plan;
}

describe('describePlan', () => {
  it('describes a compute cluster in a customer VNet', () => {
    const plan = example('compute-cluster');
    const [compute, network] = describePlan(plan);
    expect(compute).toMatch(
      /^A compute cluster named "cpu-cluster" \(Standard_DS3_v2, 0 to \d+ nodes, dedicated, no public IP addresses\)/,
    );
    expect(network).toContain(`subnet "${plan.network?.subnet?.name}"`);
  });

  it('names the managed network mode and leaves out subnets and egress', () => {
    const lines = describePlan(example('managed-vnet'));
    expect(lines.some((line) => line.startsWith('Microsoft runs the network'))).toBe(true);
    expect(lines.join(' ')).not.toMatch(/subnet|Outbound internet/);
  });

  it('lists both Databricks subnets', () => {
    const plan = example('databricks');
    const network = describePlan(plan)[1] ?? '';
    expect(network).toContain(`"${plan.network?.databricks?.publicSubnet.name}"`);
    expect(network).toContain(`"${plan.network?.databricks?.privateSubnet.name}"`);
  });

  it.each([
    ['natGateway', undefined, 'leaves through a NAT gateway'],
    ['userDefinedRoutes', '10.0.0.4', 'firewall or appliance at 10.0.0.4'],
  ] as const)('says how traffic leaves with %s', (mode, applianceIp, words) => {
    const plan = example('compute-cluster');
    const changed: Plan = { ...plan, tunneling: { ...plan.tunneling, mode, applianceIp } };
    expect(describePlan(changed).join(' ')).toContain(words);
  });
});
