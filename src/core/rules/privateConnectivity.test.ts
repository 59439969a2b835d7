import { describe, expect, it } from 'vitest';
import { DOCS } from '../catalog/docs.ts';
import type { Plan, PrivateLink } from '../model/index.ts';
import { allRules } from './all.ts';
import { privateConnectivityRules } from './privateConnectivity.ts';
import {
  brief,
  examplePlan,
  findingsOf,
  networkOf,
  untestedRules,
  withPatch,
  type RuleCase,
  type RuleTable,
} from '../../../test/helpers/rulePlans.ts';

const SUB = '/subscriptions/99999999-2222-3333-4444-555555555555/resourceGroups';
const HUB = `${SUB}/hub-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet`;
const zoneId = (name: string) => `${SUB}/dns-rg/providers/Microsoft.Network/privateDnsZones/${name}`;
const VAULT = `${SUB}/ml-rg/providers/Microsoft.KeyVault/vaults/contoso-kv`;
const REGISTRY = `${SUB}/ml-rg/providers/Microsoft.ContainerRegistry/registries/contosoacr`;

const cluster = () => examplePlan('compute-cluster');
const instance = () => examplePlan('compute-instance');
const clean = (name: string, plan: () => Plan): RuleCase => ({ name, plan, expected: [] });

/** The plan with `workspace.privateLink` set (empty lists filled in). */
const withLink = (plan: Plan, link: Partial<PrivateLink> & Pick<PrivateLink, 'placement'>) =>
  withPatch(plan, (p) => {
    p.workspace.privateLink = { dnsZones: [], resourceEndpoints: [], ...link };
  });

const linkedZones = [
  { id: zoneId('privatelink.api.azureml.ms'), linked: true },
  { id: zoneId('privatelink.notebooks.azure.net'), linked: false },
];
const hub = (plan: Plan, extra: Partial<PrivateLink> = {}) =>
  withLink(plan, { placement: 'hubVnet', hubVnetId: HUB, dnsZones: linkedZones, ...extra });
const endpointSubnet = (addressPrefix: string, name = 'pe') => ({
  mode: 'new' as const,
  name,
  addressPrefix,
});
const inGov = (plan: Plan) =>
  withPatch(plan, (p) => {
    p.workspace.region = 'usgovvirginia';
    networkOf(p).vnet.region = 'usgovvirginia';
  });

