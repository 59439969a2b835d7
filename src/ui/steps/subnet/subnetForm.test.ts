import { describe, expect, it } from 'vitest';
import { computeSchema, networkSecurityGroupSchema } from '../../../core/index.ts';
import { capacityView } from './capacityView.ts';
import { nsgFor, subnetFormSchema, wantedLength } from './subnetForm.ts';

const cluster = (maxNodes: number) =>
  computeSchema.parse({ kind: 'computeCluster', name: 'cpu-cluster', vmSize: 'Standard_DS3_v2', maxNodes });

describe('subnetFormSchema', () => {
  const subnet = { mode: 'new', name: 'training', addressPrefix: '10.0.1.0/24' } as const;

  it('resolves the defaults like the plan schema', () => {
    const result = subnetFormSchema.safeParse(subnet);
    expect(result.success && result.data).toEqual({
      ...subnet,
      usedAddresses: 0,
      delegations: [],
      natGateway: false,
      defaultOutboundAccess: false,
    });
  });

  it('reports a malformed prefix on the prefix field in plain words', () => {
    const result = subnetFormSchema.safeParse({ ...subnet, addressPrefix: '10.0.1.5/24' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['addressPrefix', '"10.0.1.5/24" has host bits set; Azure rejects it. Did you mean 10.0.1.0/24?'],
    ]);
  });
});

describe('nsgFor', () => {
  const existing = networkSecurityGroupSchema.parse({
    mode: 'existing',
    name: 'nsg-shared',
    securityRules: [
      {
        name: 'allow-aml',
        properties: { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp' },
      },
    ],
  });

  it('keeps the rules when switching between new and existing', () => {
    expect(nsgFor('new', existing, undefined, 'training')).toEqual({ ...existing, mode: 'new' });
  });

  it('brings back the group chosen before "none"', () => {
    expect(nsgFor('existing', undefined, existing, 'training')).toEqual(existing);
  });

  it('names a fresh group after the subnet', () => {
    expect(nsgFor('new', undefined, undefined, 'training')).toEqual({
      mode: 'new',
      name: 'nsg-training',
      securityRules: [],
    });
    expect(nsgFor('none', existing, undefined, 'training')).toBeUndefined();
  });
});

describe('wantedLength', () => {
  it.each([
    ['10.0.1.0/24', 4, false, 24],
    ['10.0.1.0/29', 4, false, 28],
    ['10.0.1.0/28', 90, false, 25],
    ['not a prefix', 4, false, 24],
    ['10.0.1.0/24', 4, true, 24],
    ['10.0.1.0/28', 4, true, 26],
    ['10.0.1.0/31', 1, false, 29],
  ] as const)('%s for %i nodes (Databricks: %s) → /%i', (prefix, maxNodes, databricks, length) => {
    const view = databricks ? undefined : capacityView(prefix, 0, cluster(maxNodes));
    expect(wantedLength(prefix, view, databricks)).toBe(length);
  });
});
