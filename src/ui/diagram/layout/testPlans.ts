import { parsePlan, type Plan } from '../../../core/index.ts';

export type Raw = Record<string, unknown> & {
  workspace: Record<string, unknown>;
  compute: Record<string, unknown>;
};

/** The example plan files, by path under examples/ (read by Vite, so no file system access here). */
const files = Object.fromEntries(
  Object.entries(
    import.meta.glob<Raw>('../../../../examples/**/*.plan.json', { eager: true, import: 'default' }),
  ).map(([path, raw]) => [path.replace('../../../../examples/', ''), raw]),
);

/** An example plan file as written, to change before parsing. */
export function readRaw(name: string): Raw {
  const raw = files[name];
  if (!raw) throw new Error(`No example plan ${name}.`);
  return structuredClone(raw);
}

export function parse(name: string, raw: unknown): Plan {
  const result = parsePlan(raw);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

const HUB =
  '/subscriptions/99999999-8888-7777-6666-555555555555/resourceGroups/hub-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet';
const ML_RG = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers';

/** Endpoints for every kind of the workspace's own resources: with the workspace's two, six zones. */
export const RESOURCE_ENDPOINTS = [
  { groupId: 'blob', resourceId: `${ML_RG}/Microsoft.Storage/storageAccounts/contosomlstore` },
  { groupId: 'file', resourceId: `${ML_RG}/Microsoft.Storage/storageAccounts/contosomlstore` },
  { groupId: 'vault', resourceId: `${ML_RG}/Microsoft.KeyVault/vaults/contoso-ml-kv` },
  { groupId: 'registry', resourceId: `${ML_RG}/Microsoft.ContainerRegistry/registries/contosomlacr` },
];

/** The plan moved to `region`, with its network. */
export const inRegion = (raw: Raw, region: string): Raw => {
  const network = raw.network as { vnet: Record<string, unknown> } | undefined;
  return {
    ...raw,
    workspace: { ...raw.workspace, region },
    ...(network ? { network: { ...network, vnet: { ...network.vnet, region } } } : {}),
  };
};

/** Changes to an example plan that move the diagram's parts around. */
const variants: Record<string, (raw: Raw) => Raw> = {
  nat: (raw) => ({ ...raw, tunneling: { mode: 'natGateway' } }),
  'udr service tags': (raw) => ({
    ...raw,
    tunneling: { mode: 'userDefinedRoutes', applianceIp: '10.0.0.4' },
  }),
  'udr ip prefixes': (raw) => ({
    ...raw,
    tunneling: { mode: 'userDefinedRoutes', applianceIp: '10.0.0.4', routeTargets: 'ipPrefixes' },
  }),
  'no private endpoint': (raw) => ({ ...raw, workspace: { ...raw.workspace, privateEndpoint: false } }),
  'public IP and SSH': (raw) =>
    raw.compute.kind === 'computeCluster' || raw.compute.kind === 'computeInstance'
      ? {
          ...raw,
          compute: {
            ...raw.compute,
            publicIp: true,
            ssh: { enabled: true, sourceAddressPrefix: '203.0.113.0/24' },
          },
        }
      : raw,
  'hub, peering created': (raw) => ({
    ...raw,
    workspace: {
      ...raw.workspace,
      privateEndpoint: true,
      privateLink: { placement: 'hubVnet', hubVnetId: HUB, peering: 'create' },
    },
  }),
  'six zones in US Government': (raw) =>
    inRegion(
      {
        ...raw,
        workspace: {
          ...raw.workspace,
          privateEndpoint: true,
          privateLink: { placement: 'create', resourceEndpoints: RESOURCE_ENDPOINTS },
        },
      },
      'usgovvirginia',
    ),
  'every situational flow': (raw) => ({
    ...raw,
    workspace: { ...raw.workspace, hbi: true, privateEndpoint: true },
    outbound: { restrict: true, azureMonitor: true, storageFileShares: true, publicContainerRegistry: true },
  }),
};

/** Every example plan (valid and broken), and each customer-network one under every variant, by name. */
export function testPlans(): [string, Plan][] {
  const names = Object.keys(files).sort();
  return names.flatMap((name) => {
    const raw = readRaw(name);
    const plan = parse(name, raw);
    if (raw.workspace.isolation !== 'customerVnet') return [[name, plan] as [string, Plan]];
    const changed = Object.entries(variants).map(([label, change]): [string, Plan] => [
      `${name} (${label})`,
      parse(`${name} (${label})`, change(raw)),
    ]);
    return [[name, plan] as [string, Plan], ...changed];
  });
}

/** One example plan, parsed. */
export function examplePlan(name: string): Plan {
  return parse(name, readRaw(name));
}
