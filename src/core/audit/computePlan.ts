import {
  parsePlan,
  subnetFromArm,
  tunnelingFromSubnet,
  tunnelingSchema,
  vnetFromArm,
  type ComputeKind,
  type Plan,
} from '../index.ts';
import { findRow, splitSubnetId, workspaceIdOf, type Inventory } from './inventory.ts';
import type { GraphRow } from './rows.ts';

/** A compute's plan rebuilt from the export, or what is missing for it (never a guess). */
export type RebuiltPlan =
  | { readonly ok: true; readonly plan: Plan; readonly notes: readonly string[] }
  | { readonly ok: false; readonly missing: readonly { path: string; message: string }[] };

type Json = Record<string, unknown>;
const record = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const idOf = (value: unknown) => text(record(value).id);
type Missing = Extract<RebuiltPlan, { ok: false }>;
const missing = (path: string, message: string): Missing => ({ ok: false, missing: [{ path, message }] });

/** ARM's computeType → the plan's compute kind; attached computes keep their network elsewhere. */
const KINDS: Readonly<Record<string, ComputeKind>> = {
  amlcompute: 'computeCluster',
  computeinstance: 'computeInstance',
};

const MANAGED: Readonly<Record<string, string>> = {
  allowinternetoutbound: 'allowInternetOutbound',
  allowonlyapprovedoutbound: 'allowOnlyApprovedOutbound',
};

