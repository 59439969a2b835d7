import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { Autosave } from '../state/autosave.ts';

/** Warns, while it lasts, that the browser is not keeping the plan between visits. */
export function AutosaveNotice({ autosave }: { readonly autosave: Autosave }) {
  const failed = useSyncExternalStore(autosave.subscribe, autosave.failed);
  if (!failed) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This browser is not keeping your plan</MessageBarTitle>
        Its storage is full or turned off, so the plan will be lost when you close the page. Export the plan
        to keep it.
      </MessageBarBody>
    </MessageBar>
  );
}