const table: RuleTable = {
  'workspace-pe-in-compute-vnet': [
    {
      name: 'an endpoint said to be in a VNet the plan creates',
      plan: () => withLink(instance(), { placement: 'computeVnet' }),
      expected: [
        {
          severity: 'error',
          path: 'workspace.privateLink.placement',
          message: 'no workspace private endpoint can be in it yet',
        },
      ],
    },
    {
      name: 'a compute instance using an endpoint in a hub',
      plan: () => hub(withPatch(instance(), (p) => void (networkOf(p).vnet.mode = 'existing'))),
      expected: [
        {
          severity: 'error',
          path: 'workspace.privateLink.placement',
          message: 'same VNet as the workspace private endpoint',
        },
      ],
    },
    {
      name: 'a cluster using a hub endpoint without peering',
      plan: () => hub(cluster(), { peering: 'none' }),
      expected: [{ severity: 'error', path: 'workspace.privateLink.peering', message: 'not peered' }],
    },
    {
      name: 'a cluster using a hub endpoint whose zones the plan does not know',
      plan: () => withLink(cluster(), { placement: 'hubVnet', hubVnetId: HUB, dnsZones: [linkedZones[0]!] }),
      expected: [
        {
          severity: 'error',
          path: 'workspace.privateLink.dnsZones',
          message: 'privatelink.notebooks.azure.net must be linked',
        },
      ],
    },
    {
      name: 'a new VNet with no room for an endpoint subnet',
      plan: () =>
        withPatch(
          instance(),
          (p) => void (networkOf(p).vnet.addressSpace = [networkOf(p).subnet!.addressPrefix]),
        ),
      expected: [
        { severity: 'error', path: 'workspace.privateLink.endpointSubnet', message: 'no free space' },
      ],
    },
    clean('a new VNet: the bundle creates the endpoint', instance),
    clean('a cluster using a peered hub with both zones linked', () => hub(cluster(), { peering: 'create' })),
    clean('an existing endpoint in the compute VNet', cluster),
    clean('compute with public IPs and no endpoint', () =>
      withPatch(cluster(), (p) => {
        p.workspace.privateEndpoint = false;
        if ('publicIp' in p.compute) p.compute.publicIp = true;
      }),
    ),
  ],
  'dns-zones-per-cloud': [
    {
      name: 'a public zone for a US Government workspace',
      plan: () => inGov(withLink(cluster(), { placement: 'computeVnet', dnsZones: linkedZones })),
      expected: [
        {
          severity: 'error',
          path: 'workspace.privateLink.dnsZones.0.id',
          message: 'Use the zone privatelink.api.ml.azure.us instead',
        },
        {
          severity: 'error',
          path: 'workspace.privateLink.dnsZones.1.id',
          message: 'Use the zone privatelink.notebooks.usgovcloudapi.net instead',
        },
      ],
    },
    {
      name: 'a zone the plan does not use',
      plan: () =>
        withLink(cluster(), {
          placement: 'computeVnet',
          dnsZones: [{ id: zoneId('contoso.internal'), linked: true }],
        }),
      expected: [
        {
          severity: 'warning',
          path: 'workspace.privateLink.dnsZones.0.id',
          message: 'not a private DNS zone of the workspace',
        },
      ],
    },
    clean('public zones for a public-cloud workspace', () =>
      withLink(cluster(), { placement: 'computeVnet', dnsZones: linkedZones }),
    ),
    clean('Government zones for a Government workspace', () =>
      inGov(
        withLink(cluster(), {
          placement: 'computeVnet',
          dnsZones: [{ id: zoneId('privatelink.api.ml.azure.us'), linked: true }],
        }),
      ),
    ),
  ],
  'pe-dns-forwarding': [
    {
      name: 'custom DNS servers in a VNet using the endpoint',
      plan: () => withPatch(cluster(), (p) => void (networkOf(p).vnet.dnsServers = ['10.0.0.4'])),
      expected: [
        {
          severity: 'warning',
          path: 'network.vnet.dnsServers',
          message: 'forward api.azureml.ms and notebooks.azure.net to Azure DNS 168.63.129.16',
        },
      ],
    },
    {
      name: 'custom DNS servers in a China VNet name China zones',
      plan: () =>
        withPatch(cluster(), (p) => {
          p.workspace.region = 'chinaeast2';
          networkOf(p).vnet.region = 'chinaeast2';
          networkOf(p).vnet.dnsServers = ['10.0.0.4'];
        }),
      expected: [
        {
          severity: 'warning',
          path: 'network.vnet.dnsServers',
          message: 'forward api.ml.azure.cn and notebooks.chinacloudapi.cn',
        },
      ],
    },
    clean('Azure DNS given explicitly', () =>
      withPatch(cluster(), (p) => void (networkOf(p).vnet.dnsServers = ['168.63.129.16'])),
    ),
    clean('custom DNS without a private endpoint', () =>
      withPatch(cluster(), (p) => {
        p.workspace.privateEndpoint = false;
        networkOf(p).vnet.dnsServers = ['10.0.0.4'];
      }),
    ),
  ],
  'resource-endpoint-target': [
    {
      name: 'a key vault endpoint pointed at a storage account, a registry endpoint at the key vault',
      plan: () =>
        withLink(cluster(), {
          placement: 'create',
          resourceEndpoints: [
            {
              groupId: 'blob',
              resourceId: `${SUB}/ml-rg/providers/Microsoft.Storage/storageAccounts/contosomlsa`,
            },
            {
              groupId: 'vault',
              resourceId: `${SUB}/ml-rg/providers/Microsoft.Storage/storageAccounts/contosomlsa`,
            },
            {
              groupId: 'registry',
              resourceId: VAULT,
            },
          ],
        }),
      expected: [
        {
          severity: 'error',
          path: 'workspace.privateLink.resourceEndpoints.1.resourceId',
          message:
            'connects to a key vault (Microsoft.KeyVault/vaults), but this id is a Microsoft.Storage/storageAccounts id',
        },
        {
          severity: 'error',
          path: 'workspace.privateLink.resourceEndpoints.2.resourceId',
          message:
            'connects to a container registry (Microsoft.ContainerRegistry/registries), but this id is a Microsoft.KeyVault/vaults id',
        },
      ],
    },
    clean('each endpoint at its kind of resource, the type in any case', () =>
      withLink(cluster(), {
        placement: 'create',
        resourceEndpoints: [
          {
            groupId: 'file',
            resourceId: `${SUB}/ml-rg/providers/microsoft.storage/STORAGEACCOUNTS/contosomlsa`,
          },
          { groupId: 'vault', resourceId: VAULT },
          { groupId: 'registry', resourceId: REGISTRY },
        ],
      }),
    ),
  ],
  'endpoint-subnet-size': [
    {
      name: 'a /29 for the workspace and a registry endpoint',
      plan: () =>
        withLink(cluster(), {
          placement: 'create',
          endpointSubnet: endpointSubnet('10.0.2.0/29'),
          resourceEndpoints: [{ groupId: 'registry', resourceId: REGISTRY }],
        }),
      expected: [
        {
          severity: 'error',
          path: 'workspace.privateLink.endpointSubnet.addressPrefix',
          message: 'has 3 usable addresses (Azure keeps 5), but the endpoints need 5',
        },
      ],
    },
    {
      name: 'a /30',
      plan: () => withLink(cluster(), { placement: 'create', endpointSubnet: endpointSubnet('10.0.2.0/30') }),
      expected: [
        {
          severity: 'error',
          path: 'workspace.privateLink.endpointSubnet.addressPrefix',
          message: 'smallest subnet is a /29',
        },
      ],
    },
    {
      name: 'host bits set',
      plan: () => withLink(cluster(), { placement: 'create', endpointSubnet: endpointSubnet('10.0.2.5/28') }),
      expected: [
        {
          severity: 'error',
          path: 'workspace.privateLink.endpointSubnet.addressPrefix',
          message: 'Did you mean 10.0.2.0/28?',
        },
      ],
    },
    clean('a /29 for the workspace endpoint alone', () =>
      withLink(cluster(), { placement: 'create', endpointSubnet: endpointSubnet('10.0.2.0/29') }),
    ),
    clean('a /28 for the workspace and a vault endpoint', () =>
      withLink(cluster(), {
        placement: 'create',
        endpointSubnet: endpointSubnet('10.0.2.0/28'),
        resourceEndpoints: [{ groupId: 'vault', resourceId: VAULT }],
      }),
    ),
  ],
  'endpoint-subnet-overlap': [
    {
      name: 'overlapping the compute subnet',
      plan: () =>
        withLink(cluster(), { placement: 'create', endpointSubnet: endpointSubnet('10.0.1.64/27') }),
      expected: [
        {
          severity: 'error',
          path: 'workspace.privateLink.endpointSubnet.addressPrefix',
          message: 'overlaps subnet "training" (10.0.1.0/24)',
        },
      ],
    },
    {
      name: 'outside the address space',
      plan: () => withLink(cluster(), { placement: 'create', endpointSubnet: endpointSubnet('10.1.0.0/27') }),
      expected: [
        {
          severity: 'error',
          path: 'workspace.privateLink.endpointSubnet.addressPrefix',
          message: "outside the VNet's address space (10.0.0.0/16)",
        },
      ],
    },
    clean('a free prefix', () =>
      withLink(cluster(), { placement: 'create', endpointSubnet: endpointSubnet('10.0.2.0/27') }),
    ),
    clean('an existing subnet listed among the other subnets', () =>
      withLink(cluster(), {
        placement: 'create',
        endpointSubnet: { mode: 'existing', name: 'default', addressPrefix: '10.0.0.0/24' },
      }),
    ),
  ],
};

describe.each(Object.entries(table))('%s', (ruleId, cases) => {
  it.each(cases)('$name', ({ plan, expected }) => {
    const found = brief(findingsOf(plan(), privateConnectivityRules, ruleId));
    expect(found).toEqual(expected.map((e) => ({ ...e, message: expect.stringContaining(e.message) })));
  });
});

describe('private connectivity rules', () => {
  it('are each tested with a plan that triggers them and one that does not', () => {
    expect(untestedRules(privateConnectivityRules, table)).toEqual([]);
  });

  it('are registered with every other rule', () => {
    for (const rule of privateConnectivityRules) expect(allRules).toContain(rule);
  });

  it.each(privateConnectivityRules.map((rule) => [rule.id, rule]))(
    '%s links a documentation page',
    (_id, rule) => {
      expect(Object.values(DOCS)).toContain(rule.docUrl);
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    },
  );
});
