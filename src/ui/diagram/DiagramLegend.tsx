import { G } from './layout/geometry.ts';
import type { DiagramLayout, LegendEntry } from './layout/types.ts';
import { arrowHead, VerdictMark } from './DiagramArrowShape.tsx';
import type { DiagramClasses } from './DiagramSvg.styles.ts';

/** The sample drawn before a legend entry's words: a line for a verdict or a link, a marker on a band. */
function Sample({
  entry,
  x,
  y,
  classes,
}: {
  entry: LegendEntry;
  x: number;
  y: number;
  classes: DiagramClasses;
}) {
  if (entry.kind === 'privateLink' || entry.kind === 'dnsLink' || entry.kind === 'peering') {
    const end = entry.kind === 'privateLink' ? classes.privateLinkEnd : classes[`${entry.kind}End`];
    return (
      <g>
        <line className={classes[entry.kind]} x1={x + 4} y1={y} x2={x + 44} y2={y} />
        <circle className={end} cx={x + 4} cy={y} r={3.5} />
        <circle className={end} cx={x + 44} cy={y} r={3.5} />
      </g>
    );
  }
  if (entry.kind !== 'verdict') {
    const r = G.marker / 2;
    return (
      <g>
        <rect
          className={classes.egressBand}
          x={x + 24 - G.bandWidth / 2}
          y={y - 10}
          width={G.bandWidth}
          height={20}
          rx={3}
        />
        <rect
          className={classes[entry.kind]}
          x={x + 24 - r}
          y={y - r}
          width={G.marker}
          height={G.marker}
          rx={r}
        />
      </g>
    );
  }
  const head = { x: x + 48, y };
  return (
    <g>
      <line className={classes[entry.verdict]} x1={x} y1={y} x2={head.x} y2={y} />
      <polygon className={classes[`${entry.verdict}Head`]} points={arrowHead({ x, y }, head)} />
      <VerdictMark verdict={entry.verdict} at={{ x: x + 22, y }} classes={classes} />
    </g>
  );
}

/** What the line styles and markers mean, one or two entries per row. */
export function DiagramLegend({
  legend,
  classes,
}: {
  readonly legend: DiagramLayout['legend'];
  readonly classes: DiagramClasses;
}) {
  return (
    <g>
      {legend.entries.map((entry, i) => {
        const x = legend.x + (i % legend.columns) * G.legendColumn;
        const y = legend.y + 12 + Math.floor(i / legend.columns) * G.legendRow;
        return (
          <g key={entry.kind === 'verdict' ? entry.verdict : entry.kind}>
            <Sample entry={entry} x={x} y={y} classes={classes} />
            <text className={classes.text} x={x + 58} y={y + 4}>
              {entry.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
