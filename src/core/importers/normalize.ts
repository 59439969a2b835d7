import * as z from 'zod/mini';

export type JsonObject = Record<string, unknown>;

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `az … show -o json` prints a resource flattened (`securityRules[i].access`), while the ARM REST API
 * nests the same fields under `properties` (`securityRules[i].properties.access`). Lifting `properties`
 * to the top level, and dropping nulls (which `az` prints for unset fields), lets one schema read both.
 */
export function flattenArm(value: unknown): unknown {
  if (!isJsonObject(value)) return value;
  const { properties, ...envelope } = value;
  const merged = isJsonObject(properties) ? { ...envelope, ...properties } : value;
  return Object.fromEntries(Object.entries(merged).filter(([, field]) => field !== null));
}

/** A zod object that reads an ARM resource in either shape (see {@link flattenArm}); unknown fields are ignored. */
export function armObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.pipe(z.transform(flattenArm), z.looseObject(shape));
}

/** A reference to another resource, as both shapes print it: `{ "id": "…" }`. */
export const armReference = z.looseObject({ id: z.string().check(z.minLength(1)) });

/**
 * A string enum that accepts any letter case and yields the canonical spelling, because ARM echoes
 * some values in the case they were written in (`"tcp"`, `"inbound"`).
 */
export function caseInsensitiveEnum<const Values extends readonly string[]>(values: Values) {
  return z.pipe(
    z.transform((input) =>
      typeof input === 'string'
        ? (values.find((v) => v.toLowerCase() === input.toLowerCase()) ?? input)
        : input,
    ),
    z.enum(values),
  );
}

/** The parts of an ARM resource id this wizard uses; absent when the id doesn't have them. */
export interface ArmIdParts {
  readonly subscriptionId?: string;
  readonly resourceGroup?: string;
  /** The virtual network a child resource (a subnet) belongs to. */
  readonly virtualNetwork?: string;
  /** The last segment: the resource's own name. */
  readonly name?: string;
}

/**
 * Splits `/subscriptions/{sub}/resourceGroups/{rg}/providers/{ns}/{type}/{name}/…`; segment names are
 * matched case-insensitively because ARM returns `resourcegroups` for some resources.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 */
export function parseArmId(id: string): ArmIdParts {
  const segments = id.split('/').filter((segment) => segment !== '');
  const indexOf = (key: string) => segments.findIndex((segment) => segment.toLowerCase() === key);
  const after = (key: string): string | undefined => {
    const index = indexOf(key);
    return index >= 0 ? segments[index + 1] : undefined;
  };
  const parts: { subscriptionId?: string; resourceGroup?: string; virtualNetwork?: string; name?: string } =
    {};
  const subscriptionId = after('subscriptions');
  const resourceGroup = after('resourcegroups');
  const vnetAt = indexOf('virtualnetworks');
  if (subscriptionId !== undefined) parts.subscriptionId = subscriptionId;
  if (resourceGroup !== undefined) parts.resourceGroup = resourceGroup;
  // Only a child's id names a VNet before its own name: `…/virtualNetworks/{vnet}/subnets/{name}`.
  if (vnetAt >= 0 && vnetAt + 3 < segments.length) parts.virtualNetwork = segments[vnetAt + 1];
  if (segments.length > 0) parts.name = segments.at(-1);
  return parts;
}

/** True when two resource ids name the same resource (ARM ids are case-insensitive). */
export const sameArmId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** `"East US 2"` → `"eastus2"`: the plan stores ARM region names. */
export const normalizeRegion = (location: string): string => location.toLowerCase().replace(/\s+/g, '');

/** IPv6 prefixes (dual-stack networks) are outside what this wizard checks; they contain a colon. */
export const isIpv6Text = (prefix: string): boolean => prefix.includes(':');

/** A resource's prefixes split by family, from `addressPrefix` and/or `addressPrefixes` (multi-prefix subnets). */
export function splitPrefixes(single: string | undefined, list: readonly string[] | undefined) {
  const all = [...(single === undefined ? [] : [single]), ...(list ?? [])].filter(
    (prefix, index, prefixes) => prefixes.indexOf(prefix) === index,
  );
  return { ipv4: all.filter((p) => !isIpv6Text(p)), ipv6: all.filter(isIpv6Text) };
}
