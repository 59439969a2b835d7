import { G } from './layout/geometry.ts';
import type { BoxKind, DiagramBox } from './layout/types.ts';
import type { DiagramClasses } from './DiagramSvg.styles.ts';

const RADIUS: Partial<Record<BoxKind, number>> = {
  vnet: 10,
  managedVnet: 10,
  hubVnet: 10,
  dnsZones: 10,
  hop: G.marker / 2,
  bypass: G.marker / 2,
  nsgBoundary: 3,
  egressBand: 3,
};

/** Title and lines of a box: a card's text from its top, a service tag's centred. */
function BoxText({ box, classes }: { readonly box: DiagramBox; readonly classes: DiagramClasses }) {
  if (box.kind === 'service' || (box.lines.length === 0 && box.kind !== 'note')) {
    const step = 14;
    const first = box.y + box.height / 2 - (box.lines.length * step) / 2 + 4;
    const titleClass = box.kind === 'service' ? classes.serviceTitle : classes.title;
    return (
      <>
        <text className={titleClass} x={box.x + 10} y={first}>
          {box.title}
        </text>
        {box.lines.map((line, i) => (
          <text key={i} className={classes.text} x={box.x + 10} y={first + step * (i + 1)}>
            {line}
          </text>
        ))}
      </>
    );
  }
  return (
    <>
      <text className={classes.title} x={box.x + 10} y={box.y + 20}>
        {box.title}
      </text>
      {box.lines.map((line, i) => (
        <text key={i} className={classes.text} x={box.x + 10} y={box.y + 20 + G.lineHeight * (i + 1)}>
          {line}
        </text>
      ))}
    </>
  );
}

/** One box: its rectangle and, for boxes that have one, its text. */
export function DiagramBoxShape({
  box,
  classes,
}: {
  readonly box: DiagramBox;
  readonly classes: DiagramClasses;
}) {
  return (
    <g>
      <rect
        className={classes[box.kind]}
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={RADIUS[box.kind] ?? 6}
      />
      {box.title && <BoxText box={box} classes={classes} />}
    </g>
  );
}
