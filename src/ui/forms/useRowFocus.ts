import { useEffect, useRef } from 'react';

/**
 * Focus for an editable list of rows: after a row is added, its first box; after one is removed, the row now
 * at its place (or the one before), or the add button when the list is empty. `focusRow` focuses a row's
 * first box; `addRef` goes on the add button. The move happens after the render that shows the change.
 */
export function useRowFocus(focusRow: (index: number) => void) {
  const addRef = useRef<HTMLButtonElement>(null);
  const next = useRef<number | 'add' | undefined>(undefined);
  useEffect(() => {
    const target = next.current;
    next.current = undefined;
    if (target === 'add') addRef.current?.focus();
    else if (target !== undefined) focusRow(target);
  });
  return {
    addRef,
    /** Call before adding row `index`. */
    afterAdd: (index: number) => {
      next.current = index;
    },
    /** Call before removing row `index`, with the number of rows left after it. */
    afterRemove: (index: number, left: number) => {
      next.current = left === 0 ? 'add' : Math.min(index, left - 1);
    },
  };
}
