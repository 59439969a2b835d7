import type { ReactNode } from 'react';
import { useFormLayoutStyles } from './formLayout.styles.ts';

export interface FormGroupProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Lay the fields out in responsive columns instead of one under the other. */
  readonly columns?: boolean;
}

/** A titled group of related fields (a fieldset, so screen readers announce the group). */
export function FormGroup({ title, children, columns }: FormGroupProps) {
  const styles = useFormLayoutStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.groupTitle}>{title}</legend>
      {columns ? <div className={styles.columns}>{children}</div> : children}
    </fieldset>
  );
}
