import { useMemo, useRef } from 'react';
import type { Plan } from '../../core/index.ts';
import { layoutDiagram } from './layout/layoutDiagram.ts';
import { DiagramDescription } from './DiagramDescription.tsx';
import { DiagramExport } from './DiagramExport.tsx';
import { DiagramIntro } from './DiagramIntro.tsx';
import { DiagramSvg } from './DiagramSvg.tsx';
import { useNetworkDiagramStyles } from './NetworkDiagram.styles.ts';

/**
 * What the plan will build, drawn: the network, the compute in it, how traffic leaves, and each
 * required flow coloured by whether the NSG lets it through. Redrawn whenever the plan changes.
 */
export default function NetworkDiagram({ plan }: { readonly plan: Plan }) {
  const styles = useNetworkDiagramStyles();
  const layout = useMemo(() => layoutDiagram(plan), [plan]);
  const svgRef = useRef<SVGSVGElement>(null);
  return (
    <figure className={styles.root} aria-label="Network diagram">
      <DiagramIntro plan={plan} layout={layout} />
      <div
        className={styles.canvas}
        tabIndex={0}
        role="region"
        aria-label="Network diagram, scrolls sideways on small screens"
      >
        <DiagramSvg layout={layout} ref={svgRef} className={styles.svg} />
      </div>
      <DiagramExport svgRef={svgRef} />
      <DiagramDescription layout={layout} />
    </figure>
  );
}
