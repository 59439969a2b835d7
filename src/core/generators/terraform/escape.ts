/**
 * HCL (Terraform) quoted strings: `\`, `"`, newline, carriage return and tab are escaped; `${` becomes
 * `$${` and `%{` becomes `%%{` so a value can't start an interpolation or a template directive.
 * @see https://developer.hashicorp.com/terraform/language/expressions/strings#escape-sequences
 */
export function hclString(value: string): string {
  const body = value
    .replace(/[\\"\n\r\t]/g, (ch) => HCL_ESCAPES[ch] ?? ch)
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, '%%{');
  return `"${body}"`;
}

const HCL_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A legal Terraform block label / identifier (`[a-z_][a-z0-9_-]*`) derived from any text. */
export function hclIdentifier(text: string): string {
  const snake = text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  return /^[a-z_]/.test(snake) ? snake : `_${snake}`;
}
