/**
 * Prints the resource model as ARM: values become JSON (literals escaped), references become
 * template expressions. No resource body is built here, so a new resource type needs no code.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-resource
 */
import { API_VERSIONS } from '../apiVersions.ts';
import type {
  AzureResource,
  ConditionClause,
  NamePart,
  Ref,
  ResourceScope,
  Value,
} from '../../resources/index.ts';
import { isRef } from '../../resources/index.ts';
import { armExpressionString as lit, armIdentifier, armLiteral, expr, param, variable } from './escape.ts';
import type { ArmResource, Json, JsonObject } from './template.ts';

/** Names of the nested deployments. */
export const NETWORK_DEPLOYMENT = 'aml-network';
export const updateDeploymentName = (resource: AzureResource): string =>
  `aml-update-${armIdentifier(resource.key)}`;

/** Where a value is printed: which resource group's template, and the model to resolve keys in. */
export interface ArmContext {
  readonly scope: ResourceScope;
  readonly byKey: ReadonlyMap<string, AzureResource>;
  /** True inside the network's nested template (which has no network scope parameters). */
  readonly nested: boolean;
}

const namePart = (part: NamePart): string => (typeof part === 'string' ? lit(part) : param(part.name));

/** `resourceId(…)` of a type and names, from the given scope (another group is named by parameters). */
export function resourceIdExpr(
  scope: ResourceScope,
  type: string,
  names: readonly NamePart[],
  ctx: ArmContext,
): string {
  const where =
    scope === 'network' && ctx.scope === 'workspace'
      ? `${param('vnetSubscriptionId')}, ${param('vnetResourceGroup')}, `
      : '';
  return `resourceId(${where}${lit(type)}, ${names.map(namePart).join(', ')})`;
}

function refExpr(ref: Ref, ctx: ArmContext): string {
  switch (ref.ref) {
    case 'param':
      return param(ref.name);
    case 'id':
      return resourceIdExpr(ref.scope, ref.type, ref.names, ctx);
    case 'resourceGroupId':
      return `subscriptionResourceId('Microsoft.Resources/resourceGroups', ${lit(ref.name)})`;
    case 'property': {
      const target = ctx.byKey.get(ref.key);
      if (!target) throw new Error(`No resource ${ref.key} in the model`);
      const id = resourceIdExpr(target.scope, target.type, target.name, ctx);
      return `reference(${id}, ${lit(target.apiVersion)}).${ref.property}`;
    }
  }
}

/** A value as template JSON. */
export function armValue(value: Value, ctx: ArmContext): Json {
  if (typeof value === 'string') return armLiteral(value);
  if (typeof value !== 'object') return value;
  if (isRef(value)) return expr(refExpr(value, ctx));
  if (Array.isArray(value)) return (value as readonly Value[]).map((item) => armValue(item, ctx));
  const out: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value as Record<string, Value | undefined>)) {
    if (item !== undefined) out[key] = armValue(item, ctx);
  }
  return out;
}

/** A resource's `name`: one segment as it is, a child's as `format('{0}/{1}', …)`. */
export function armName(name: readonly NamePart[]): string {
  const [only] = name;
  if (name.length === 1 && only !== undefined)
    return typeof only === 'string' ? armLiteral(only) : expr(param(only.name));
  const slots = name.map((_, index) => `{${index}}`).join('/');
  return expr(`format(${lit(slots)}, ${name.map(namePart).join(', ')})`);
}

function clauseExpr(clause: ConditionClause): string {
  return clause.kind === 'paramTrue' ? param(clause.name) : `not(empty(${param(clause.name)}))`;
}

function conditionExpr(clauses: readonly ConditionClause[]): string {
  const parts = clauses.map(clauseExpr);
  return expr(parts.length === 1 ? (parts[0] ?? '') : `and(${parts.join(', ')})`);
}

/** What another resource waits for: the resource, or the nested deployment that holds it. */
export function dependencyId(key: string, ctx: ArmContext): string | undefined {
  const target = ctx.byKey.get(key);
  if (!target || target.action === 'reference') return undefined;
  if (target.scope === 'network' && !ctx.nested) {
    return `resourceId(${param('vnetSubscriptionId')}, ${param('vnetResourceGroup')}, 'Microsoft.Resources/deployments', ${lit(NETWORK_DEPLOYMENT)})`;
  }
  if (target.action === 'update' && target.scope === 'workspace') {
    return `resourceId('Microsoft.Resources/deployments', ${lit(updateDeploymentName(target))})`;
  }
  return resourceIdExpr(target.scope, target.type, target.name, ctx);
}

function dependsOn(resource: AzureResource, ctx: ArmContext): string[] {
  const ids = resource.dependsOn.flatMap((key) => {
    const id = dependencyId(key, ctx);
    return id ? [expr(id)] : [];
  });
  return [...new Set(ids)];
}

/** Names of the parameter and variable an update's current state and its changes are held in. */
export const updateNames = (resource: AzureResource) => {
  const base = armIdentifier(resource.key);
  return { current: `${base}Current`, changes: `${base}Changes` };
};

/**
 * A created resource as it is; an updated one as its current state (read by the template above,
 * passed in as a parameter) merged with only what changes, so nothing else is reset.
 */
export function armResource(resource: AzureResource, ctx: ArmContext): ArmResource {
  const deps = dependsOn(resource, ctx);
  const update = resource.action === 'update' ? updateNames(resource) : undefined;
  const properties = update
    ? expr(
        `union(${param(update.current)}${resource.scope === 'workspace' ? '.properties' : ''}, ${variable(update.changes)})`,
      )
    : (armValue(resource.properties, ctx) as JsonObject);
  return {
    type: resource.type,
    apiVersion: resource.apiVersion,
    name: armName(resource.name),
    ...(resource.condition ? { condition: conditionExpr(resource.condition) } : {}),
    ...(resource.location === undefined ? {} : { location: armValue(resource.location, ctx) as string }),
    ...(resource.sku ? { sku: armValue(resource.sku, ctx) as JsonObject } : {}),
    ...(resource.identity ? { identity: armValue(resource.identity, ctx) as JsonObject } : {}),
    ...(deps.length > 0 ? { dependsOn: deps } : {}),
    properties: properties as JsonObject,
  };
}

/** The expression that reads an updated resource's current state, from the template above it. */
export function currentStateExpr(resource: AzureResource, ctx: ArmContext): string {
  const id = resourceIdExpr(resource.scope, resource.type, resource.name, ctx);
  const full = resource.scope === 'workspace' ? `, 'Full'` : '';
  return expr(`reference(${id}, ${lit(resource.apiVersion)}${full})`);
}

export const DEPLOYMENTS_API = API_VERSIONS.deployments;
