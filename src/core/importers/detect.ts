import { flattenArm, isJsonObject, type JsonObject } from './normalize.ts';

/** What a pasted document is. */
export type ArmDocumentKind =
  | 'vnet'
  | 'subnet'
  | 'nsg'
  | 'routeTable'
  | 'privateEndpoint'
  | 'privateDnsZone'
  | 'privateDnsLink'
  | 'armTemplate'
  | 'unknown';

/** The kinds an importer turns into plan pieces. */
export type ImportableKind = Exclude<ArmDocumentKind, 'armTemplate' | 'unknown'>;

export interface ArmDetection {
  readonly kind: ArmDocumentKind;
  /** The resource's name when the document is one of the importable kinds. */
  readonly name?: string;
  /** One sentence for the person who pasted it: what it is, and for anything not importable, what to paste. */
  readonly message: string;
}

/** The command whose `-o json` output each importer reads. */
export const SHOW_COMMANDS: Record<ImportableKind, string> = {
  vnet: 'az network vnet show -g <rg> -n <name> -o json',
  subnet: 'az network vnet subnet show -g <rg> --vnet-name <vnet> -n <name> -o json',
  nsg: 'az network nsg show -g <rg> -n <name> -o json',
  routeTable: 'az network route-table show -g <rg> -n <name> -o json',
  privateEndpoint: 'az network private-endpoint show -g <rg> -n <name> -o json',
  privateDnsZone: 'az network private-dns zone show -g <rg> -n <zone> -o json',
  privateDnsLink: 'az network private-dns link vnet list -g <rg> -z <zone> -o json',
};

/** Each kind's noun, one and many, for what a list holds. */
const NOUNS: Record<ImportableKind, readonly [string, string]> = {
  vnet: ['virtual network', 'virtual networks'],
  subnet: ['subnet', 'subnets'],
  nsg: ['network security group', 'network security groups'],
  routeTable: ['route table', 'route tables'],
  privateEndpoint: ['private endpoint', 'private endpoints'],
  privateDnsZone: ['private DNS zone', 'private DNS zones'],
  privateDnsLink: [
    'virtual network link of a private DNS zone',
    'virtual network links of private DNS zones',
  ],
};

/** "a network security group": one of `kind`, for sentences. */
const aKind = (kind: ImportableKind): string => `a ${NOUNS[kind][0]}`;

/** Kinds whose `list` output (a JSON array of them) is read as well as one `show`. */
export const LISTABLE_KINDS: readonly ImportableKind[] = ['privateDnsZone', 'privateDnsLink'];

const ARM_TYPES: Record<string, ImportableKind> = {
  'microsoft.network/virtualnetworks': 'vnet',
  'microsoft.network/virtualnetworks/subnets': 'subnet',
  'microsoft.network/networksecuritygroups': 'nsg',
  'microsoft.network/routetables': 'routeTable',
  'microsoft.network/privateendpoints': 'privateEndpoint',
  'microsoft.network/privatednszones': 'privateDnsZone',
  'microsoft.network/privatednszones/virtualnetworklinks': 'privateDnsLink',
};

const pasteHint = (kind: ImportableKind): string => `paste the output of \`${SHOW_COMMANDS[kind]}\``;

const ANY_SHOW =
  `paste the output of one of \`${SHOW_COMMANDS.vnet}\`, \`${SHOW_COMMANDS.subnet}\`, ` +
  `\`${SHOW_COMMANDS.nsg}\` or \`${SHOW_COMMANDS.routeTable}\``;

/** The importable kind from the `type` field, or from the fields only that kind has when `type` is missing. */
function kindOf(resource: JsonObject): ImportableKind | undefined {
  if (typeof resource.type === 'string') return ARM_TYPES[resource.type.toLowerCase()];
  if (isJsonObject(resource.addressSpace)) return 'vnet';
  if (Array.isArray(resource.securityRules) || Array.isArray(resource.defaultSecurityRules)) return 'nsg';
  if (Array.isArray(resource.routes)) return 'routeTable';
  if (Array.isArray(resource.privateLinkServiceConnections)) return 'privateEndpoint';
  if (isJsonObject(resource.virtualNetwork) && 'registrationEnabled' in resource) return 'privateDnsLink';
  if (typeof resource.numberOfRecordSets === 'number') return 'privateDnsZone';
  if ('nextHopType' in resource || 'priority' in resource) return undefined;
  if (typeof resource.addressPrefix === 'string' || Array.isArray(resource.addressPrefixes)) return 'subnet';
  return undefined;
}

