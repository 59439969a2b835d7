import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { LiveCheckResult } from '../../azure/discovery/index.ts';
import { useFindings } from '../findings/FindingsContext.ts';
import { useAuditStyles } from './AuditDialog.styles.ts';
import { useFocusedHeading } from './useFocusedHeading.ts';
import { auditedFindingItems, liveCheckItem } from './auditItems.ts';
import { ResultList } from './ResultList.tsx';

export interface AuditResultsProps {
  /** Checks only Azure can answer (locks, permissions, quota); absent for a pasted audit. */
  readonly liveChecks?: readonly LiveCheckResult[];
  /** What was left out of the plan, or couldn't be read. */
  readonly notes: readonly string[];
}

/**
 * What the audit found: the live checks, the requirements findings about the audited resources, and notes.
 * It appears once the changes are applied; its heading takes focus, so the person hears the results next.
 */
export function AuditResults({ liveChecks, notes }: AuditResultsProps) {
  const styles = useAuditStyles();
  const findings = auditedFindingItems(useFindings());
  const { id: headingId, ref: heading } = useFocusedHeading();
  return (
    <section className={styles.content} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        What the audit found
      </h3>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          The plan now describes these existing resources; every step shows what they mean, and the findings
          below follow from the plan.
        </MessageBarBody>
      </MessageBar>
      {liveChecks && (
        <ResultList
          heading="Checks in Azure"
          items={liveChecks.map(liveCheckItem)}
          empty="No live checks apply to a workspace with a managed network."
        />
      )}
      <ResultList
        heading="Findings about the existing network"
        items={findings}
        empty="The requirements engine found nothing to report about these resources."
      />
      {notes.length > 0 && (
        <section className={styles.section} aria-label="Notes on what was read">
          <ul className={styles.list}>
            {notes.map((note) => (
              <li key={note} className={styles.item}>
                {note}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
