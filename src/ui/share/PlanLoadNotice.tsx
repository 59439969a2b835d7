import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { usePlanRevision, usePlanStore } from '../state/PlanStoreContext.ts';
import { ProblemList } from '../shell/ProblemList.tsx';
import type { AnnouncePlanLoad, PlanLoadNotice as Notice } from './planLoad.ts';

export interface PlanLoadNoticeProps {
  readonly notice: Notice;
  readonly onChange: AnnouncePlanLoad;
}

/** Says which plan was opened from a link or the examples, with undo; or why a link was not opened. */
export function PlanLoadNotice({ notice, onChange }: PlanLoadNoticeProps) {
  const store = usePlanStore();
  const revision = usePlanRevision();
  const dismiss = (
    <Button appearance="transparent" size="small" onClick={() => onChange(null)}>
      Dismiss
    </Button>
  );
  if (notice.kind === 'rejected') {
    return (
      <MessageBar intent="error" layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>{notice.title}</MessageBarTitle>
          {notice.detail}
          <ProblemList label="What is wrong" errors={notice.errors} />
        </MessageBarBody>
        <MessageBarActions containerAction={dismiss} />
      </MessageBar>
    );
  }
  // Once the plan has been replaced again (import, a new plan, an example), these notices no longer describe it.
  if (notice.revision !== revision) return null;
  if (notice.kind === 'restored') {
    return (
      <MessageBar intent="success" layout="multiline" politeness="polite">
        <MessageBarBody>
          <MessageBarTitle>Your draft is back</MessageBarTitle>
          The wizard shows the plan you had before.
        </MessageBarBody>
        <MessageBarActions containerAction={dismiss} />
      </MessageBar>
    );
  }
  const { previous } = notice;
  return (
    <MessageBar intent="success" layout="multiline" politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.detail}
        {previous && ' It replaced your previous draft.'}
      </MessageBarBody>
      <MessageBarActions containerAction={dismiss}>
        {previous && (
          <Button
            size="small"
            onClick={() => {
              store.replace(previous);
              onChange({ kind: 'restored', revision: store.getState().revision });
            }}
          >
            Undo, keep my draft
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