interface Unknown {
  /** What the document is, as the start of a sentence. */
  readonly lead: string;
  /** What to paste instead, when it differs from the general advice. */
  readonly advice?: string;
}

/** What a JSON object is when it is none of the importable kinds. */
function unknownObject(document: JsonObject, resource: JsonObject): Unknown {
  if (isTemplate(document)) {
    return {
      lead: 'This is an ARM template, not a deployed resource',
      advice: `to audit what is deployed, ${ANY_SHOW}`,
    };
  }
  if (Array.isArray(document.value)) return unknownList(document.value, 'This is an ARM list');
  if (isJsonObject(document.error)) {
    const code = typeof document.error.code === 'string' ? ` (${document.error.code})` : '';
    return { lead: `This is an error response from Azure${code}, not a resource` };
  }
  if (typeof document.version === 'number' && isJsonObject(document.workspace)) {
    return {
      lead: 'This looks like a plan file, not an Azure resource',
      advice: 'open it with "Import plan" instead',
    };
  }
  if ('nextHopType' in resource)
    return { lead: 'This looks like a single route', advice: `${pasteHint('routeTable')}` };
  if ('priority' in resource && 'direction' in resource) {
    return { lead: 'This looks like a single security rule', advice: `${pasteHint('nsg')}` };
  }
  if (typeof resource.type === 'string') {
    return { lead: `This looks like a ${resource.type} resource, which this wizard doesn't audit` };
  }
  return { lead: "This doesn't look like a virtual network, subnet, network security group or route table" };
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** `a`, `a and b`, `a, b and c`. */
export function wordList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** A resource's name, or empty when it has none. */
const nameOf = (item: unknown): string => {
  const resource = isJsonObject(item) ? flattenArm(item) : undefined;
  return isJsonObject(resource) && typeof resource.name === 'string' ? resource.name : '';
};

/** Names are spelled out for at most this many resources of a kind in a list. */
const MAX_NAMED = 3;

/** A list's items by kind, each with its name (empty when it has none); unrecognised items are counted. */
function listContents(items: readonly unknown[]) {
  const byKind = new Map<ImportableKind, string[]>();
  let others = 0;
  for (const item of items) {
    const resource = isJsonObject(item) ? (flattenArm(item) as JsonObject) : undefined;
    const kind = resource === undefined ? undefined : kindOf(resource);
    if (resource === undefined || kind === undefined) {
      others += 1;
      continue;
    }
    byKind.set(kind, [...(byKind.get(kind) ?? []), nameOf(resource)]);
  }
  return { byKind, others };
}

/** `2 network security groups ("a", "b")`: how many of a kind, named when there are few. */
function countOf(kind: ImportableKind, names: readonly string[]): string {
  const [one, many] = NOUNS[kind];
  const named = names.filter((name) => name !== '');
  const shown =
    named.length > 0 && named.length <= MAX_NAMED ? ` (${named.map((n) => `"${n}"`).join(', ')})` : '';
  return `${names.length} ${names.length === 1 ? one : many}${shown}`;
}

/**
 * What a list (`az … list` output, or ARM's `{ "value": [...] }`) holds when it isn't read as a whole: the
 * resources in it by kind, so the person sees what was pasted, and the `show` command for one of them.
 */
function unknownList(items: readonly unknown[], lead: string): Unknown {
  if (items.length === 0) return { lead: `${lead} with nothing in it` };
  const { byKind, others } = listContents(items);
  if (byKind.size === 0) {
    return {
      lead: `${lead} of ${plural(items.length, 'item')}, ${items.length === 1 ? 'which is not' : 'none of them'} a network resource this wizard reads`,
    };
  }
  const parts = [...byKind].map(([kind, names]) => countOf(kind, names));
  if (others > 0) parts.push(plural(others, 'other item'));
  const [only] = byKind.keys();
  const advice =
    byKind.size === 1 && others === 0 && only !== undefined
      ? { advice: `${pasteHint(only)} for the one to audit` }
      : {};
  return { lead: `${lead} of ${wordList(parts)}, not one resource`, ...advice };
}

const isTemplate = (document: JsonObject): boolean =>
  typeof document.$schema === 'string' && /deploymentTemplate/i.test(document.$schema);

/** The kind of a non-empty `list` output whose items are all zones, or all links, of private DNS. */
function listKind(json: readonly unknown[]): ImportableKind | undefined {
  const kinds = new Set(
    json.map((item) => (isJsonObject(item) ? kindOf(flattenArm(item) as JsonObject) : undefined)),
  );
  const [kind] = [...kinds];
  return kinds.size === 1 && kind !== undefined && LISTABLE_KINDS.includes(kind) ? kind : undefined;
}

/** What `json` is when it is not an importable resource, or undefined when it is one. */
function describeUnknown(json: unknown): Unknown | undefined {
  if (Array.isArray(json))
    return listKind(json) === undefined ? unknownList(json, 'This is a list') : undefined;
  if (!isJsonObject(json)) return { lead: 'This is not a JSON object' };
  const resource = flattenArm(json) as JsonObject;
  return isTemplate(json) || kindOf(resource) === undefined ? unknownObject(json, resource) : undefined;
}

/**
 * Tells what a pasted JSON document is: the output of `az network vnet show`, `az network vnet subnet show`,
 * `az network nsg show` or `az network route-table show` (flattened), the same resources from the ARM REST
 * API (nested under `properties`), an ARM template, or something else, with a sentence saying what to paste.
 * @see https://learn.microsoft.com/cli/azure/network/nsg#az-network-nsg-show
 */
export function detectArmJson(json: unknown): ArmDetection {
  const unknown = describeUnknown(json);
  if (unknown !== undefined) {
    const kind = isJsonObject(json) && isTemplate(json) ? 'armTemplate' : 'unknown';
    return { kind, message: `${unknown.lead}; ${unknown.advice ?? ANY_SHOW}.` };
  }
  if (Array.isArray(json)) {
    const kind = listKind(json) as ImportableKind;
    return {
      kind,
      message: `This is a list of ${countOf(kind, json.map(nameOf))}.`,
    };
  }
  const resource = flattenArm(json) as JsonObject;
  const kind = kindOf(resource) as ImportableKind;
  const name = typeof resource.name === 'string' ? resource.name : undefined;
  const named = name === undefined ? '' : ` "${name}"`;
  return { kind, ...(name === undefined ? {} : { name }), message: `This is ${aKind(kind)}${named}.` };
}

/**
 * The message an importer gives when handed the wrong kind of document, or undefined when `json` is `expected`.
 */
export function wrongKindMessage(json: unknown, expected: ImportableKind): string | undefined {
  const unknown = describeUnknown(json);
  if (unknown !== undefined) return `${unknown.lead}; ${pasteHint(expected)}.`;
  const kind = kindOf(flattenArm(json) as JsonObject);
  if (kind === expected || kind === undefined) return undefined;
  return `This looks like ${aKind(kind)}, not ${aKind(expected)}; ${pasteHint(expected)}.`;
}

/** What to do when a document of `kind` is missing fields or has wrong ones. */
export const pasteUnedited = (kind: ImportableKind): string =>
  `Paste the unedited output of \`${SHOW_COMMANDS[kind]}\`.`;

/** Largest pasted document accepted, so a huge paste can't stall the page. */
export const MAX_ARM_JSON_BYTES = 4 * 1024 * 1024;

export type ArmTextResult = { ok: true; json: unknown } | { ok: false; message: string };

/** Parses pasted text as JSON, with a message that says which `-o json` command to run when it isn't. */
export function parseArmText(text: string): ArmTextResult {
  if (text.length > MAX_ARM_JSON_BYTES) {
    return {
      ok: false,
      message: `This is more than ${MAX_ARM_JSON_BYTES / 1024 / 1024} MB; paste the output for one resource.`,
    };
  }
  if (text.trim() === '') return { ok: false, message: `Nothing was pasted; ${ANY_SHOW}.` };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof SyntaxError ? ` (${error.message})` : '';
    return {
      ok: false,
      message: `This is not valid JSON${reason}. Run the command with \`-o json\`: ${ANY_SHOW}.`,
    };
  }
}
