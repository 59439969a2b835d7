import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { DiagramLayout } from './layout/types.ts';
import { useNetworkDiagramStyles } from './NetworkDiagram.styles.ts';

/** The diagram in words: every part and every flow with its verdict, behind a disclosure. */
export function DiagramDescription({ layout }: { readonly layout: DiagramLayout }) {
  const styles = useNetworkDiagramStyles();
  const parts = layout.boxes.flatMap((box) =>
    box.description ? [{ id: box.id, text: box.description }] : [],
  );
  return (
    <Accordion collapsible>
      <AccordionItem value="describe">
        <AccordionHeader>Describe the diagram</AccordionHeader>
        <AccordionPanel>
          <div className={styles.description}>
            <p className={styles.text}>{layout.summary}</p>
            <p className={styles.listTitle}>What it shows</p>
            <ul className={styles.list} aria-label="What the diagram shows">
              {parts.map((part) => (
                <li key={part.id}>{part.text}</li>
              ))}
            </ul>
            {layout.arrows.length > 0 && (
              <>
                <p className={styles.listTitle}>Flows</p>
                <ul className={styles.list} aria-label="Flows in the diagram">
                  {layout.arrows.map((arrow) => (
                    <li key={arrow.id}>{arrow.description}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
