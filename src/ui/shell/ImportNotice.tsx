import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from '@fluentui/react-components';
import { ProblemList } from './ProblemList.tsx';

// A file name has no spaces to break at: on a phone it breaks anywhere rather than widen the page.
const useStyles = makeStyles({ body: { overflowWrap: 'anywhere' } });
import type { ImportOutcome } from './usePlanFile.ts';

export interface ImportNoticeProps {
  readonly outcome: ImportOutcome;
  readonly onDismiss: () => void;
}

/** Says whether the chosen file became the plan, or lists every problem that kept it out. */
export function ImportNotice({ outcome, onDismiss }: ImportNoticeProps) {
  const styles = useStyles();
  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          Dismiss
        </Button>
      }
    />
  );
  if (outcome.kind === 'imported') {
    return (
      <MessageBar intent="success" layout="multiline" politeness="polite">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>Plan imported</MessageBarTitle>
          The wizard now shows the plan from {outcome.fileName}.
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{outcome.fileName} was not imported</MessageBarTitle>
        Your current plan is unchanged. Fix these problems in the file and import it again:
        <ProblemList label="Problems in the imported file" errors={outcome.errors} />
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
