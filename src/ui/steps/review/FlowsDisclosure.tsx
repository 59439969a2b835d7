import { Button, makeStyles } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';

const useStyles = makeStyles({ toggle: { justifySelf: 'start', maxWidth: '100%' } });

export interface FlowsDisclosureProps {
  /** What the hidden table holds, for the button: "the 15 required flows". */
  readonly what: string;
  /** Whether any flow needs a look (denied, failing or undecided): then the table shows from the start. */
  readonly needsLook: boolean;
  readonly children: ReactNode;
}

/**
 * A flow table behind a button when every flow is fine (the summary on top already says so, and fifteen rows
 * of "Allowed" make the review long), and open from the start when one needs a look.
 */
export function FlowsDisclosure({ what, needsLook, children }: FlowsDisclosureProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(needsLook);
  const id = useId();
  return (
    <>
      <Button
        appearance="secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((now) => !now)}
        className={styles.toggle}
      >
        {open ? `Hide ${what}` : `Show ${what}`}
      </Button>
      <div id={id} hidden={!open}>
        {open && children}
      </div>
    </>
  );
}
