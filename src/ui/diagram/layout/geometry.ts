import type { BoxKind, DiagramBox, Rect } from './types.ts';

/** Column and row geometry of the diagram, in viewBox units (1 unit = 1 CSS pixel at full size). */
export const G = {
  width: 668,
  margin: 12,
  /** The virtual network (or managed network) box. */
  vnetX: 12,
  vnetY: 12,
  vnetWidth: 408,
  vnetHeader: 52,
  subnetX: 24,
  subnetWidth: 368,
  subnetHeader: 44,
  computeX: 36,
  computeWidth: 160,
  /** The egress band on the network's right edge, where traffic leaves it. */
  bandX: 396,
  bandWidth: 12,
  /** The column right of the network: the egress card, service tags, the workspace. */
  serviceX: 444,
  serviceWidth: 212,
  row: 44,
  rowBox: 34,
  marker: 12,
  lineHeight: 16,
  titleSize: 14,
  serviceSize: 13,
  textSize: 12,
  /** Vertical arrows to the remotes inside the network (below the subnet). */
  insideArrow: 56,
  insideWidth: 84,
  legendRow: 22,
  legendColumn: 320,
} as const;

/** Height of a card with a title and `lines` lines of text. */
export const cardHeight = (lines: number): number => 20 + G.lineHeight * lines + 12;

/** Average glyph width as a share of the font size; generous so estimated text never overflows. */
const GLYPH = 0.55;

/** Shortens `text` with an ellipsis so it fits `width` at `size` (estimated; the text alternative has the full text). */
export function fitText(text: string, width: number, size: number = G.textSize): string {
  const max = Math.floor(width / (size * GLYPH));
  if (text.length <= max || text === '') return text;
  return `${text.slice(0, Math.max(1, max - 1))}…`;
}

export interface BoxInput extends Rect {
  readonly id: string;
  readonly kind: BoxKind;
  readonly title: string;
  readonly lines?: readonly string[];
  readonly parent?: string;
  readonly description?: string;
  /** Font size the title is fitted for (default: the title size). */
  readonly titleSize?: number;
}

/** A box with its title and lines shortened to its width. */
export function box(input: BoxInput): DiagramBox {
  const inner = input.width - 20;
  const { lines = [], titleSize = G.titleSize, ...rest } = input;
  return {
    ...rest,
    title: fitText(input.title, inner, titleSize),
    lines: lines.map((line) => fitText(line, inner)),
  };
}

export const bottom = (rect: Rect): number => rect.y + rect.height;
export const right = (rect: Rect): number => rect.x + rect.width;
