import type { ParamSpec } from '../../resources/params.ts';
import { bicepIdentifier, bicepKey, bicepString } from './escape.ts';

/** An expression already printed from identifiers and escaped strings (never from raw user text). */
export interface BicepExpr {
  readonly raw: string;
}

/** A value the printer writes: literals are escaped, expressions are printed as they are. */
export type BicepValue =
  | string
  | number
  | boolean
  | BicepExpr
  | readonly BicepValue[]
  | { readonly [key: string]: BicepValue | undefined };

/** Marks printed Bicep as an expression. */
export const raw = (text: string): BicepExpr => ({ raw: text });

const isExpr = (value: unknown): value is BicepExpr =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 1 &&
  'raw' in value;

/** Prints a value; strings are escaped literals, objects and arrays one member per line. */
export function printValue(value: BicepValue, indent = ''): string {
  if (typeof value === 'string') return bicepString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isExpr(value)) return value.raw;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item: BicepValue) => `${inner}${printValue(item, inner)}`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as { [key: string]: BicepValue | undefined }).filter(
    (entry): entry is [string, BicepValue] => entry[1] !== undefined,
  );
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${bicepKey(key)}: ${printValue(item, inner)}`).join('\n')}\n${indent}}`;
}

/** Hands out unique, legal symbolic names within one Bicep file. */
export class IdentifierScope {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  take(text: string): string {
    const base = bicepIdentifier(text);
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n += 1) name = `${base}${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/** A `resource` declaration. */
export function printResource(
  symbol: string,
  typeAndVersion: string,
  body: { readonly [key: string]: BicepValue | undefined },
  existing = false,
): string {
  return `resource ${symbol} ${bicepString(typeAndVersion)}${existing ? ' existing' : ''} = ${printValue(body)}\n`;
}

const BICEP_TYPES: Readonly<Record<ParamSpec['type'], string>> = {
  string: 'string',
  secureString: 'string',
  int: 'int',
  bool: 'bool',
  array: 'array',
};

/** A decorated `param` declaration; `withDefault` uses the plan's value as the default. */
export function printParam(spec: ParamSpec, withDefault: boolean): string {
  const lines = [`@description(${bicepString(spec.description)})`];
  if (spec.type === 'secureString') lines.push('@secure()');
  if (spec.allowed) lines.push(`@allowed(${printValue(spec.allowed)})`);
  if (spec.minLength !== undefined) lines.push(`@minLength(${spec.minLength})`);
  if (spec.maxLength !== undefined) lines.push(`@maxLength(${spec.maxLength})`);
  if (spec.minValue !== undefined) lines.push(`@minValue(${spec.minValue})`);
  if (spec.maxValue !== undefined) lines.push(`@maxValue(${spec.maxValue})`);
  const fallback = spec.name === 'databricksAccessToken' ? '' : undefined;
  const value = withDefault ? (spec.value ?? fallback) : undefined;
  const assigned = value === undefined ? '' : ` = ${printValue(value as BicepValue)}`;
  lines.push(`param ${spec.name} ${BICEP_TYPES[spec.type]}${assigned}`);
  return `${lines.join('\n')}\n`;
}
