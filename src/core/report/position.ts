import { createScanner, findNodeAtLocation, parseTree, type Node, type Segment } from 'jsonc-parser';

/** A 1-based line and column in a text file, as SARIF regions count them. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

const START: TextPosition = { line: 1, column: 1 };

/** `SyntaxKind.EOF` of jsonc-parser: a const enum, which isolated modules can't import. */
const EOF_TOKEN = 17;

/** `network.subnet.delegations.0` → `['network', 'subnet', 'delegations', 0]`. */
function segments(path: string): Segment[] {
  if (path === '') return [];
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The deepest node on `path` that the document has: a finding may name a field the file leaves out. */
function nearestNode(root: Node, path: readonly Segment[]): Node | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node) return node.parent?.type === 'property' ? node.parent : node;
  }
  return undefined;
}

/**
 * Places plan paths on lines and columns of the JSON text they came from. The JSON parser gives each node's
 * offset and its scanner the line and character of each token, so nothing is counted by hand. A path the
 * file doesn't have points at its nearest ancestor that it does, and the empty path at the file's start.
 */
export function jsonLocator(text: string): (path: string) => TextPosition {
  const root = parseTree(text);
  let tokens: Map<number, TextPosition> | undefined;
  const tokenPositions = () => {
    if (tokens) return tokens;
    tokens = new Map();
    const scanner = createScanner(text, true);
    while (scanner.scan() !== EOF_TOKEN) {
      tokens.set(scanner.getTokenOffset(), {
        line: scanner.getTokenStartLine() + 1,
        column: scanner.getTokenStartCharacter() + 1,
      });
    }
    return tokens;
  };
  return (path) => {
    const node = root && nearestNode(root, segments(path));
    if (!node) return START;
    return tokenPositions().get(node.offset) ?? START;
  };
}
