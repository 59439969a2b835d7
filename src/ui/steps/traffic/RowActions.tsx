import { Button, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface RowActionsProps {
  /** What the row is, for the buttons' names: "rule", "route". */
  readonly what: string;
  readonly name: string;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
}

/** Edit and Remove buttons for one row of an editable table, named after the row ("Edit route X"). */
export function RowActions({ what, name, onEdit, onRemove }: RowActionsProps) {
  const styles = useStyles();
  // The edit dialog gives focus back here when it closes, not to the top of the page.
  const restoreFocus = useRestoreFocusTarget();
  return (
    <div className={styles.actions}>
      <Button size="small" aria-label={`Edit ${what} ${name}`} onClick={onEdit} {...restoreFocus}>
        Edit
      </Button>
      <Button size="small" aria-label={`Remove ${what} ${name}`} onClick={onRemove}>
        Remove
      </Button>
    </div>
  );
}
