import {
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  useId,
} from '@fluentui/react-components';
import { useSyncExternalStore, type Ref } from 'react';
import type { Finding } from '../../core/index.ts';
import type { WizardStepId } from '../wizard/steps.ts';
import { useFindingsStyles } from './Findings.styles.ts';
import { useFindingsSnapshot, useFindingsUi } from './FindingsContext.ts';
import { countBySeverity } from './findingSteps.ts';
import { countsText, stepBlock, warningSignature, type StepBlock } from './groupFindings.ts';
import { LearnMoreLink } from './FindingMessage.tsx';
import { SeverityBadge } from './SeverityBadge.tsx';

export interface StepFindingsSummaryProps {
  readonly stepId: WizardStepId;
  /** Next was just refused on this step: explain why. */
  readonly nextRefused: boolean;
  readonly summaryRef?: Ref<HTMLElement>;
}

/**
 * The findings of a step that no field on it shows: a parent path, a field the step lacks, or a finding less severe
 * than the one its field already shows.
 */
function useUnplaced(findings: readonly Finding[]): readonly Finding[] {
  const { fields } = useFindingsUi();
  const { byPath } = useFindingsSnapshot();
  useSyncExternalStore(fields.subscribe, fields.version, fields.version);
  return findings.filter(
    (finding) => !fields.covers(finding.path) || byPath.get(finding.path)?.[0] !== finding,
  );
}

function BlockedNotice({ block, errors }: { readonly block: StepBlock; readonly errors: number }) {
  if (block === 'errors') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This step can't be left with Next yet.</MessageBarTitle>
          Fix the {errors === 1 ? 'error' : `${errors} errors`} of this step first (on the fields, or listed
          here): each says what to change. Back and the step list still work.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (block === 'warnings') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Read the warnings of this step first.</MessageBarTitle>
          Change the plan, or tick &quot;I understand these warnings&quot; below and select Next again.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}

/** At the top of a step: its findings without a field, why Next is refused, and the warnings' acknowledgement. */
export function StepFindingsSummary({ stepId, nextRefused, summaryRef }: StepFindingsSummaryProps) {
  const styles = useFindingsStyles();
  const headingId = useId('step-findings');
  const { byStep } = useFindingsSnapshot();
  const { acknowledged, acknowledge } = useFindingsUi();
  const findings = byStep.get(stepId) ?? [];
  const unplaced = useUnplaced(findings);
  if (findings.length === 0) return null;

  const counts = countBySeverity(findings);
  const signature = warningSignature(findings);
  const block = nextRefused ? stepBlock(findings, acknowledged.get(stepId)) : null;
  const onFields = findings.length - unplaced.length;
  return (
    <section ref={summaryRef} tabIndex={-1} aria-labelledby={headingId} className={styles.summary}>
      <div className={styles.summaryHeader}>
        <h3 id={headingId} className={styles.heading}>
          Checks on this step
        </h3>
        <p className={styles.counts}>{countsText(counts)}</p>
      </div>
      <BlockedNotice block={block} errors={counts.error} />
      {unplaced.length > 0 && (
        <ul className={styles.list}>
          {unplaced.map((finding, index) => (
            <li key={index} className={mergeClasses(styles.item, styles[finding.severity])}>
              <p className={styles.message}>{finding.message}</p>
              <div className={styles.meta}>
                <SeverityBadge severity={finding.severity} />
                <code className={styles.ruleId}>{finding.ruleId}</code>
                <LearnMoreLink finding={finding} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {onFields > 0 && (
        <p className={styles.note}>
          {onFields === 1 ? 'One more is shown on its field.' : `${onFields} more are shown on their fields.`}
        </p>
      )}
      {counts.warning > 0 && (
        <Checkbox
          label="I understand these warnings"
          checked={acknowledged.get(stepId) === signature}
          onChange={(_, data) => acknowledge(stepId, data.checked === true ? signature : undefined)}
        />
      )}
    </section>
  );
}
