import { describe, expect, it } from 'vitest';
import type { Plan, SecurityRule } from '../model/index.ts';
import { correctionRules } from './corrections.ts';
import {
  brief,
  examplePlan,
  findingsOf,
  untestedRules,
  withPatch,
  type RuleCase,
  type RuleTable,
} from '../../../test/helpers/rulePlans.ts';

const cluster = () => examplePlan('compute-cluster');
const clean = (name: string, plan: () => Plan): RuleCase => ({ name, plan, expected: [] });

const crossRegion = (plan: Plan) =>
  withPatch(plan, (p) => {
    p.compute.region = 'westus3';
    p.network!.vnet.region = 'westus3';
  });

/** The cluster on an existing private subnet whose table tunnels to a firewall and sends `tag` to `hop`. */
const tunnelled = (tag: string, hop: 'Internet' | 'None', change: (p: Plan) => void = () => undefined) =>
  withPatch(cluster(), (p) => {
    const subnet = p.network!.subnet!;
    subnet.mode = 'existing';
    subnet.defaultOutboundAccess = false;
    subnet.routeTable = {
      name: 'rt-hub',
      routes: [
        {
          name: 'default',
          properties: {
            addressPrefix: '0.0.0.0/0',
            nextHopType: 'VirtualAppliance',
            nextHopIpAddress: '10.9.0.4',
          },
        },
        { name: 'bypass', properties: { addressPrefix: tag, nextHopType: hop } },
      ],
    };
    p.tunneling = { mode: 'none', routeTargets: 'serviceTags', routeBatchNodeManagement: true };
    change(p);
  });

const denySmb: SecurityRule = {
  name: 'NoSmb',
  properties: {
    priority: 100,
    direction: 'Outbound',
    access: 'Deny',
    protocol: 'Tcp',
    sourceAddressPrefix: '*',
    sourcePortRange: '*',
    destinationAddressPrefix: '*',
    destinationPortRange: '445',
  },
};
const instance = (change: (p: Plan) => void) => withPatch(examplePlan('compute-instance'), change);
const withDenySmb = (p: Plan) => p.network!.subnet!.networkSecurityGroup!.securityRules.unshift(denySmb);

const table: RuleTable = {
  'regional-tag-region': [
    {
      name: 'restricted cross-region cluster',
      plan: () => crossRegion(cluster()),
      expected: [
        {
          severity: 'info',
          path: 'compute.region',
          message: 'Storage.eastus2 (the workspace',
        },
      ],
    },
    clean('cluster in the workspace region', cluster),
  ],
  'npip-no-internet-bypass': [
    {
      name: 'AzureMachineLearning → Internet from a private subnet without NAT',
      plan: () => tunnelled('AzureMachineLearning', 'Internet'),
      expected: [
        {
          severity: 'error',
          path: 'network.subnet.routeTable.routes.1',
          message: 'has no way out there',
        },
      ],
    },
    {
      name: 'BatchNodeManagement.<region> → Internet from a private subnet without NAT',
      plan: () => tunnelled('BatchNodeManagement.eastus2', 'Internet'),
      expected: [{ severity: 'error', path: 'network.subnet.routeTable.routes.1', message: 'no way out' }],
    },
    clean('the same route with a NAT gateway on the subnet', () =>
      tunnelled('AzureMachineLearning', 'Internet', (p) => void (p.network!.subnet!.natGateway = true)),
    ),
    clean('the same route for public-IP compute', () =>
      tunnelled('AzureMachineLearning', 'Internet', (p) => {
        if (p.compute.kind === 'computeCluster') p.compute.publicIp = true;
      }),
    ),
  ],
  'route-drops-flow': [
    {
      name: 'Storage to next hop None',
      plan: () => tunnelled('Storage', 'None'),
      expected: [{ severity: 'error', path: 'network.subnet.routeTable.routes.1', message: 'next hop None' }],
    },
    clean('an unrelated tag to next hop None', () => tunnelled('Sql', 'None')),
  ],
  'azure-monitor-default': [
    {
      name: 'restricted outbound with AzureMonitor off',
      plan: () => withPatch(cluster(), (p) => void (p.outbound.azureMonitor = false)),
      expected: [{ severity: 'warning', path: 'outbound.azureMonitor', message: 'monitoring data' }],
    },
    clean('Azure Monitor through Private Link', () =>
      withPatch(cluster(), (p) =>
        Object.assign(p.outbound, { azureMonitor: false, azureMonitorPrivateLink: true }),
      ),
    ),
    clean('the default (allowed)', cluster),
  ],
  'acr-reachable': [
    {
      name: 'restricted outbound with the registry tag off',
      plan: () => withPatch(cluster(), (p) => void (p.outbound.publicContainerRegistry = false)),
      expected: [
        {
          severity: 'warning',
          path: 'outbound.publicContainerRegistry',
          message: 'AzureContainerRegistry.eastus2 is not allowed',
        },
      ],
    },
    clean('a registry private endpoint', () =>
      withPatch(cluster(), (p) =>
        Object.assign(p.outbound, { publicContainerRegistry: false, containerRegistryPrivateEndpoint: true }),
      ),
    ),
    clean('the default (allowed)', cluster),
  ],
  'ci-file-share-445': [
    {
      name: 'an existing rule denies SMB',
      plan: () => instance(withDenySmb),
      expected: [
        {
          severity: 'warning',
          path: 'network.subnet.networkSecurityGroup.securityRules.0',
          message: 'mounts the workspace',
        },
      ],
    },
    clean('storage secured in the VNet', () =>
      instance((p) => {
        withDenySmb(p);
        p.workspace.storageInVnet = true;
      }),
    ),
    clean('nothing denies SMB', () => examplePlan('compute-instance')),
  ],
};

describe.each(Object.entries(table))('%s', (ruleId, cases) => {
  it.each(cases)('$name', ({ plan, expected }) => {
    const found = brief(findingsOf(plan(), correctionRules, ruleId));
    expect(found).toEqual(expected.map((e) => ({ ...e, message: expect.stringContaining(e.message) })));
  });
});

describe('§12 correction rules', () => {
  it('are each tested with a plan that triggers them and one that does not', () => {
    expect(untestedRules(correctionRules, table)).toEqual([]);
  });

  it('leave the instance file share to ci-file-share-445 (a warning), not outbound-required-flow', () => {
    const findings = findingsOf(instance(withDenySmb));
    expect(findings.filter((f) => f.ruleId === 'outbound-required-flow')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'ci-file-share-445')).toHaveLength(1);
  });
});
