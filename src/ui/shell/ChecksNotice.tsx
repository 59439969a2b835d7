import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { usePlanStore } from '../state/PlanStoreContext.ts';

export interface ChecksNoticeProps {
  /** Called once a retry brought the checks: the open step starts over with them. */
  readonly onRecovered: () => void;
}

/**
 * Says when the plan checks couldn't be loaded (offline just after the page opened, or a new version
 * replaced the app's files): until they are, no change can be checked or kept. Offers to load them again.
 */
export function ChecksNotice({ onRecovered }: ChecksNoticeProps) {
  const store = usePlanStore();
  const [state, setState] = useState<'fine' | 'failed' | 'retrying'>('fine');
  useEffect(() => {
    let live = true;
    void store.ready.then(() => {
      if (live && !store.isReady()) setState('failed');
    });
    return () => {
      live = false;
    };
  }, [store]);
  if (state === 'fine') return null;

  const retry = () => {
    setState('retrying');
    void store.retryChecks().then((loaded) => {
      setState(loaded ? 'fine' : 'failed');
      if (loaded) onRecovered();
    });
  };
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The plan checks couldn&apos;t be loaded</MessageBarTitle>
        Until they are, the wizard can&apos;t check your changes or keep them. Check your connection, then
        retry; if that doesn&apos;t help, reload the page.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={retry} disabled={state === 'retrying'}>
          {state === 'retrying' ? 'Retrying…' : 'Retry'}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
