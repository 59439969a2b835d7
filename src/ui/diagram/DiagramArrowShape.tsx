import type { ArrowVerdict, DiagramArrow, Point } from './layout/types.ts';
import type { DiagramClasses } from './DiagramSvg.styles.ts';

const HEAD = 9;

/** The triangle at the head of a line from `tail` to `head`. */
export function arrowHead(tail: Point, head: Point): string {
  const angle = Math.atan2(head.y - tail.y, head.x - tail.x);
  const corner = (turn: number) => {
    const a = angle + Math.PI - turn;
    return `${(head.x + HEAD * Math.cos(a)).toFixed(1)},${(head.y + HEAD * Math.sin(a)).toFixed(1)}`;
  };
  return `${head.x},${head.y} ${corner(0.45)} ${corner(-0.45)}`;
}

const headClass = (classes: DiagramClasses, verdict: ArrowVerdict) => classes[`${verdict}Head`];

/** ✕ for denied, ? for not known: drawn where the NSG decides. */
export function VerdictMark({
  verdict,
  at,
  classes,
}: {
  readonly verdict: ArrowVerdict;
  readonly at: Point;
  readonly classes: DiagramClasses;
}) {
  if (verdict !== 'denied' && verdict !== 'unknown') return null;
  const r = 4;
  return (
    <g>
      <circle className={`${classes.markBack} ${classes[`${verdict}Ring`]}`} cx={at.x} cy={at.y} r={8} />
      {verdict === 'denied' ? (
        <path
          className={classes.deniedMark}
          d={`M${at.x - r} ${at.y - r}L${at.x + r} ${at.y + r}M${at.x + r} ${at.y - r}L${at.x - r} ${at.y + r}`}
        />
      ) : (
        <text className={classes.unknownMark} x={at.x} y={at.y + 4} textAnchor="middle">
          ?
        </text>
      )}
    </g>
  );
}

/** A line with its head, port label and verdict mark. */
export function DiagramArrowShape({
  arrow,
  classes,
}: {
  readonly arrow: DiagramArrow;
  readonly classes: DiagramClasses;
}) {
  const tail = arrow.points.at(-2);
  const head = arrow.points.at(-1);
  if (!tail || !head) return null;
  return (
    <g>
      <polyline
        className={classes[arrow.verdict]}
        points={arrow.points.map((p) => `${p.x},${p.y}`).join(' ')}
      />
      <polygon className={headClass(classes, arrow.verdict)} points={arrowHead(tail, head)} />
      <text className={classes.label} x={arrow.labelAt.x} y={arrow.labelAt.y}>
        {arrow.label}
      </text>
      {arrow.markAt && <VerdictMark verdict={arrow.verdict} at={arrow.markAt} classes={classes} />}
    </g>
  );
}
