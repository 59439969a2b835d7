import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { holdsExampleValues } from '../state/examplePlan.ts';
import { usePlanPart } from '../state/PlanStoreContext.ts';
import { NewPlanButton } from './NewPlanButton.tsx';

/**
 * Labels a plan that still holds an example's made-up values (the starting plan, a loaded example), so they
 * are never taken for the person's own, and offers a new plan for their workspace. It goes once the
 * subscription is theirs.
 */
export function ExampleNotice() {
  const example = usePlanPart(holdsExampleValues);
  if (!example) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Example plan</MessageBarTitle>
        Its workspace, subscription and network names are made up. Explore it, or start a new plan for your
        own workspace.
      </MessageBarBody>
      <MessageBarActions>
        <NewPlanButton label="Start a new plan" appearance="secondary" />
      </MessageBarActions>
    </MessageBar>
  );
}
