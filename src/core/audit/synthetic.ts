/**
 * Test and bench only: a synthetic Resource Graph export with thousands of computes. Every `brokenEvery`-th
 * compute sits in a subnet delegated to another service (an error), every `uncheckedEvery`-th in a subnet
 * whose NSG the export lacks ("couldn't check"); the rest are in a clean subnet.
 */
import type { GraphRow } from './rows.ts';

const SUB = '11111111-2222-3333-4444-555555555555';
const PER_WORKSPACE = 100;

export interface SyntheticExport {
  readonly rows: GraphRow[];
  readonly brokenIds: ReadonlySet<string>;
  readonly uncheckedIds: ReadonlySet<string>;
}

const rg = (w: number) => `/subscriptions/${SUB}/resourceGroups/rg-${w}`;

function subnet(w: number, name: string, prefix: string, extra: object = {}) {
  return {
    id: `${rg(w)}/providers/Microsoft.Network/virtualNetworks/vnet-${w}/subnets/${name}`,
    name,
    properties: { addressPrefix: prefix, ...extra },
  };
}

function networkRows(w: number): GraphRow[] {
  const nsgId = (name: string) => `${rg(w)}/providers/Microsoft.Network/networkSecurityGroups/${name}`;
  return [
    {
      id: `${rg(w)}/providers/Microsoft.MachineLearningServices/workspaces/ws-${w}`,
      name: `ws-${w}`,
      type: 'microsoft.machinelearningservices/workspaces',
      location: 'eastus2',
      resourceGroup: `rg-${w}`,
      subscriptionId: SUB,
      properties: {
        managedNetwork: { isolationMode: 'Disabled' },
        privateEndpointConnections: [
          { properties: { privateLinkServiceConnectionState: { status: 'Approved' } } },
        ],
      },
    },
    {
      id: `${rg(w)}/providers/Microsoft.Network/virtualNetworks/vnet-${w}`,
      name: `vnet-${w}`,
      type: 'microsoft.network/virtualnetworks',
      location: 'eastus2',
      resourceGroup: `rg-${w}`,
      subscriptionId: SUB,
      properties: {
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        subnets: [
          subnet(w, 'training', '10.0.0.0/20', { networkSecurityGroup: { id: nsgId('nsg-training') } }),
          subnet(w, 'apps', '10.0.16.0/24', {
            delegations: [{ name: 'web', properties: { serviceName: 'Microsoft.Web/serverFarms' } }],
          }),
          subnet(w, 'orphan', '10.0.17.0/24', { networkSecurityGroup: { id: nsgId('nsg-gone') } }),
        ],
      },
    },
    {
      id: nsgId('nsg-training'),
      name: 'nsg-training',
      type: 'microsoft.network/networksecuritygroups',
      location: 'eastus2',
      resourceGroup: `rg-${w}`,
      subscriptionId: SUB,
      properties: { securityRules: [] },
    },
  ];
}

function computeRow(w: number, c: number, subnetName: string): GraphRow {
  return {
    id: `${rg(w)}/providers/Microsoft.MachineLearningServices/workspaces/ws-${w}/computes/c${c}-cpu`,
    name: `c${c}-cpu`,
    type: 'microsoft.machinelearningservices/workspaces/computes',
    location: 'eastus2',
    resourceGroup: `rg-${w}`,
    subscriptionId: SUB,
    properties: {
      computeType: 'AmlCompute',
      properties: {
        vmSize: 'STANDARD_DS3_V2',
        vmPriority: 'Dedicated',
        scaleSettings: { minNodeCount: 0, maxNodeCount: 4, nodeIdleTimeBeforeScaleDown: 'PT2M' },
        enableNodePublicIp: false,
        subnet: { id: subnet(w, subnetName, '').id },
      },
    },
  };
}

/** `computes` computes over `computes / 100` workspaces, each with its VNet and NSG. */
export function syntheticExport(computes: number, brokenEvery = 7, uncheckedEvery = 50): SyntheticExport {
  const rows: GraphRow[] = [];
  const brokenIds = new Set<string>();
  const uncheckedIds = new Set<string>();
  for (let c = 0; c < computes; c += 1) {
    const w = Math.floor(c / PER_WORKSPACE);
    if (c % PER_WORKSPACE === 0) rows.push(...networkRows(w));
    const name = c % uncheckedEvery === 3 ? 'orphan' : c % brokenEvery === 1 ? 'apps' : 'training';
    const row = computeRow(w, c, name);
    if (name === 'apps') brokenIds.add(row.id);
    if (name === 'orphan') uncheckedIds.add(row.id);
    rows.push(row);
  }
  return { rows, brokenIds, uncheckedIds };
}
