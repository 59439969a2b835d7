/**
 * Prints the resource model as Bicep declarations: values become Bicep values (literals escaped),
 * references become symbols, parameters or `resourceId(…)`. No resource body is built here, so a new
 * resource type needs no code.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/bicep/resource-declaration
 */
import {
  isRef,
  type AzureResource,
  type ConditionClause,
  type NamePart,
  type Ref,
  type ResourceScope,
  type Value,
} from '../../resources/index.ts';
import { bicepString } from './escape.ts';
import { IdentifierScope, printValue, raw, type BicepValue } from './print.ts';

/** One Bicep file: its scope, the resources it declares (by key, with their symbols), and the model. */
export interface BicepFileContext {
  readonly scope: ResourceScope;
  readonly byKey: ReadonlyMap<string, AzureResource>;
  readonly symbols: ReadonlyMap<string, string>;
  /** What a key outside this file is waited for by (a module symbol). */
  readonly external: (key: string) => string | undefined;
}

/** A symbolic name for a resource key: `subnet:compute` → `computeSubnet`, `nsg:nsg-a` → `nsgA`. */
export function symbolText(key: string): string {
  const [kind, ...rest] = key.split(':');
  const tail = rest.join(' ');
  if (tail === '') return key;
  return kind === 'subnet' ? `${tail} subnet` : tail;
}

/** Symbols for the resources declared in one file. */
export function assignSymbols(
  resources: readonly AzureResource[],
  scope: IdentifierScope,
): Map<string, string> {
  return new Map(resources.map((resource) => [resource.key, scope.take(symbolText(resource.key))]));
}

const sameName = (a: readonly NamePart[], b: readonly NamePart[]) => JSON.stringify(a) === JSON.stringify(b);

/** The declared resource a type and name point at, if this file declares it. */
function declared(ctx: BicepFileContext, type: string, names: readonly NamePart[]): string | undefined {
  for (const [key, symbol] of ctx.symbols) {
    const resource = ctx.byKey.get(key);
    if (resource && resource.type === type && sameName(resource.name, names)) return symbol;
  }
  return undefined;
}

const namePart = (part: NamePart): string => (typeof part === 'string' ? bicepString(part) : part.name);

/** `resourceId(…)`, from this file's resource group (another group is named by parameters). */
export function resourceIdText(
  ctx: BicepFileContext,
  scope: ResourceScope,
  type: string,
  names: readonly NamePart[],
): string {
  const where =
    scope === 'network' && ctx.scope === 'workspace' ? 'vnetSubscriptionId, vnetResourceGroup, ' : '';
  return `resourceId(${where}${bicepString(type)}, ${names.map(namePart).join(', ')})`;
}

function refText(ref: Ref, ctx: BicepFileContext): string {
  switch (ref.ref) {
    case 'param':
      return ref.name;
    case 'id': {
      const symbol = declared(ctx, ref.type, ref.names);
      return symbol ? `${symbol}.id` : resourceIdText(ctx, ref.scope, ref.type, ref.names);
    }
    case 'resourceGroupId':
      return `subscriptionResourceId('Microsoft.Resources/resourceGroups', ${bicepString(ref.name)})`;
    case 'property': {
      const symbol = ctx.symbols.get(ref.key);
      if (!symbol) throw new Error(`${ref.key} is not declared in this Bicep file`);
      return `${symbol}.properties.${ref.property}`;
    }
  }
}

/** A model value as a Bicep value. */
export function bicepValue(value: Value, ctx: BicepFileContext): BicepValue {
  if (typeof value !== 'object') return value;
  if (isRef(value)) return raw(refText(value, ctx));
  if (Array.isArray(value)) return (value as readonly Value[]).map((item) => bicepValue(item, ctx));
  const out: Record<string, BicepValue> = {};
  for (const [key, item] of Object.entries(value as Record<string, Value | undefined>)) {
    if (item !== undefined) out[key] = bicepValue(item, ctx);
  }
  return out;
}

