import { visit, type JSONPath } from 'jsonc-parser';

/** One problem in a JSON text that `JSON.parse` lets through, at a dot-separated path into the value. */
export interface JsonTextProblem {
  readonly path: string;
  readonly message: string;
}

interface Position {
  readonly line: number;
  readonly column: number;
}

const at = (position: Position) => `line ${position.line}, column ${position.column}`;
const pathOf = (path: JSONPath) => path.map(String).join('.');

/** A number literal `JSON.parse` turns into infinity (too large) or into 0 though it has a non-zero digit. */
function numberProblem(literal: string, value: number, where: Position): string | undefined {
  if (!Number.isFinite(value)) {
    return (
      `${literal} (${at(where)}) is too large to be a number; JSON readers turn it into infinity ` +
      '(the largest is about 1.8e308). Write the number you mean.'
    );
  }
  const mantissa = literal.split(/[eE]/)[0] ?? '';
  if (value === 0 && /[1-9]/.test(mantissa)) {
    return (
      `${literal} (${at(where)}) is too small to be told from 0 (the smallest is about 5e-324). ` +
      'Write 0 or the number you mean.'
    );
  }
  return undefined;
}

/**
 * What `JSON.parse` accepts without a word but loses: a key repeated in one object (the last one
 * silently wins, RFC 8259 §4 says names SHOULD be unique) and numbers out of the range of a double.
 * Call it on text `JSON.parse` accepted; each problem names the path and the line and column.
 * @see https://www.rfc-editor.org/rfc/rfc8259#section-4
 * @see https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax
 */
export function jsonTextProblems(text: string): JsonTextProblem[] {
  const problems: JsonTextProblem[] = [];
  const objects: Map<string, Position>[] = [];
  visit(text, {
    onObjectBegin: () => void objects.push(new Map()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (name, _offset, _length, line, character, pathSupplier) => {
      const keys = objects.at(-1);
      const here = { line: line + 1, column: character + 1 };
      const first = keys?.get(name);
      if (first === undefined) {
        keys?.set(name, here);
        return;
      }
      problems.push({
        path: pathOf([...pathSupplier(), name]),
        message:
          `The field "${name}" appears twice in the same object, at ${at(first)} and at ${at(here)}; ` +
          'only the last would count. Keep one of them.',
      });
    },
    onLiteralValue: (value, offset, length, line, character, pathSupplier) => {
      if (typeof value !== 'number') return;
      const where = { line: line + 1, column: character + 1 };
      const problem = numberProblem(text.slice(offset, offset + length), value, where);
      if (problem !== undefined) problems.push({ path: pathOf(pathSupplier()), message: problem });
    },
  });
  return problems;
}
