import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { DOCS } from '../../../core/index.ts';
import { LearnMore } from './LearnMore.tsx';

/** Shown instead of a network form when the workspace uses a managed virtual network. */
export function NetworkNotPlanned({ what }: { readonly what: string }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        With a managed virtual network, Azure Machine Learning creates and runs the network for the workspace,
        so there is no {what} for you to plan here. To use your own network instead, choose “Your own virtual
        network” on the first step. <LearnMore href={DOCS.managedNetwork} topic="managed virtual networks" />
      </MessageBarBody>
    </MessageBar>
  );
}
