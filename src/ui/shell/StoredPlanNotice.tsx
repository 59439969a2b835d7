import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { StoredPlanProblem } from '../state/persistence.ts';
import { ProblemList } from './ProblemList.tsx';
import { downloadText } from './download.ts';

export interface StoredPlanNoticeProps {
  readonly problem: StoredPlanProblem;
  readonly onDismiss: () => void;
}

/** Explains that the plan saved in this browser was unreadable and the wizard started over. */
export function StoredPlanNotice({ problem, onDismiss }: StoredPlanNoticeProps) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The plan saved in this browser could not be used</MessageBarTitle>
        The wizard started from the example plan instead. What was wrong with the saved plan:
        <ProblemList label="Problems in the saved plan" errors={problem.errors} />
        It is replaced as soon as you change the plan; download it first to keep a copy.
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            Dismiss
          </Button>
        }
      >
        <Button size="small" onClick={() => downloadText('unreadable-plan.json', problem.text)}>
          Download saved plan
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
