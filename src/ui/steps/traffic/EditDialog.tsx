import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';

export interface EditDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** The form; give it a `key` that changes with each opening so it starts afresh. */
  readonly children: ReactNode;
}

/**
 * A modal dialog that edits one row of a table (a security rule, a route). It stays mounted so Fluent can close
 * it properly (focus back to the button that opened it); the form inside is keyed for each opening.
 */
export function EditDialog({ open, onClose, children }: EditDialogProps) {
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>{children}</DialogSurface>
    </Dialog>
  );
}

export interface EditDialogFormProps {
  readonly title: string;
  /** The submit button's words: "Save rule". */
  readonly saveLabel: string;
  /** Checks the fields and saves them (react-hook-form's `handleSubmit`). */
  readonly onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** The dialog's form: title, fields, then save and cancel; Enter in a field saves. */
export function EditDialogForm({ title, saveLabel, onSubmit, onClose, children }: EditDialogFormProps) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        // The dialog sits inside the step's own form in the React tree: don't submit that one too.
        event.stopPropagation();
        void onSubmit(event);
      }}
    >
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <Button appearance="primary" type="submit">
            {saveLabel}
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
