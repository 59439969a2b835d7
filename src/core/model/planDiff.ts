import type { Plan } from './plan.ts';

/**
 * One difference between two plans, worded for the person who confirms it: where it is in the plan, in
 * words, and the value before and after, summarised for reading.
 */
export interface PlanChange {
  /** The plan's dotted path, e.g. `network.subnet.networkSecurityGroup.securityRules`. */
  readonly path: string;
  /** The path in words, e.g. "Subnet › Network security group › Security rules". */
  readonly label: string;
  /** Short values as they are; sections and lists summarised ("3 rules: a, b, c"); "not set" when absent. */
  readonly before: string;
  readonly after: string;
  /** For a list of named things (rules, routes, subnets, prefixes): what is new, by name. */
  readonly added?: readonly string[];
  /** What is no longer in the list, by name. */
  readonly removed?: readonly string[];
  /** What is in both but differs, by name. */
  readonly changed?: readonly string[];
}

type Json = unknown;
type JsonRecord = Record<string, Json>;

const isRecord = (value: Json): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The plan's sections in the order the wizard's steps take them. */
const SECTION_ORDER = ['version', 'workspace', 'compute', 'network', 'outbound', 'tunneling'];

/** Words for the plan's fields, as the wizard's steps name them; anything else is split from camelCase. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  version: 'Format version',
  workspace: 'Workspace',
  subscriptionId: 'Subscription',
  resourceGroup: 'Resource group',
  isolation: 'Isolation',
  managedNetworkMode: 'Managed network mode',
  privateEndpoint: 'Private endpoint',
  privateLink: 'Private link',
  placement: 'Endpoint placement',
  endpointSubnet: 'Endpoint subnet',
  hubVnetId: 'Hub virtual network',
  endpointId: 'Existing endpoint',
  dnsZones: 'Private DNS zones',
  resourceEndpoints: 'Resource endpoints',
  storageInVnet: 'Storage in the virtual network',
  hbi: 'High business impact',
  compute: 'Compute',
  vmSize: 'VM size',
  minNodes: 'Minimum nodes',
  maxNodes: 'Maximum nodes',
  publicIp: 'Public IP',
  ssh: 'SSH',
  sourceAddressPrefix: 'Source',
  resourceId: 'Resource id',
  os: 'Operating system',
  vnet: 'Virtual network',
  subnet: 'Subnet',
  mode: 'New or existing',
  addressSpace: 'Address space',
  dnsServers: 'DNS servers',
  otherSubnets: 'Other subnets',
  usedAddresses: 'Addresses in use',
  natGateway: 'NAT gateway',
  networkSecurityGroup: 'Network security group',
  securityRules: 'Security rules',
  routeTable: 'Route table',
  databricks: 'Databricks subnets',
  publicSubnet: 'Host subnet',
  privateSubnet: 'Container subnet',
  outbound: 'Outbound traffic',
  restrict: 'Restrict outbound',
  azureMonitorPrivateLink: 'Azure Monitor through Private Link',
  storageFileShares: 'Azure Files',
  publicContainerRegistry: 'Public container registry',
  containerRegistryPrivateEndpoint: 'Container registry private endpoint',
  tunneling: 'Egress',
  applianceIp: 'Firewall or appliance IP',
  routeTargets: 'Bypass route targets',
  routeBatchNodeManagement: 'Route BatchNodeManagement to the internet',
  natIdleTimeoutMinutes: 'NAT idle timeout (minutes)',
  natPublicIpPrefixLength: 'NAT public IP prefix length',
};

/** Words for a field that depend on its section (`parent.field`). */
const CONTEXT_WORDS: Readonly<Record<string, string>> = {
  'tunneling.mode': 'Way out to the internet',
};

/** Words for the values people know from the wizard's choices (`parent.field` → value → words). */
const VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'tunneling.mode': {
    none: 'nothing extra',
    natGateway: 'NAT gateway',
    userDefinedRoutes: 'through a firewall (user-defined routes)',
  },
  'workspace.isolation': { customerVnet: 'your own virtual network', managedVnet: 'managed virtual network' },
  'privateLink.placement': {
    computeVnet: 'already in this virtual network',
    hubVnet: 'in a hub virtual network',
    create: 'create one in this virtual network',
  },
  'workspace.managedNetworkMode': {
    allowOnlyApprovedOutbound: 'allow only approved outbound',
    allowInternetOutbound: 'allow internet outbound',
  },
};

