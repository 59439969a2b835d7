/**
 * Python string literals: double-quoted, with `\`, `"` and every character outside printable ASCII
 * escaped (`\n`, `\xNN`, `\uNNNN`, `\UNNNNNNNN`), so the file is plain ASCII and a value can't end the
 * literal or the line.
 * @see https://docs.python.org/3/reference/lexical_analysis.html#string-and-bytes-literals
 */
export function pythonString(value: string): string {
  let body = '';
  for (const ch of value) body += escapeChar(ch);
  return `"${body}"`;
}

const SIMPLE: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function escapeChar(ch: string): string {
  const simple = SIMPLE[ch];
  if (simple) return simple;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code < 0x7f) return ch;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

const PYTHON_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case type'.split(
    ' ',
  ),
);

/** A legal Python identifier (`snake_case`, not a keyword) derived from any text. */
export function pythonIdentifier(text: string): string {
  const snake = text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  const started = /^[a-z_]/.test(snake) ? snake : `_${snake}`;
  return PYTHON_KEYWORDS.has(started) ? `${started}_` : started;
}
