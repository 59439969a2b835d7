import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ProblemList } from './ProblemList.tsx';
import type { ImportOutcome } from './usePlanFile.ts';

export interface ImportNoticeProps {
  readonly outcome: ImportOutcome;
  readonly onDismiss: () => void;
}

/** Says whether the chosen file became the plan, or lists every problem that kept it out. */
export function ImportNotice({ outcome, onDismiss }: ImportNoticeProps) {
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
      <MessageBar intent="success" politeness="polite">
        <MessageBarBody>
          <MessageBarTitle>Plan imported</MessageBarTitle>
          The wizard now shows the plan from {outcome.fileName}.
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{outcome.fileName} was not imported</MessageBarTitle>
        Your current plan is unchanged. Fix these problems in the file and import it again:
        <ProblemList label="Problems in the imported file" errors={outcome.errors} />
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
