import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../model/index.ts';
import { checkPlan, compareFindings } from './checkPlan.ts';
import { databricksRules } from './databricks.ts';
import { managedRules } from './managed.ts';
import { placementRules } from './placement.ts';
import { subnetRules } from './subnet.ts';
import {
  EXAMPLE_NAMES,
  examplePlan,
  exampleJson,
  type ValidExampleName,
} from '../../../test/helpers/rulePlans.ts';

/** The rule families of REQUIREMENTS.md §1, §2, §6 and §7. */
const networkRules = [...placementRules, ...subnetRules, ...databricksRules, ...managedRules];

/** Schema-valid plans that each break one documented requirement, and the finding they must produce. */
const BROKEN = [
  {
    name: 'broken/subnet-too-small',
    ruleId: 'subnet-capacity',
    path: 'network.subnet.addressPrefix',
    message: 'has 11 usable addresses (16 minus 5 Azure reserves), but the compute needs up to 16',
  },
  {
    name: 'broken/delegated-subnet',
    ruleId: 'subnet-not-delegated',
    path: 'network.subnet.delegations.0',
    message: 'is delegated to Microsoft.Web/serverFarms',
  },
] as const;

describe('examples', () => {
  it.each(EXAMPLE_NAMES)(
    '%s has no error findings from the placement, subnet, Databricks and managed rules',
    (name) => {
      const errors = checkPlan(examplePlan(name), {}, networkRules).filter((f) => f.severity === 'error');
      expect(errors).toEqual([]);
    },
  );

  it.each(BROKEN)('$name produces its documented error, and no other', ({ name, ruleId, path, message }) => {
    const errors = checkPlan(examplePlan(name), {}, networkRules).filter((f) => f.severity === 'error');
    expect(errors).toEqual([
      {
        ruleId,
        severity: 'error',
        path,
        message: expect.stringContaining(message),
        docUrl: expect.any(String),
      },
    ]);
  });

  it.each(BROKEN)('$name keeps its documented error among all rules', ({ name, ruleId, path }) => {
    const findings = checkPlan(examplePlan(name));
    expect(findings).toContainEqual(expect.objectContaining({ ruleId, severity: 'error', path }));
  });
});

const REGIONS = ['eastus2', 'westeurope', 'westus3'];

/** Prefix text: mostly CIDR-like (valid or not), some garbage, some edge cases. */
const prefixArb = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 255 }),
      fc.integer({ min: 0, max: 255 }),
      fc.integer({ min: 0, max: 40 }),
    )
    .map(([b, c, length]) => `10.${b}.${c}.0/${length}`),
  fc.string({ minLength: 1, maxLength: 24 }),
  fc.constantFrom('0.0.0.0/0', '10.0.0.0/33', '999.1.1.1/8', 'fd00::/8', ' 10.0.0.0/16 ', '10.0.1.5/24', '/'),
);

const mutationArb = fc.record({
  computeFrom: fc.constantFrom(...EXAMPLE_NAMES),
  networkFrom: fc.constantFrom(...EXAMPLE_NAMES),
  isolation: fc.constantFrom('customerVnet', 'managedVnet'),
  managedMode: fc.constantFrom(undefined, 'allowInternetOutbound', 'allowOnlyApprovedOutbound'),
  computeRegion: fc.constantFrom(undefined, ...REGIONS),
  vnetRegion: fc.constantFrom(...REGIONS),
  vnetSubscription: fc.constantFrom(undefined, '99999999-2222-3333-4444-555555555555'),
  flags: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  addressSpace: fc.array(prefixArb, { minLength: 1, maxLength: 3 }),
  subnetPrefixes: fc.array(prefixArb, { minLength: 3, maxLength: 3 }),
  otherPrefixes: fc.array(prefixArb, { maxLength: 3 }),
  used: fc.nat({ max: 100_000 }),
  maxNodes: fc.integer({ min: 1, max: 10_000 }),
  delegations: fc.subarray(['Microsoft.Databricks/workspaces', 'Microsoft.Web/serverFarms']),
  dnsServers: fc.subarray(['168.63.129.16', '10.0.0.10']),
  subnetName: fc.constantFrom('training', 'GatewaySubnet', 'default'),
});
type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The network section that fits the compute kind: Databricks needs its own subnets, the others a compute subnet. */
function networkFor(computeFrom: ValidExampleName, networkFrom: ValidExampleName): Json {
  const dbx = computeFrom === 'databricks';
  const source = dbx
    ? 'databricks'
    : networkFrom === 'databricks' || networkFrom === 'managed-vnet'
      ? 'compute-cluster'
      : networkFrom;
  return exampleJson(source).network as Json;
}

function mutatedPlan(m: Mutation): unknown {
  const plan: Json = exampleJson('compute-cluster');
  const compute: Json = exampleJson(m.computeFrom).compute as Json;
  const network = networkFor(m.computeFrom, m.networkFrom);
  const [publicIp, storageInVnet, privateEndpoint, restrict, withNetwork] = m.flags;
  plan.compute = { ...compute, ...(m.computeRegion ? { region: m.computeRegion } : {}) };
  if ('publicIp' in compute) plan.compute.publicIp = publicIp;
  if ('maxNodes' in compute) plan.compute.maxNodes = m.maxNodes;
  if (plan.compute.minNodes !== undefined) plan.compute.minNodes = 0;
  Object.assign(plan.workspace, { isolation: m.isolation, storageInVnet, privateEndpoint });
  if (m.managedMode) plan.workspace.managedNetworkMode = m.managedMode;
  Object.assign(network.vnet, {
    region: m.vnetRegion,
    addressSpace: m.addressSpace,
    dnsServers: m.dnsServers,
  });
  if (m.vnetSubscription) network.vnet.subscriptionId = m.vnetSubscription;
  network.vnet.otherSubnets = m.otherPrefixes.map((addressPrefix, i) => ({
    name: `other${i}`,
    addressPrefix,
  }));
  const subnets: Json[] = network.subnet
    ? [network.subnet]
    : [network.databricks.publicSubnet, network.databricks.privateSubnet];
  subnets.forEach((subnet, i) => {
    Object.assign(subnet, {
      addressPrefix: m.subnetPrefixes[i],
      usedAddresses: m.used,
      delegations: m.delegations,
    });
  });
  if (network.subnet) network.subnet.name = m.subnetName;
  plan.network = network;
  if (!withNetwork && m.isolation === 'managedVnet') delete plan.network;
  plan.outbound = { restrict };
  return plan;
}

describe('checkPlan', () => {
  it('never throws on plans made by mutating the examples, and orders its findings', () => {
    let checked = 0;
    fc.assert(
      fc.property(mutationArb, (m) => {
        const parsed = parsePlan(mutatedPlan(m));
        if (!parsed.ok) return;
        checked++;
        const findings = checkPlan(parsed.plan);
        expect([...findings].sort(compareFindings)).toEqual(findings);
        expect(checkPlan(parsed.plan)).toEqual(findings);
      }),
      { numRuns: 300 },
    );
    // The property must not pass by rejecting every plan at the schema.
    expect(checked).toBeGreaterThan(100);
  });
});
