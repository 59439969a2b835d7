import type { SchemaError } from '../../core/index.ts';
import { useShellStyles } from './AppShell.styles.ts';

export interface ProblemListProps {
  readonly label: string;
  readonly errors: readonly SchemaError[];
}

/** Every schema problem, with the place in the plan it concerns. */
export function ProblemList({ label, errors }: ProblemListProps) {
  const styles = useShellStyles();
  return (
    <ul className={styles.problemList} aria-label={label}>
      {errors.map((error, index) => (
        <li key={index}>
          {error.path ? (
            <>
              <code className={styles.path}>{error.path}</code>:{' '}
            </>
          ) : null}
          {error.message}
        </li>
      ))}
    </ul>
  );
}