/** ISO 8601 `PT2M`-style durations → seconds (cluster idle time). */
function seconds(duration: unknown): number | undefined {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/i.exec(text(duration) ?? '');
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

function workspaceSection(workspace: GraphRow) {
  const props = record(workspace.properties);
  const managed = MANAGED[(text(record(props.managedNetwork).isolationMode) ?? '').toLowerCase()];
  const connections = Array.isArray(props.privateEndpointConnections) ? props.privateEndpointConnections : [];
  const approved = connections.some(
    (c) => text(record(record(record(c).properties).privateLinkServiceConnectionState).status) === 'Approved',
  );
  return {
    name: workspace.name,
    subscriptionId: workspace.subscriptionId,
    resourceGroup: workspace.resourceGroup,
    region: workspace.location,
    isolation: managed === undefined ? 'customerVnet' : 'managedVnet',
    ...(managed === undefined ? {} : { managedNetworkMode: managed }),
    privateEndpoint: approved,
  };
}

function computeSection(compute: GraphRow, kind: ComputeKind, inner: Json) {
  const scale = record(inner.scaleSettings);
  const ssh = record(inner.sshSettings);
  const remote = text(inner.remoteLoginPortPublicAccess) ?? text(ssh.sshPublicAccess);
  const idle = seconds(scale.nodeIdleTimeBeforeScaleDown);
  return {
    kind,
    name: compute.name?.split('/').at(-1),
    vmSize: inner.vmSize,
    publicIp: inner.enableNodePublicIp !== false,
    ...(remote === 'Enabled' ? { ssh: { enabled: true } } : {}),
    ...(kind === 'computeCluster'
      ? {
          priority: text(inner.vmPriority)?.toLowerCase() === 'lowpriority' ? 'lowPriority' : 'dedicated',
          minNodes: scale.minNodeCount ?? 0,
          maxNodes: scale.maxNodeCount,
          ...(idle === undefined ? {} : { idleSecondsBeforeScaleDown: idle }),
        }
      : {}),
  };
}

interface NetworkParts {
  readonly vnet: unknown;
  readonly subnet: unknown;
  readonly subnetName: string;
  readonly nsg?: GraphRow;
  readonly routeTable?: GraphRow;
}

/** The rows the compute's subnet needs, or the first one the export lacks. */
function networkRows(inventory: Inventory, subnetId: string): NetworkParts | Missing {
  const parts = splitSubnetId(subnetId);
  if (!parts) return missing('subnet', `The compute's subnet id "${subnetId}" is not a subnet id.`);
  const vnet = findRow(inventory, 'vnet', parts.vnetId);
  if (!vnet) {
    return missing(
      'subnet',
      `The virtual network ${parts.vnetId} (subnet "${parts.subnet}") is not in the export.`,
    );
  }
  const subnets = record(vnet.properties).subnets;
  const subnet = (Array.isArray(subnets) ? subnets : []).find(
    (s) => text(record(s).name)?.toLowerCase() === parts.subnet.toLowerCase(),
  );
  if (!subnet)
    return missing('subnet', `The subnet ${subnetId} is not in its virtual network in the export.`);
  const props = record(record(subnet).properties);
  const nsgId = idOf(props.networkSecurityGroup);
  const nsg = nsgId === undefined ? undefined : findRow(inventory, 'nsg', nsgId);
  if (nsgId !== undefined && !nsg)
    return missing('networkSecurityGroup', `The network security group ${nsgId} is not in the export.`);
  const routeId = idOf(props.routeTable);
  const routeTable = routeId === undefined ? undefined : findRow(inventory, 'routeTable', routeId);
  if (routeId !== undefined && !routeTable)
    return missing('routeTable', `The route table ${routeId} is not in the export.`);
  return {
    vnet,
    subnet,
    subnetName: parts.subnet,
    ...(nsg ? { nsg } : {}),
    ...(routeTable ? { routeTable } : {}),
  };
}

function networkSection(parts: NetworkParts) {
  const vnet = vnetFromArm(parts.vnet, { exclude: [parts.subnetName] });
  if (!vnet.ok) return missing('vnet', vnet.message);
  const subnet = subnetFromArm(parts.subnet, {
    ...(parts.nsg ? { nsg: parts.nsg } : {}),
    ...(parts.routeTable ? { routeTable: parts.routeTable } : {}),
  });
  if (!subnet.ok) return missing('subnet', subnet.message);
  return { vnet: vnet.value, subnet: subnet.value, notes: [...vnet.notes, ...subnet.notes] };
}

type Network = ReturnType<typeof networkSection>;

/** Imported networks by subnet id: many computes share a subnet, and importing is the slow part. */
const networks = new WeakMap<Inventory, Map<string, Network>>();

function cachedNetwork(inventory: Inventory, subnetId: string): Network {
  let cache = networks.get(inventory);
  if (!cache) networks.set(inventory, (cache = new Map()));
  const key = subnetId.toLowerCase();
  let network = cache.get(key);
  if (!network) {
    const parts = networkRows(inventory, subnetId);
    network = 'ok' in parts ? parts : networkSection(parts);
    cache.set(key, network);
  }
  return network;
}

/** Builds the raw plan for a compute from its rows; parse validates it and fills the defaults. */
function rawPlan(compute: GraphRow, inventory: Inventory): { raw: Json; notes: readonly string[] } | Missing {
  const props = record(compute.properties);
  const computeType = text(props.computeType) ?? 'unknown';
  const kind = KINDS[computeType.toLowerCase()];
  if (!kind) {
    return missing(
      'computeType',
      `Compute type "${computeType}" is attached: audit its network with the resource it attaches.`,
    );
  }
  const workspaceId = workspaceIdOf(compute.id);
  const workspace = findRow(inventory, 'workspace', workspaceId);
  if (!workspace) return missing('workspace', `The workspace ${workspaceId} is not in the export.`);
  const inner = record(props.properties);
  const section = workspaceSection(workspace);
  const raw: Json = { version: 1, workspace: section, compute: computeSection(compute, kind, inner) };
  const subnetId = idOf(inner.subnet);
  if (subnetId === undefined) {
    if (section.isolation === 'managedVnet') return { raw, notes: [] };
    return missing(
      'subnet',
      'The compute is in no virtual network and its workspace has no managed network.',
    );
  }
  const network = cachedNetwork(inventory, subnetId);
  if ('ok' in network) return network;
  raw.network = { vnet: network.vnet, subnet: network.subnet };
  raw.tunneling = tunnelingFromSubnet(network.subnet, tunnelingSchema.parse({}));
  return { raw, notes: network.notes };
}

/**
 * A compute's plan rebuilt from the Resource Graph rows it uses: its workspace (isolation, private
 * endpoint), its own settings, and its VNet, subnet, NSG and route table as existing resources. A row it
 * needs that the export lacks makes it "couldn't check" with what is missing, never a pass.
 * @see https://learn.microsoft.com/rest/api/azureml/compute/get
 */
export function rebuildPlan(compute: GraphRow, inventory: Inventory): RebuiltPlan {
  const built = rawPlan(compute, inventory);
  if ('ok' in built) return built;
  return parseRebuilt(built.raw, built.notes);
}

/** The raw plan of a compute (before validation), or what is missing; for callers that cache parsing. */
export function rawComputePlan(
  compute: GraphRow,
  inventory: Inventory,
):
  { ok: true; raw: Record<string, unknown>; notes: readonly string[] } | Extract<RebuiltPlan, { ok: false }> {
  const built = rawPlan(compute, inventory);
  return 'ok' in built ? built : { ok: true, ...built };
}

/** Validates a raw plan; a plan the schema refuses is reported with the schema's messages. */
export function parseRebuilt(raw: unknown, notes: readonly string[]): RebuiltPlan {
  const parsed = parsePlan(raw);
  if (!parsed.ok) {
    return {
      ok: false,
      missing: parsed.errors.map((error) => ({
        path: error.path,
        message: `The rebuilt plan is not valid: ${error.message}`,
      })),
    };
  }
  return { ok: true, plan: parsed.plan, notes };
}
