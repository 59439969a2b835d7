/** The ESTree shapes the build plugins read, as Vite's `parseAst` returns them. */
export interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

export const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Calls `visit` on every node below `node` with its parent and the parent's field holding it. */
export function walk(node: Node, visit: (node: Node, parent: Node | undefined, field: string) => void): void {
  const stack: [Node, Node | undefined, string][] = [[node, undefined, '']];
  while (stack.length > 0) {
    const [current, parent, field] = stack.pop() as [Node, Node | undefined, string];
    visit(current, parent, field);
    for (const [key, value] of Object.entries(current)) {
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isNode(child)) stack.push([child, current, key]);
      }
    }
  }
}
