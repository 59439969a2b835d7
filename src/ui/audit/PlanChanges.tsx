import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PlanChange } from '../../core/index.ts';
import { useAuditStyles } from './AuditDialog.styles.ts';
import { useFocusedHeading } from './useFocusedHeading.ts';

export interface PlanChangesProps {
  readonly changes: readonly PlanChange[];
  /** Where what was read doesn't match the plan (another subnet's NSG, another VNet): shown first. */
  readonly warnings?: readonly string[];
  /** What was left out, or couldn't be read. */
  readonly notes: readonly string[];
  readonly onApply: () => void;
  readonly onBack: () => void;
}

/** A message bar with a title over a bulleted list; nothing when the list is empty. */
function ListedMessage({
  intent,
  title,
  items,
}: {
  readonly intent: 'warning' | 'info';
  readonly title: string;
  readonly items: readonly string[];
}) {
  const styles = useAuditStyles();
  if (items.length === 0) return null;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.bulleted}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The rows of one change: the values before and after, and for lists what was added, removed or changed. */
function changeRows(change: PlanChange): [string, string][] {
  return [
    ['Before', change.before],
    ['After', change.after],
    ...(change.added ? [['Added', change.added.join(', ')] as [string, string]] : []),
    ...(change.removed ? [['Removed', change.removed.join(', ')] as [string, string]] : []),
    ...(change.changed ? [['Changed', change.changed.join(', ')] as [string, string]] : []),
  ];
}

/**
 * What applying the audit would change in the plan, for the person to confirm: the mismatches and notes
 * first, then each change with its values before and after. Nothing changes until "Apply these changes".
 * The heading takes focus when this appears, so keyboard and screen reader users land on it.
 */
export function PlanChanges({ changes, warnings = [], notes, onApply, onBack }: PlanChangesProps) {
  const styles = useAuditStyles();
  const { id: headingId, ref: heading } = useFocusedHeading();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        What changes in the plan
      </h3>
      <ListedMessage intent="warning" title="What was read doesn’t match the plan" items={warnings} />
      <ListedMessage intent="info" title="Notes on what was read" items={notes} />
      {changes.length === 0 ? (
        <p className={styles.prose}>Nothing in the plan changes: it already describes these resources.</p>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {changes.map((change) => (
            <li key={change.path} className={styles.item}>
              <span className={styles.itemTitle}>{change.label}</span>
              <code className={styles.path}>{change.path}</code>
              <dl className={styles.facts}>
                {changeRows(change).map(([term, value]) => (
                  <div key={term} className={styles.factRow}>
                    <dt className={styles.term}>{term}</dt>
                    <dd className={styles.value}>{value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={onApply}>
          {changes.length === 0 ? 'Show the audit' : 'Apply these changes'}
        </Button>
        <Button onClick={onBack}>Back</Button>
      </div>
    </section>
  );
}