function conditionText(clauses: readonly ConditionClause[]): string {
  return clauses.map((c) => (c.kind === 'paramTrue' ? c.name : `!empty(${c.name})`)).join(' && ');
}

/** The parent a child resource is declared under in this file, if any. */
function parentSymbol(resource: AzureResource, ctx: BicepFileContext): string | undefined {
  if (resource.name.length < 2) return undefined;
  const parentType = resource.type.split('/').slice(0, -1).join('/');
  return declared(ctx, parentType, resource.name.slice(0, -1));
}

function nameAndParent(resource: AzureResource, ctx: BicepFileContext): Record<string, BicepValue> {
  const parent = parentSymbol(resource, ctx);
  const last = resource.name[resource.name.length - 1] ?? '';
  const part = (p: NamePart): BicepValue => (typeof p === 'string' ? p : raw(p.name));
  if (parent) return { parent: raw(parent), name: part(last) };
  if (resource.name.length === 1) return { name: part(last) };
  const slots = resource.name.map((_, index) => `{${index}}`).join('/');
  return { name: raw(`format(${bicepString(slots)}, ${resource.name.map(namePart).join(', ')})`) };
}

function dependencies(resource: AzureResource, ctx: BicepFileContext): BicepValue[] | undefined {
  const symbols = new Set<string>();
  for (const key of resource.dependsOn) {
    const target = ctx.byKey.get(key);
    if (!target || target.action === 'reference') continue;
    const symbol = ctx.symbols.get(key) ?? ctx.external(key);
    if (symbol) symbols.add(symbol);
  }
  return symbols.size > 0 ? [...symbols].map(raw) : undefined;
}

/** Name of the parameter an update's current state is passed in (read by the file above). */
export const currentParam = (resource: AzureResource): string =>
  `${symbolText(resource.key).replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}Current`;

/**
 * A `resource` declaration: `existing` for a reference, the whole body for a creation, and for an
 * update its current state (passed in) merged with only what changes.
 */
export function declaration(resource: AzureResource, ctx: BicepFileContext): string {
  const symbol = ctx.symbols.get(resource.key) ?? 'resource';
  const head = `resource ${symbol} ${bicepString(`${resource.type}@${resource.apiVersion}`)}`;
  const names = nameAndParent(resource, ctx);
  if (resource.action === 'reference') return `${head} existing = ${printValue(names)}\n`;
  const condition = resource.condition ? ` if (${conditionText(resource.condition)})` : '';
  const body: Record<string, BicepValue | undefined> = { ...names };
  if (resource.action === 'update') {
    const current = currentParam(resource);
    const changes = printValue(bicepValue(resource.properties, ctx), '  ');
    if (resource.scope === 'workspace') {
      Object.assign(body, {
        location: raw(`${current}.location`),
        identity: raw(`${current}.identity`),
        sku: raw(`${current}.sku`),
        kind: raw(`${current}.kind`),
        tags: raw(`${current}.?tags ?? {}`),
      });
    }
    body.properties = raw(
      `union(${current}${resource.scope === 'workspace' ? '.properties' : ''}, ${changes})`,
    );
  } else {
    Object.assign(body, {
      location: resource.location === undefined ? undefined : bicepValue(resource.location, ctx),
      sku: resource.sku ? bicepValue(resource.sku, ctx) : undefined,
      identity: resource.identity ? bicepValue(resource.identity, ctx) : undefined,
      properties: bicepValue(resource.properties, ctx),
    });
  }
  body.dependsOn = dependencies(resource, ctx);
  return `${head} =${condition} ${printValue(body)}\n`;
}

/** The expression that reads an updated resource's current state, from the file above it. */
export function currentStateText(resource: AzureResource, ctx: BicepFileContext): string {
  const id = resourceIdText(ctx, resource.scope, resource.type, resource.name);
  return `reference(${id}, ${bicepString(resource.apiVersion)}${resource.scope === 'workspace' ? `, 'Full'` : ''})`;
}
