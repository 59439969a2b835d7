/**
 * Bash quoting: every value is single-quoted, and a `'` inside becomes `'\''` (close, escaped quote,
 * reopen). Nothing is special inside single quotes, so `$`, backticks and newlines stay literal.
 * @see https://www.gnu.org/software/bash/manual/html_node/Single-Quotes.html
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A legal, conventional shell variable name (`UPPER_SNAKE`) derived from any text. */
export function shellVariable(text: string): string {
  const snake = text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z_]/.test(snake) ? snake : `_${snake}`;
}
