import { Button, useId } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useFindingsPanelStyles } from './FindingsPanel.styles.ts';

export interface FindingsDisclosureProps {
  /** The heading, which is also the button's name: "Findings: 1 error, …". */
  readonly title: string;
  readonly content: ReactNode;
}

/**
 * The findings as a collapsible section for narrow screens: a heading whose button shows or hides them
 * (the disclosure pattern; lighter to load than an accordion for a single section).
 */
export function FindingsDisclosure({ title, content }: FindingsDisclosureProps) {
  const styles = useFindingsPanelStyles();
  const contentId = useId('findings-content');
  const [open, setOpen] = useState(false);
  return (
    <>
      <h2 className={styles.disclosureHeading}>
        <Button
          appearance="subtle"
          className={styles.disclosureButton}
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen((value) => !value)}
        >
          <span className={styles.disclosureTitle}>{title}</span>
          <span className={styles.disclosureAction}>{open ? 'Hide' : 'Show'}</span>
        </Button>
      </h2>
      {/* Rendered only while open: closed, it costs the page's start nothing. */}
      <div id={contentId} hidden={!open} className={styles.disclosureContent}>
        {open && content}
      </div>
    </>
  );
}
