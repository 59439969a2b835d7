import type { DiagramLink } from './layout/types.ts';
import type { DiagramClasses } from './DiagramSvg.styles.ts';

/** The line's class and its end dots' class, per kind of link. */
const LINE = {
  privateLink: { line: 'privateLink', end: 'privateLinkEnd' },
  dnsLink: { line: 'dnsLink', end: 'dnsLinkEnd' },
  peering: { line: 'peering', end: 'peeringEnd' },
} as const;

/**
 * Private Link between a private endpoint and the workspace, a DNS zone's link to a network, the
 * peering of two networks, or the egress device's rail. A DNS link has its dot at the zone only: its
 * other end is shared by every zone's link.
 */
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
  const style = LINE[link.kind];
  const ends = link.kind === 'dnsLink' ? [first] : [first, last];
  return (
    <g>
      <polyline className={classes[style.line]} points={points} />
      {ends.map((end, i) => (
        <circle key={i} className={classes[style.end]} cx={end.x} cy={end.y} r={3.5} />
      ))}
      {link.label &&
        (link.labelAt ? (
          <text className={classes.label} x={link.labelAt.x} y={link.labelAt.y}>
            {link.label}
          </text>
        ) : (
          <text className={classes.label} x={(first.x + last.x) / 2} y={first.y - 6} textAnchor="middle">
            {link.label}
          </text>
        ))}
    </g>
  );
}
