import { G, box, bottom, fitText, right } from './geometry.ts';
import { isInside, rowDescription, rowLabel, type FlowRow } from './rows.ts';
import type { DiagramArrow, DiagramBox, DiagramLink, Point, Rect } from './types.ts';

/** How one row's traffic passes the egress band. */
export interface RowPath {
  readonly kind: 'through' | 'bypass' | 'direct';
  /** Words for the text alternative, such as "through the NAT gateway". */
  readonly words: string;
}

export interface RowsInput {
  readonly rows: readonly FlowRow[];
  readonly compute: Rect & { readonly id: string };
  /** Box that holds the band and the remotes inside the network (the virtual network). */
  readonly parent: string;
  /** Top of the boxes of remotes inside the network, below the compute's subnet. */
  readonly insideY: number;
  /** Bottom edge of the compute's subnet, where vertical arrows are marked. */
  readonly subnetBottom: number;
  readonly egressCard?: Rect;
  readonly pathOf: (row: FlowRow) => RowPath;
  /** x of the NSG boundary, where denied and unknown horizontal arrows are marked. */
  readonly markX?: number;
}

export interface PlacedRows {
  readonly boxes: DiagramBox[];
  readonly arrows: DiagramArrow[];
  readonly links: DiagramLink[];
}

/** Rows to remotes outside the network (drawn across) and inside it (drawn down). */
export function splitRows(rows: readonly FlowRow[]): { outside: FlowRow[]; inside: FlowRow[] } {
  return { outside: rows.filter((r) => !isInside(r.remote)), inside: rows.filter((r) => isInside(r.remote)) };
}

/** y of the arrow of the i-th outside row, for a compute box at `computeY`. */
export const rowY = (computeY: number, i: number): number => computeY + 24 + i * G.row;

