import type { DiagramLink } from './layout/types.ts';
import type { DiagramClasses } from './DiagramSvg.styles.ts';

/** Private Link between a private endpoint and the workspace, or the egress device's rail. */
export function DiagramLinkShape({
  link,
  classes,
}: {
  readonly link: DiagramLink;
  readonly classes: DiagramClasses;
}) {
  const [first, last] = [link.points[0], link.points.at(-1)];
  if (!first || !last) return null;
  const points = link.points.map((p) => `${p.x},${p.y}`).join(' ');
  if (link.kind === 'rail') return <polyline className={classes.rail} points={points} />;
  return (
    <g>
      <polyline className={classes.privateLink} points={points} />
      <circle className={classes.privateLinkEnd} cx={first.x} cy={first.y} r={3.5} />
      <circle className={classes.privateLinkEnd} cx={last.x} cy={last.y} r={3.5} />
      {link.label && (
        <text className={classes.label} x={(first.x + last.x) / 2} y={first.y - 6} textAnchor="middle">
          {link.label}
        </text>
      )}
    </g>
  );
}
