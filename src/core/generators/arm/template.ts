import type { ParamSpec } from '../../resources/params.ts';
import { armLiteral } from './escape.ts';

/** A JSON value as it appears in a template. */
export type Json = string | number | boolean | null | readonly Json[] | JsonObject;
/** A JSON object; `undefined` members are left out by JSON.stringify (optional properties). */
export interface JsonObject {
  readonly [key: string]: Json | undefined;
}

/** One resource of a deployment template (the fields this generator uses). */
export interface ArmResource {
  readonly type: string;
  readonly apiVersion: string;
  readonly name: string;
  readonly condition?: string;
  readonly subscriptionId?: string;
  readonly resourceGroup?: string;
  readonly location?: string;
  readonly sku?: JsonObject | string;
  readonly identity?: JsonObject | string;
  readonly dependsOn?: readonly string[];
  readonly kind?: string;
  readonly tags?: string;
  /** An object, or an expression (an update merges the current properties with its changes). */
  readonly properties: JsonObject | string;
}

/** A template parameter (type, default, constraints, description). */
export interface ArmParameter {
  readonly type: 'string' | 'int' | 'bool' | 'array' | 'securestring' | 'object';
  readonly defaultValue?: Json;
  readonly allowedValues?: readonly Json[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly metadata?: { readonly description: string };
}

/**
 * A deployment template (2019-04-01 schema).
 * @see https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax
 */
export interface ArmTemplate {
  readonly $schema: string;
  readonly contentVersion: string;
  readonly metadata?: JsonObject;
  readonly parameters: { readonly [name: string]: ArmParameter };
  readonly variables?: JsonObject;
  readonly resources: readonly ArmResource[];
  readonly outputs?: { readonly [name: string]: { readonly type: string; readonly value: Json } };
}

/** `$schema` of deployment templates and of parameter files. */
export const TEMPLATE_SCHEMA =
  'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
export const PARAMETERS_SCHEMA =
  'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

/** Every string of a user-supplied value made literal (a leading `[` escaped). */
export function literalJson(value: Json): Json {
  if (typeof value === 'string') return armLiteral(value);
  if (Array.isArray(value)) return value.map(literalJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, literalJson(item as Json)]));
  }
  return value;
}

/** A template parameter from its spec; `withDefault` puts the plan's value in as the default. */
export function armParameter(spec: ParamSpec, withDefault: boolean): ArmParameter {
  const type = spec.type === 'secureString' ? 'securestring' : spec.type;
  return {
    type,
    ...(withDefault && spec.value !== undefined ? { defaultValue: literalJson(spec.value) } : {}),
    ...(spec.type === 'secureString' && withDefault && spec.name === 'databricksAccessToken'
      ? { defaultValue: '' }
      : {}),
    ...(spec.allowed ? { allowedValues: spec.allowed.map(armLiteral) } : {}),
    ...(spec.minLength === undefined ? {} : { minLength: spec.minLength }),
    ...(spec.maxLength === undefined ? {} : { maxLength: spec.maxLength }),
    ...(spec.minValue === undefined ? {} : { minValue: spec.minValue }),
    ...(spec.maxValue === undefined ? {} : { maxValue: spec.maxValue }),
    metadata: { description: spec.description },
  };
}

/** Prints a template or parameters file: two-space JSON, LF, trailing newline. */
export function printJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
