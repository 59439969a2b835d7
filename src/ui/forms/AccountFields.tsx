import { useWatch, type FieldPath, type FieldValues } from 'react-hook-form';
import { useAccountSuggestions } from '../audit/useAccountSuggestions.ts';
import { SuggestField } from './SuggestField.tsx';
import type { TextFieldProps } from './TextField.tsx';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` reads as a subscription id (a GUID), so a list of that subscription can be asked for. */
export const isSubscriptionId = (value: string): boolean => GUID.test(value);

/** A subscription id box; signed in, it suggests the account's subscriptions by name. */
export function SubscriptionField<T extends FieldValues>(props: TextFieldProps<T>) {
  return <SuggestField {...props} suggestions={useAccountSuggestions({ kind: 'subscriptions' })} />;
}

/**
 * A resource group box; signed in, it suggests the resource groups of the subscription in the form's
 * `subscriptionName` box, once that holds a subscription id.
 */
export function ResourceGroupField<T extends FieldValues>({
  subscriptionName,
  ...props
}: TextFieldProps<T> & { readonly subscriptionName: FieldPath<T> }) {
  const subscription: unknown = useWatch({ control: props.control, name: subscriptionName });
  const subscriptionId = typeof subscription === 'string' ? subscription.trim() : '';
  const suggestions = useAccountSuggestions(
    isSubscriptionId(subscriptionId) ? { kind: 'resourceGroups', subscriptionId } : undefined,
  );
  return <SuggestField {...props} suggestions={suggestions} />;
}
