import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
  useId,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useDataTableStyles } from './DataTable.styles.ts';

export interface Column<R> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: R) => ReactNode;
  /** Long prose that wraps instead of widening the table. */
  readonly wrap?: boolean;
}

export interface DataTableProps<R> {
  /** The table's title: shown above it, and the accessible name of the table and its scroll area. */
  readonly title: string;
  readonly columns: readonly Column<R>[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  /** What to say instead of an empty table. */
  readonly empty: string;
}

/**
 * A titled table that scrolls sideways on narrow screens; the scroll area is a labelled, focusable region so
 * keyboard users can scroll it too.
 */
export function DataTable<R>({ title, columns, rows, rowKey, empty }: DataTableProps<R>) {
  const styles = useDataTableStyles();
  const titleId = useId('table-title');
  return (
    <div className={styles.wrapper}>
      <h4 id={titleId} className={styles.title}>
        {title}
      </h4>
      {rows.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <div className={styles.scroll} role="region" aria-labelledby={titleId} tabIndex={0}>
          <Table size="small" aria-labelledby={titleId} className={styles.table}>
            <TableHeader>
              <TableRow>
                {columns.map((column) => (
                  <TableHeaderCell key={column.key} scope="col">
                    {column.header}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={rowKey(row)}>
                  {columns.map((column) => (
                    <TableCell
                      key={column.key}
                      className={mergeClasses(styles.cell, column.wrap && styles.wrap)}
                    >
                      {column.render(row)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
