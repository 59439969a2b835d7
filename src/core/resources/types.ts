/**
 * The Azure resources a bundle deploys, in ARM shape with typed references instead of expression
 * strings. Printers turn references into their language (`[parameters('x')]`, `x`, `var.x`, `"$X"`);
 * a plain string is always a literal value and goes through the printer's escaper.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax#resources
 */

/** Which resource group a resource lives in: the workspace's, or the virtual network's (maybe another). */
export type ResourceScope = 'workspace' | 'network';

/** A deployment parameter the user supplies (see `ParamSpec`). */
export interface ParamRef {
  readonly ref: 'param';
  readonly name: string;
}

/** One segment of a resource name: a literal or a parameter. */
export type NamePart = string | ParamRef;

/** The id of a resource, by type and name segments, in one of the deployment's resource groups. */
export interface IdRef {
  readonly ref: 'id';
  readonly scope: ResourceScope;
  readonly type: string;
  readonly names: readonly NamePart[];
}

/** A property of a resource this deployment creates, read once it exists (e.g. a Databricks URL). */
export interface PropertyRef {
  readonly ref: 'property';
  /** `key` of the resource. */
  readonly key: string;
  readonly property: string;
}

/** The id of a resource group of the deployment's subscription (a Databricks managed group). */
export interface ResourceGroupIdRef {
  readonly ref: 'resourceGroupId';
  readonly name: string;
}

/** Any reference a value may hold. */
export type Ref = ParamRef | IdRef | PropertyRef | ResourceGroupIdRef;

/** A value of a resource body; `undefined` members are left out. */
export type Value = string | number | boolean | Ref | readonly Value[] | ValueObject;
/** An object of a resource body. */
export interface ValueObject {
  readonly [key: string]: Value | undefined;
}

/**
 * What a resource is to the deployment: `create` (the whole body is ours), `update` (an existing
 * resource: `properties` holds only what changes, every printer keeps the rest as it is), or
 * `reference` (exists and is only pointed at; nothing is deployed).
 */
export type ResourceAction = 'create' | 'update' | 'reference';

/** A condition on a deployed resource: every clause must hold. */
export type ConditionClause =
  | { readonly kind: 'paramTrue'; readonly name: string }
  | { readonly kind: 'paramNotEmpty'; readonly name: string };

/** One Azure resource of the deployment. */
export interface AzureResource {
  /** Unique and stable within a deployment; printers derive symbolic names from it. */
  readonly key: string;
  readonly type: string;
  readonly apiVersion: string;
  readonly scope: ResourceScope;
  readonly action: ResourceAction;
  /** Name segments: one for a top-level resource, the parent's then its own for a child. */
  readonly name: readonly NamePart[];
  readonly location?: Value;
  readonly sku?: ValueObject;
  readonly identity?: ValueObject;
  readonly properties: ValueObject;
  /** `key`s of resources that must be deployed first. */
  readonly dependsOn: readonly string[];
  /** Deployed only when every clause holds (e.g. `deployCompute` skips an attach on re-runs). */
  readonly condition?: readonly ConditionClause[];
  /** One line for people: what this resource is and what the deployment does to it. */
  readonly summary: string;
}

/** Whether a value is a reference (rather than a literal, array or object). */
export function isRef(value: Value | undefined): value is Ref {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { ref?: unknown }).ref === 'string' &&
    ['param', 'id', 'property', 'resourceGroupId'].includes((value as { ref: string }).ref)
  );
}

/** A parameter reference. */
export const paramRef = (name: string): ParamRef => ({ ref: 'param', name });

/** A resource id reference. */
export const idRef = (scope: ResourceScope, type: string, ...names: NamePart[]): IdRef => ({
  ref: 'id',
  scope,
  type,
  names,
});

/** The id of a resource of the model. */
export const idOf = (resource: AzureResource): IdRef =>
  idRef(resource.scope, resource.type, ...resource.name);
