import { readdirSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parsePlanText } from './planText.ts';

const examplesDir = new URL('../../../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.plan.json'))
  .map((name) => [name, readFileSync(new URL(name, examplesDir), 'utf8')] as const);

/** The compute-cluster example with an existing NSG of `count` rules, as `az network nsg show` lists them. */
function planWithRules(count: number): string {
  const plan = JSON.parse(readFileSync(new URL('compute-cluster.plan.json', examplesDir), 'utf8')) as {
    network: { subnet: { mode: string; networkSecurityGroup: Record<string, unknown> } };
  };
  plan.network.subnet.mode = 'existing';
  plan.network.subnet.networkSecurityGroup = {
    mode: 'existing',
    name: 'nsg-training',
    securityRules: Array.from({ length: count }, (_, i) => ({
      name: `rule-${i}`,
      id: `/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg/providers/Microsoft.Network/networkSecurityGroups/nsg-training/securityRules/rule-${i}`,
      properties: {
        priority: 100 + i,
        direction: i % 2 === 0 ? 'Inbound' : 'Outbound',
        access: i % 3 === 0 ? 'Deny' : 'Allow',
        protocol: 'Tcp',
        sourceAddressPrefix: `10.${Math.floor(i / 256)}.${i % 256}.0/24`,
        sourcePortRange: '*',
        destinationAddressPrefix: 'VirtualNetwork',
        destinationPortRanges: ['443', '8787', '29876-29877'],
        provisioningState: 'Succeeded',
      },
    })),
  };
  return JSON.stringify(plan, null, 2);
}

const large = planWithRules(1000);

function mustParse(text: string): void {
  if (!parsePlanText(text).ok) throw new Error('benchmark input must be a valid plan');
}

describe('parsePlanText', () => {
  for (const [name, text] of examples) bench(name, () => mustParse(text));
  bench(`existing NSG with 1,000 rules (${Math.round(large.length / 1024)} kB)`, () => mustParse(large));
});
