import { useState } from 'react';

/** Which row the dialog shows: an index into the list, or `new`; `seq` counts openings. */
export interface EditDialogState {
  readonly open: boolean;
  readonly target: { readonly index: number } | 'new';
  readonly seq: number;
}

/** The state of a table's edit dialog: which row it edits, and a fresh form for each opening. */
export function useEditDialog() {
  const [dialog, setDialog] = useState<EditDialogState>({ open: false, target: 'new', seq: 0 });
  return {
    dialog,
    open: (target: EditDialogState['target']) =>
      setDialog((previous) => ({ open: true, target, seq: previous.seq + 1 })),
    close: () => setDialog((previous) => ({ ...previous, open: false })),
    /** The index the dialog writes to: the edited row's, or one past the end for a new row. */
    indexIn: (length: number) => (dialog.target === 'new' ? length : dialog.target.index),
  };
}

/** `list` with `item` at `index`: replacing the row there, or added at the end for a new row. */
export function placeAt<T>(list: readonly T[], index: number, item: T): T[] {
  return index < list.length ? list.map((old, i) => (i === index ? item : old)) : [...list, item];
}