/** What each list holds, one and many. */
const LIST_NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  securityRules: ['rule', 'rules'],
  routes: ['route', 'routes'],
  otherSubnets: ['subnet', 'subnets'],
  addressSpace: ['prefix', 'prefixes'],
  dnsServers: ['DNS server', 'DNS servers'],
  delegations: ['delegation', 'delegations'],
  dnsZones: ['zone', 'zones'],
  resourceEndpoints: ['endpoint', 'endpoints'],
};

/** Names are spelled out in a summary for at most this many items, and this many characters. */
const MAX_NAMES = 4;
const MAX_NAMES_LENGTH = 80;

const NOT_SET = 'not set';

const words = (field: string): string => {
  const spaced = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

const contextOf = (path: readonly string[], index: number): string =>
  `${path[index - 1] ?? ''}.${path[index] ?? ''}`;

/** "Subnet › Network security group › Security rules": the `network` section itself goes unsaid. */
function labelOf(path: readonly string[]): string {
  return path
    .map((field, index) => CONTEXT_WORDS[contextOf(path, index)] ?? FIELD_WORDS[field] ?? words(field))
    .filter((_, index) => !(index === 0 && path[0] === 'network' && path.length > 1))
    .join(' › ');
}

/** Equal as JSON: key order doesn't matter, and a key holding `undefined` is as good as absent. */
function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameJson(item, b[index]))
    );
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameJson(a[key], b[key]));
}

/** The keys of two sections, in a stable order: the plan's sections as the steps go, then as written. */
function keysOf(a: JsonRecord, b: JsonRecord, atRoot: boolean): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== '$schema');
  if (!atRoot) return keys;
  const rank = (key: string) => {
    const index = SECTION_ORDER.indexOf(key);
    return index < 0 ? SECTION_ORDER.length : index;
  };
  return keys.sort((x, y) => rank(x) - rank(y));
}

const lastSegment = (id: string): string => id.split('/').filter(Boolean).at(-1) ?? id;

/** What a list item is called: its name, the last part of its id, or the value itself. */
function itemName(item: Json): string {
  if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') return String(item);
  if (isRecord(item)) {
    if (typeof item.name === 'string') return item.name;
    if (typeof item.id === 'string') return lastSegment(item.id);
    if (typeof item.resourceId === 'string') {
      const group = typeof item.groupId === 'string' ? `${item.groupId} of ` : '';
      return `${group}${lastSegment(item.resourceId)}`;
    }
  }
  return JSON.stringify(item);
}

const isScalar = (value: Json): boolean => !isRecord(value) && !Array.isArray(value);

/** "3 rules: a, b, c", "10.0.0.0/16, 10.1.0.0/16", "12 rules", or "none". */
function listSummary(items: readonly Json[], field: string): string {
  if (items.length === 0) return 'none';
  const names = [...new Set(items.map(itemName))];
  const spelled = names.length <= MAX_NAMES && names.join(', ').length <= MAX_NAMES_LENGTH;
  if (items.every(isScalar) && spelled) return names.join(', ');
  const count = countOf(items, field);
  return spelled ? `${count}: ${names.join(', ')}` : count;
}

/** "1 rule", "3 rules". */
function countOf(items: readonly Json[], field: string): string {
  const [one, many] = LIST_NOUNS[field] ?? ['item', 'items'];
  return `${items.length} ${items.length === 1 ? one : many}`;
}

/** A scalar as people read it: yes/no, the wizard's words for a choice, or the value as it is. */
function scalarSummary(value: Json, path: readonly string[]): string {
  if (value === undefined || value === null) return NOT_SET;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = String(value);
  return VALUE_WORDS[contextOf(path, path.length - 1)]?.[text] ?? text;
}

