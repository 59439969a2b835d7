import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { Autosave } from '../state/autosave.ts';

/** Says, while it lasts, that the browser is not keeping the plan between visits, and why. */
export function AutosaveNotice({ autosave }: { readonly autosave: Autosave }) {
  const failed = useSyncExternalStore(autosave.subscribe, autosave.failed, autosave.failed);
  const withheld = useSyncExternalStore(autosave.subscribe, autosave.withheld, autosave.withheld);
  if (withheld) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Not saved in this browser</MessageBarTitle>
          This plan holds details read from your Azure subscription, which are never stored in the browser or
          put in a link. Export the plan to keep it.
        </MessageBarBody>
      </MessageBar>
    );
  }
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
