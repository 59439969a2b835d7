import { hclString } from './escape.ts';

/** An expression already printed from identifiers and escaped strings (a reference such as `azurerm_subnet.compute.id`). */
export interface HclExpr {
  readonly expr: string;
}

/** A value the printer writes: literals are escaped, expressions are printed as they are. */
export type HclValue =
  | string
  | number
  | boolean
  | HclExpr
  | readonly HclValue[]
  | { readonly [key: string]: HclValue | undefined };

/** A block (`resource "type" "name" { … }`); its body holds attributes and nested blocks in order. */
export interface HclBlock {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: readonly HclEntry[];
}

/** One body entry: an attribute (`name = value`; undefined values are left out) or a nested block. */
export type HclEntry = readonly [name: string, value: HclValue | undefined] | HclBlock;

/** Marks printed HCL as an expression. */
export const ref = (text: string): HclExpr => ({ expr: text });

const isExpr = (value: unknown): value is HclExpr =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 1 &&
  'expr' in value;

const isBlock = (entry: HclEntry): entry is HclBlock => !Array.isArray(entry);

const hclKey = (key: string) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : hclString(key));

/** Prints a value; strings escaped, lists on one line when short, objects one member per line. */
export function printHclValue(value: HclValue, indent = ''): string {
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isExpr(value)) return value.expr;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((item: HclValue) => printHclValue(item, inner));
    const flat = `[${items.join(', ')}]`;
    return flat.length <= 80 && !flat.includes('\n')
      ? flat
      : `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as { [key: string]: HclValue | undefined }).filter(
    (entry): entry is [string, HclValue] => entry[1] !== undefined,
  );
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${hclKey(key)} = ${printHclValue(item, inner)}`).join('\n')}\n${indent}}`;
}

/** Prints a block and its nested blocks. */
export function printBlock(block: HclBlock, indent = ''): string {
  const inner = `${indent}  `;
  const head = [block.type, ...block.labels.map(hclString)].join(' ');
  const lines = block.body.flatMap((entry) => {
    if (isBlock(entry)) return [printBlock(entry, inner)];
    const [name, value] = entry;
    return value === undefined ? [] : [`${inner}${name} = ${printHclValue(value, inner)}`];
  });
  return lines.length === 0 ? `${indent}${head} {}` : `${indent}${head} {\n${lines.join('\n')}\n${indent}}`;
}

/** Builds a block. */
export const block = (type: string, labels: readonly string[], body: readonly HclEntry[]): HclBlock => ({
  type,
  labels,
  body,
});
