import { mergeClasses } from '@fluentui/react-components';
import { useId, type Ref } from 'react';
import type { DiagramLayout } from './layout/types.ts';
import { DiagramArrowShape } from './DiagramArrowShape.tsx';
import { DiagramBoxShape } from './DiagramBoxShape.tsx';
import { DiagramLegend } from './DiagramLegend.tsx';
import { DiagramLinkShape } from './DiagramLinkShape.tsx';
import { useDiagramStyles } from './DiagramSvg.styles.ts';

const isMarker = (kind: string) => kind === 'hop' || kind === 'bypass';

/**
 * The diagram as one SVG image: containers first, then connectors and arrows, then the markers the
 * arrows pass through on the egress band, so each sits on top of what it belongs to.
 */
export function DiagramSvg({
  layout,
  ref,
  className,
}: {
  readonly layout: DiagramLayout;
  readonly ref?: Ref<SVGSVGElement>;
  readonly className?: string;
}) {
  const classes = useDiagramStyles();
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      className={mergeClasses(classes.svg, className)}
    >
      <title id={titleId}>{layout.title}</title>
      <desc id={descId}>{layout.summary}</desc>
      <rect className={classes.background} x={0} y={0} width={layout.width} height={layout.height} />
      {layout.boxes
        .filter((box) => !isMarker(box.kind))
        .map((box) => (
          <DiagramBoxShape key={box.id} box={box} classes={classes} />
        ))}
      {layout.links.map((link) => (
        <DiagramLinkShape key={link.id} link={link} classes={classes} />
      ))}
      {layout.arrows.map((arrow) => (
        <DiagramArrowShape key={arrow.id} arrow={arrow} classes={classes} />
      ))}
      {layout.boxes
        .filter((box) => isMarker(box.kind))
        .map((box) => (
          <DiagramBoxShape key={box.id} box={box} classes={classes} />
        ))}
      <DiagramLegend legend={layout.legend} classes={classes} />
    </svg>
  );
}
