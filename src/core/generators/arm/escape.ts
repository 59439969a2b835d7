/**
 * ARM template strings. JSON.stringify does the JSON escaping; what ARM adds is that a string value
 * starting with `[` and ending with `]` is an expression, so such a literal is written with `[[`. A value
 * that starts with `[` but doesn't end with `]` is taken as it is: an added `[` would stay in it.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions#escape-characters
 */
export function armLiteral(value: string): string {
  return value.startsWith('[') && value.endsWith(']') ? `[${value}` : value;
}

/** A string literal inside an ARM expression: single-quoted, `'` doubled. */
export function armExpressionString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** An ARM expression string `[…]`. */
export const expr = (body: string): string => `[${body}]`;

/** `parameters('name')` inside an expression. */
export const param = (name: string): string => `parameters(${armExpressionString(name)})`;

/** `variables('name')` inside an expression. */
export const variable = (name: string): string => `variables(${armExpressionString(name)})`;

/** A legal ARM parameter or variable name (`[A-Za-z][A-Za-z0-9]*`, camelCase) derived from any text. */
export function armIdentifier(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const camel = words
    .map((word, index) =>
      index === 0 ? word[0]!.toLowerCase() + word.slice(1) : word[0]!.toUpperCase() + word.slice(1),
    )
    .join('');
  return /^[A-Za-z]/.test(camel) ? camel : `p${camel}`;
}