/** Fields that say what a section is, best first. */
const LEAD_FIELDS = ['name', 'kind', 'placement'];
/** Most scalar fields shown for a section without a name. */
const MAX_FIELDS = 3;

/** "nsg-training (existing, 1 rule)", or for a section without a name its first settings. */
function sectionSummary(section: JsonRecord, path: readonly string[]): string {
  const lead = LEAD_FIELDS.find((field) => typeof section[field] === 'string');
  const details = Object.entries(section).flatMap(([field, value]): string[] => {
    if (field === lead || value === undefined) return [];
    if (Array.isArray(value)) return value.length > 0 ? [countOf(value, field)] : [];
    if (field === 'mode' || field === 'addressPrefix') return [String(value)];
    return [];
  });
  if (lead !== undefined) {
    const name = scalarSummary(section[lead], [...path, lead]);
    return details.length > 0 ? `${name} (${details.join(', ')})` : name;
  }
  const settings = Object.entries(section).flatMap(([field, value]): string[] => {
    const named = isRecord(value) ? LEAD_FIELDS.find((lead) => typeof value[lead] === 'string') : undefined;
    if (value === undefined || (!isScalar(value) && named === undefined)) return [];
    const shown = isRecord(value) && named !== undefined ? value[named] : value;
    return [`${labelOf([field]).toLowerCase()}: ${scalarSummary(shown, [...path, field])}`];
  });
  const shown = [...settings.slice(0, MAX_FIELDS), ...(settings.length > MAX_FIELDS ? ['…'] : [])];
  return shown.length > 0 ? shown.join(', ') : 'set';
}

function summary(value: Json, path: readonly string[]): string {
  if (Array.isArray(value)) return listSummary(value, path.at(-1) ?? '');
  if (isRecord(value)) return sectionSummary(value, path);
  return scalarSummary(value, path);
}

/** A list compared item by item, by name: what was added, removed, or is in both but differs. */
function listChange(before: readonly Json[], after: readonly Json[], path: readonly string[]): PlanChange {
  const group = (items: readonly Json[]) => {
    const groups = new Map<string, Json[]>();
    for (const item of items) groups.set(itemName(item), [...(groups.get(itemName(item)) ?? []), item]);
    return groups;
  };
  const was = group(before);
  const now = group(after);
  const field = path.at(-1) ?? '';
  const change = {
    path: path.join('.'),
    label: labelOf(path),
    before: listSummary(before, field),
    after: listSummary(after, field),
  };
  const added = [...now.keys()].filter((name) => !was.has(name));
  const removed = [...was.keys()].filter((name) => !now.has(name));
  const changed = [...now.keys()].filter((name) => was.has(name) && !sameJson(was.get(name), now.get(name)));
  return {
    ...change,
    ...(added.length > 0 ? { added } : {}),
    ...(removed.length > 0 ? { removed } : {}),
    ...(changed.length > 0 ? { changed } : {}),
  };
}

function walk(before: Json, after: Json, path: readonly string[], changes: PlanChange[]): void {
  if (sameJson(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    for (const key of keysOf(before, after, path.length === 0))
      walk(before[key], after[key], [...path, key], changes);
    return;
  }
  const asList = (value: Json) => (value === undefined ? [] : value);
  const list = [asList(before), asList(after)];
  if (list.every(Array.isArray) && list.some(Array.isArray)) {
    changes.push(listChange(list[0] as Json[], list[1] as Json[], path));
    return;
  }
  changes.push({
    path: path.join('.'),
    label: labelOf(path),
    before: summary(before, path),
    after: summary(after, path),
  });
}

/**
 * What differs between two plans, as changes a person can read and confirm: one per changed value, in the
 * order of the wizard's steps, each with its dotted path, its label in words and the values before and
 * after. A list of named things (security rules, routes, subnets, prefixes) is one change that names what
 * was added, removed or changed. Pure and deterministic: the same two plans always give the same list.
 */
export function diffPlans(before: Plan, after: Plan): PlanChange[] {
  const changes: PlanChange[] = [];
  walk(before, after, [], changes);
  return changes;
}
