/**
 * Bicep string and identifier escaping. Strings are single-quoted; `\`, `'`, `$`, and the control
 * characters newline, carriage return and tab are escaped, so `${` can never start an interpolation.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/bicep/data-types#strings
 */
export function bicepString(value: string): string {
  const body = value.replace(/[\\'$\n\r\t]/g, (ch) => BICEP_ESCAPES[ch] ?? ch);
  return `'${body}'`;
}

const BICEP_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  $: '\\$',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

const BICEP_KEYWORDS = new Set([
  'metadata',
  'targetScope',
  'resource',
  'module',
  'param',
  'var',
  'output',
  'existing',
  'import',
  'func',
  'type',
  'true',
  'false',
  'null',
  'if',
  'for',
  'in',
  'using',
  'extension',
]);

/**
 * A legal Bicep identifier (`[a-zA-Z_][a-zA-Z0-9_]*`, not a keyword) derived from any text; words
 * separated by other characters become camelCase.
 */
export function bicepIdentifier(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const camel = words
    .map((word, index) =>
      index === 0 ? word[0]!.toLowerCase() + word.slice(1) : word[0]!.toUpperCase() + word.slice(1),
    )
    .join('');
  const started = /^[A-Za-z_]/.test(camel) ? camel : `_${camel}`;
  return BICEP_KEYWORDS.has(started) ? `${started}_` : started;
}

/** A Bicep object key: bare when it is an identifier, otherwise a quoted string. */
export function bicepKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : bicepString(key);
}
