import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  useId,
} from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
// The first screen's modules import the core's values from their own modules, not from its index: through
// the index, the bundler counts every core module as loaded with the first screen.
import { CATALOG_REVIEWED } from '../../core/catalog/docs.ts';
import type { Finding } from '../../core/index.ts';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import { useWizard } from '../wizard/WizardContext.ts';
import { FindingItem } from './FindingItem.tsx';
import { FindingsDisclosure } from './FindingsDisclosure.tsx';
import { useFindingsStyles } from './Findings.styles.ts';
import { useFindingsSnapshot } from './FindingsContext.ts';
import { loadEngine, useEngineFailed } from './engine.ts';
import type { FindingsSnapshot } from './deriveFindings.ts';
import { useFindingsPanelStyles } from './FindingsPanel.styles.ts';
import { countBySeverity, stepForPath, stepIndex } from './findingSteps.ts';
import { countsText, groupBySeverity, type SeverityGroup } from './groupFindings.ts';
import { formatReviewedDate } from './reviewedDate.ts';
import { useDebouncedValue } from './useDebouncedValue.ts';
import { useVisuallyHiddenStyles } from './visuallyHidden.styles.ts';

/** How long the counts must stay the same before the live region announces them. */
const ANNOUNCE_AFTER_MS = 1200;

type GoToField = (finding: Finding) => void;

/** What the panel does around its findings: go to a finding's field, and take focus after a fix on a card. */
interface FindingActions {
  readonly onGoToField: GoToField;
  readonly onFixed: () => void;
}

interface InfoToggle {
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
}

function FindingGroup({
  group,
  actions,
  info,
}: {
  readonly group: SeverityGroup;
  readonly actions: FindingActions;
  /** Info findings stay behind a count until asked for. */
  readonly info: InfoToggle;
}) {
  const styles = useFindingsPanelStyles();
  const shared = useFindingsStyles();
  const headingId = useId('findings-group');
  const listId = useId('findings-list');
  const count = group.findings.length;
  const collapsible = group.severity === 'info';
  const shown = !collapsible || info.open;
  return (
    <section aria-labelledby={headingId} className={styles.group}>
      <h3 id={headingId} className={styles.groupTitle}>
        {group.title} ({count})
      </h3>
      {collapsible && (
        <Button
          appearance="subtle"
          size="small"
          className={styles.groupToggle}
          aria-expanded={info.open}
          aria-controls={listId}
          onClick={() => info.setOpen(!info.open)}
        >
          {info.open
            ? 'Hide the info notes'
            : `Show ${count === 1 ? 'the info note' : `all ${count} info notes`}`}
        </Button>
      )}
      <ul id={listId} className={shared.list} hidden={!shown}>
        {shown &&
          group.findings.map((finding, index) => (
            <FindingItem
              key={index}
              finding={finding}
              onGoToField={actions.onGoToField}
              onFixed={actions.onFixed}
            />
          ))}
      </ul>
    </section>
  );
}

/** The counts ("1 error, 2 warnings, 0 info"), or that the plan is still being checked or can't be. */
function summaryText(snapshot: FindingsSnapshot, failed: boolean): string {
  if (!snapshot.checking) return countsText(countBySeverity(snapshot.findings));
  return failed ? "the checks couldn't load" : 'checking the plan…';
}

/** The checks' code couldn't be fetched: say so, and offer to try again. */
function EngineFailed() {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The checks couldn&apos;t be loaded.</MessageBarTitle>
        Your plan is unchanged, but it hasn&apos;t been checked. Check your connection and retry; if that
        doesn&apos;t help, reload the page.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => loadEngine().catch(() => undefined)}>Retry</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function FindingsContent({ actions, info }: { readonly actions: FindingActions; readonly info: InfoToggle }) {
  const styles = useFindingsPanelStyles();
  const snapshot = useFindingsSnapshot();
  const failed = useEngineFailed();
  const { findings, checking } = snapshot;
  const groups = groupBySeverity(findings).filter((group) => group.findings.length > 0);
  return (
    <div className={styles.content}>
      {checking && failed ? (
        <EngineFailed />
      ) : (
        <p className={styles.counts}>
          {checking ? 'Checking the plan…' : countsText(countBySeverity(findings))}
        </p>
      )}
      <p className={styles.reviewed}>
        Checked against Microsoft&apos;s documented requirements, reviewed on{' '}
        <time dateTime={CATALOG_REVIEWED}>{formatReviewedDate(CATALOG_REVIEWED)}</time>.
      </p>
      {!checking && groups.length === 0 && (
        <p className={styles.empty}>No findings: the plan meets every requirement the wizard checks.</p>
      )}
      {groups.map((group) => (
        <FindingGroup key={group.severity} group={group} actions={actions} info={info} />
      ))}
    </div>
  );
}

/** Announces the counts politely once they settle, not on every keystroke. */
function FindingsAnnouncer() {
  const hidden = useVisuallyHiddenStyles();
  const text = useDebouncedValue(
    `Findings: ${summaryText(useFindingsSnapshot(), useEngineFailed())}`,
    ANNOUNCE_AFTER_MS,
  );
  return (
    <div role="status" aria-live="polite" className={hidden.hidden}>
      {text}
    </div>
  );
}

export interface FindingsPanelProps {
  /** A collapsible section (narrow screens) instead of a side column. */
  readonly collapsible: boolean;
}

/** Every finding of the plan, grouped by severity, each with a way to the field it names. */
export function FindingsPanel({ collapsible }: FindingsPanelProps) {
  const styles = useFindingsPanelStyles();
  const headingId = useId('findings-panel');
  const { request } = useWizard();
  const snapshot = useFindingsSnapshot();
  const failed = useEngineFailed();
  const store = usePlanStore();
  const [infoOpen, setInfoOpen] = useState(false);
  const info: InfoToggle = { open: infoOpen, setOpen: setInfoOpen };
  const goToField = useCallback(
    (finding: Finding) =>
      request(stepIndex(stepForPath(finding.path, store.getState().plan)), {
        kind: 'anywhere',
        focusPath: finding.path,
      }),
    [request, store],
  );
  // A fix on a card removes the card, and its button with it: the panel takes the focus, and the counts
  // announced a moment later say what changed.
  const panelRef = useRef<HTMLDivElement>(null);
  const actions: FindingActions = { onGoToField: goToField, onFixed: () => panelRef.current?.focus() };

  if (collapsible) {
    return (
      <div className={styles.collapsible} ref={panelRef} tabIndex={-1}>
        <FindingsDisclosure
          title={`Findings: ${summaryText(snapshot, failed)}`}
          content={<FindingsContent actions={actions} info={info} />}
        />
        <FindingsAnnouncer />
      </div>
    );
  }
  return (
    <section aria-labelledby={headingId} className={styles.column} ref={panelRef} tabIndex={-1}>
      <h2 id={headingId} className={styles.title}>
        Findings
      </h2>
      <FindingsContent actions={actions} info={info} />
      <FindingsAnnouncer />
    </section>
  );
}