const remoteId = (remote: string) => `remote-${remote.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** A service tag's name, broken at its last dot when it is too long for one line. */
function serviceText(remote: string): { title: string; lines: string[] } {
  const inner = G.serviceWidth - 20;
  const dot = remote.lastIndexOf('.');
  if (fitText(remote, inner, G.serviceSize) === remote || dot < 1) return { title: remote, lines: [] };
  return { title: remote.slice(0, dot), lines: [remote.slice(dot)] };
}

/** One box per outside remote, spanning the rows of that remote (rows of a remote are adjacent). */
function outsideBoxes(rows: readonly FlowRow[], y: (i: number) => number): DiagramBox[] {
  const spans = new Map<string, { first: number; last: number }>();
  rows.forEach((row, i) => spans.set(row.remote, { first: spans.get(row.remote)?.first ?? i, last: i }));
  return [...spans].map(([remote, { first, last }]) =>
    box({
      id: remoteId(remote),
      kind: 'service',
      x: G.serviceX,
      width: G.serviceWidth,
      y: y(first) - G.rowBox / 2,
      height: y(last) - y(first) + G.rowBox,
      ...serviceText(remote),
      titleSize: G.serviceSize,
      description: `${remote}: ${/^[\d.:/]+$/.test(remote) ? 'addresses' : 'service tag'} outside the network.`,
    }),
  );
}

/** One box per inside remote, under the vertical arrows that reach it. */
function insideBoxes(rows: readonly FlowRow[], arrowX: (i: number) => number, top: number, parent: string) {
  const remotes = [...new Set(rows.map((r) => r.remote))];
  return remotes.map((remote) => {
    const xs = rows.flatMap((r, i) => (r.remote === remote ? [arrowX(i)] : []));
    const x = Math.min(...xs) - 24;
    return box({
      id: remoteId(remote),
      kind: 'service',
      parent,
      x,
      y: top,
      width: Math.max(150, Math.max(...xs) + G.insideWidth - 24 - x),
      height: G.rowBox,
      title: remote,
      titleSize: G.serviceSize,
      description: `${remote}: addresses of this and peered networks, such as private endpoints.`,
    });
  });
}

function arrow(
  row: FlowRow,
  index: number,
  near: Point,
  far: Point,
  extra: Partial<DiagramArrow>,
): DiagramArrow {
  const outbound = row.direction === 'Outbound';
  return {
    id: `arrow-${index}`,
    from: '',
    to: '',
    direction: row.direction,
    verdict: row.verdict,
    flowIds: row.verdicts.map((v) => v.flow.id),
    label: rowLabel(row),
    labelAt: near,
    points: outbound ? [near, far] : [far, near],
    description: '',
    ...extra,
  };
}

const marked = (row: FlowRow) => row.verdict === 'denied' || row.verdict === 'unknown';

/** The egress band on the network's edge, its markers, and the rail from the egress card. */
function band(input: RowsInput, rows: readonly FlowRow[], y: (i: number) => number) {
  const paths = rows.map((row) => input.pathOf(row));
  if (!input.egressCard || !paths.some((p) => p.kind !== 'direct') || rows.length === 0) return undefined;
  const top = y(0) - G.rowBox / 2;
  const bandBox = box({
    id: 'egress-band',
    kind: 'egressBand',
    parent: input.parent,
    x: G.bandX,
    y: top,
    width: G.bandWidth,
    height: y(rows.length - 1) - y(0) + G.rowBox,
    title: '',
  });
  const markers = paths.map((path, i) =>
    path.kind === 'direct'
      ? undefined
      : box({
          id: `marker-${i}`,
          kind: path.kind === 'through' ? 'hop' : 'bypass',
          parent: bandBox.id,
          x: G.bandX + (G.bandWidth - G.marker) / 2,
          y: y(i) - G.marker / 2,
          width: G.marker,
          height: G.marker,
          title: '',
        }),
  );
  const cardY = input.egressCard.y + 18;
  const middle = G.bandX + G.bandWidth / 2;
  const rail: DiagramLink = {
    id: 'egress-rail',
    kind: 'rail',
    from: 'egress',
    to: bandBox.id,
    label: '',
    points: [
      { x: input.egressCard.x, y: cardY },
      { x: middle, y: cardY },
      { x: middle, y: top },
    ],
  };
  return { boxes: [bandBox, ...markers.filter((m) => m !== undefined)], markers, paths, rail };
}

/** Places the rows: arrows across to the services outside, arrows down to the remotes inside. */
export function placeRows(input: RowsInput): PlacedRows {
  const { compute } = input;
  const { outside, inside } = splitRows(input.rows);
  const y = (i: number) => rowY(compute.y, i);
  const remotes = outsideBoxes(outside, y);
  const egress = band(input, outside, y);
  const across = outside.map((row, i) => {
    const target = remotes.find((b) => b.id === remoteId(row.remote));
    const path = egress?.paths[i] ?? input.pathOf(row);
    const via = egress?.markers[i]?.id;
    const near = { x: right(compute), y: y(i) };
    return arrow(
      row,
      i,
      near,
      { x: G.serviceX, y: y(i) },
      {
        from: row.direction === 'Outbound' ? compute.id : (target?.id ?? ''),
        to: row.direction === 'Outbound' ? (target?.id ?? '') : compute.id,
        labelAt: { x: near.x + 10, y: near.y - 6 },
        ...(input.markX !== undefined && marked(row) ? { markAt: { x: input.markX, y: near.y } } : {}),
        ...(via ? { via } : {}),
        description: rowDescription(row, path.words),
      },
    );
  });
  const arrowX = (i: number) => compute.x + 28 + i * G.insideWidth;
  const insides = insideBoxes(inside, arrowX, input.insideY, input.parent);
  const down = inside.map((row, i) => {
    const target = insides.find((b) => b.id === remoteId(row.remote));
    const near = { x: arrowX(i), y: bottom(compute) };
    return arrow(
      row,
      outside.length + i,
      near,
      { x: near.x, y: input.insideY },
      {
        from: row.direction === 'Outbound' ? compute.id : (target?.id ?? ''),
        to: row.direction === 'Outbound' ? (target?.id ?? '') : compute.id,
        labelAt: { x: near.x + 12, y: near.y + 20 },
        ...(marked(row) ? { markAt: { x: near.x, y: input.subnetBottom } } : {}),
        description: rowDescription(row, 'inside the network'),
      },
    );
  });
  return {
    boxes: [...remotes, ...insides, ...(egress?.boxes ?? [])],
    arrows: [...across, ...down],
    links: egress ? [egress.rail] : [],
  };
}
