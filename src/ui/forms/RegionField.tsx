import type { FieldValues } from 'react-hook-form';
import { useAccountSuggestions } from '../audit/useAccountSuggestions.ts';
import { lazyValue } from '../lazy/lazyValue.ts';
import { usePlanPart } from '../state/PlanStoreContext.ts';
import { isSubscriptionId } from './AccountFields.tsx';
import { SuggestField } from './SuggestField.tsx';
import type { TextFieldProps } from './TextField.tsx';

// The region list loads once the first screen is shown: the workspace's region box is on it, but nobody
// needs the suggestions before they reach it.
const useRegionSuggestions = lazyValue(() =>
  import('./regionSuggestions.ts').then((module) => module.regionSuggestions),
);

/**
 * A region box that suggests the known regions of every cloud and names the one typed. Signed in, it suggests
 * the regions the plan's subscription can deploy to instead, and says when the one typed isn't among them.
 */
export function RegionField<T extends FieldValues>(props: TextFieldProps<T>) {
  const subscriptionId = usePlanPart((plan) => plan.workspace.subscriptionId);
  const offered = useAccountSuggestions(
    isSubscriptionId(subscriptionId) ? { kind: 'regions', subscriptionId } : undefined,
  );
  const catalogue = useRegionSuggestions();
  return <SuggestField {...props} suggestions={offered ?? catalogue} />;
}
