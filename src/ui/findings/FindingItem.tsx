import { Button, mergeClasses, useId } from '@fluentui/react-components';
import type { Finding } from '../../core/index.ts';
import { useFindingsStyles } from './Findings.styles.ts';
import { LearnMoreLink } from './FindingMessage.tsx';

export interface FindingItemProps {
  readonly finding: Finding;
  /** Takes the person to the field the finding names. */
  readonly onGoToField: (finding: Finding) => void;
}

/** One finding in the panel: what is wrong and what to change, its rule, its doc page, and the way to its field. */
export function FindingItem({ finding, onGoToField }: FindingItemProps) {
  const styles = useFindingsStyles();
  const messageId = useId('finding');
  return (
    <li className={mergeClasses(styles.item, styles[finding.severity])}>
      <p id={messageId} className={styles.message}>
        {finding.message}
      </p>
      <div className={styles.meta}>
        <code className={styles.ruleId}>{finding.ruleId}</code>
        <LearnMoreLink finding={finding} />
        <Button size="small" aria-describedby={messageId} onClick={() => onGoToField(finding)}>
          Go to field
        </Button>
      </div>
    </li>
  );
}
