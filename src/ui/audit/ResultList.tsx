import { Link } from '@fluentui/react-components';
import type { Severity } from '../../core/index.ts';
import { SeverityBadge } from '../findings/SeverityBadge.tsx';
import { useAuditStyles } from './AuditDialog.styles.ts';

/** One row of an audit result list. */
export interface ResultItem {
  readonly key: string;
  readonly severity: Severity;
  readonly title: string;
  /** Words before the title badge, e.g. "Passed" or "Couldn't check". */
  readonly status?: string;
  readonly message: string;
  readonly docUrl: string;
}

/** A headed list of results, each with its severity (as text), message and a "Learn more" link. */
export function ResultList({
  heading,
  items,
  empty,
}: {
  readonly heading: string;
  readonly items: readonly ResultItem[];
  readonly empty: string;
}) {
  const styles = useAuditStyles();
  const id = `audit-${heading.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h3 id={id} className={styles.heading}>
        {heading}
      </h3>
      {items.length === 0 ? (
        <p className={styles.prose}>{empty}</p>
      ) : (
        <ul className={styles.list} aria-labelledby={id}>
          {items.map((item) => (
            <li key={item.key} className={styles.item}>
              <span className={styles.itemTitle}>
                <SeverityBadge severity={item.severity} />
                {item.status === undefined ? null : <span>{item.status}:</span>}
                <span>{item.title}</span>
              </span>
              <span>
                {item.message}{' '}
                <Link
                  href={item.docUrl}
                  target="_blank"
                  rel="noreferrer"
                  aria-label={`Learn more about ${item.title} (opens in a new tab)`}
                >
                  Learn more
                </Link>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
