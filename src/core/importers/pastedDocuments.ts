import {
  LISTABLE_KINDS,
  detectArmJson,
  parseArmText,
  type ArmDocumentKind,
  type ImportableKind,
} from './detect.ts';

/** One pasted text or uploaded file. */
export interface PastedText {
  /** Where it came from, for messages: "Pasted text" or a file name. */
  readonly source: string;
  readonly text: string;
}

/** What one document was understood to be. */
export interface Understood {
  readonly source: string;
  readonly kind: ArmDocumentKind | 'invalid';
  readonly name?: string;
  readonly message: string;
}

/**
 * The documents sorted by kind, with what each was understood to be: the first of each kind, except
 * private DNS zones and links, of which every one is kept (an array under their kind, items of `list`
 * output included).
 */
export interface PastedSet {
  readonly understood: readonly Understood[];
  readonly documents: Partial<Record<ImportableKind, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TEMPLATE_TYPES: Readonly<Record<string, ImportableKind>> = {
  'microsoft.network/virtualnetworks': 'vnet',
  'microsoft.network/virtualnetworks/subnets': 'subnet',
  'microsoft.network/networksecuritygroups': 'nsg',
  'microsoft.network/routetables': 'routeTable',
};

/** The network resources an ARM template declares, by kind (expressions such as `[parameters('x')]` stay as text). */
function templateResources(
  template: Record<string, unknown>,
): { kind: ImportableKind; json: Record<string, unknown> }[] {
  const resources = Array.isArray(template.resources) ? template.resources : [];
  return resources.flatMap((resource) => {
    if (!isRecord(resource) || typeof resource.type !== 'string') return [];
    const kind = TEMPLATE_TYPES[resource.type.toLowerCase()];
    return kind === undefined ? [] : [{ kind, json: resource }];
  });
}

const KIND_WORDS: Record<ImportableKind, string> = {
  vnet: 'virtual network',
  subnet: 'subnet',
  nsg: 'network security group',
  routeTable: 'route table',
  privateEndpoint: 'private endpoint',
  privateDnsZone: 'private DNS zone',
  privateDnsLink: 'private DNS zone link',
};

function nameOf(json: unknown): string | undefined {
  return isRecord(json) && typeof json.name === 'string' ? json.name : undefined;
}

/** Adds `json` under `kind` unless one is there already; the sentence says which happened. */
function keep(
  documents: Partial<Record<ImportableKind, unknown>>,
  kind: ImportableKind,
  json: unknown,
  lead: string,
) {
  if (LISTABLE_KINDS.includes(kind)) {
    const kept = Array.isArray(documents[kind]) ? (documents[kind] as unknown[]) : [];
    documents[kind] = [...kept, ...(Array.isArray(json) ? json : [json])];
    return lead;
  }
  if (documents[kind] !== undefined) {
    return `${lead} Another ${KIND_WORDS[kind]} was pasted first, so this one is not used; audit one of each kind at a time.`;
  }
  documents[kind] = json;
  return lead;
}

function readTemplate(
  source: string,
  json: Record<string, unknown>,
  documents: Partial<Record<ImportableKind, unknown>>,
): Understood[] {
  const found = templateResources(json);
  if (found.length === 0) {
    return [{ source, kind: 'armTemplate', message: detectArmJson(json).message }];
  }
  return found.map(({ kind, json: resource }) => {
    const name = nameOf(resource);
    const lead = `An ARM template resource: ${KIND_WORDS[kind]}${name === undefined ? '' : ` "${name}"`}.`;
    return {
      source,
      kind,
      ...(name === undefined ? {} : { name }),
      message: keep(documents, kind, resource, lead),
    };
  });
}

/**
 * Reads pasted `az network … show -o json` output, ARM REST bodies and ARM templates: what each document
 * is, and the first virtual network, subnet, NSG and route table among them.
 * @see https://learn.microsoft.com/cli/azure/network/vnet/subnet#az-network-vnet-subnet-show
 */
export function readPasted(texts: readonly PastedText[]): PastedSet {
  const documents: Partial<Record<ImportableKind, unknown>> = {};
  const understood = texts.flatMap(({ source, text }): Understood[] => {
    const parsed = parseArmText(text);
    if (!parsed.ok) return [{ source, kind: 'invalid', message: parsed.message }];
    const detection = detectArmJson(parsed.json);
    if (detection.kind === 'armTemplate' && isRecord(parsed.json))
      return readTemplate(source, parsed.json, documents);
    if (detection.kind === 'armTemplate' || detection.kind === 'unknown') {
      return [{ source, kind: detection.kind, message: detection.message }];
    }
    const named = detection.name === undefined ? {} : { name: detection.name };
    return [
      {
        source,
        kind: detection.kind,
        ...named,
        message: keep(documents, detection.kind, parsed.json, detection.message),
      },
    ];
  });
  return { understood, documents };
}
