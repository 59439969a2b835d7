import type { FieldValues } from 'react-hook-form';
import { useAccountSuggestions } from '../audit/useAccountSuggestions.ts';
import { usePlanPart } from '../state/PlanStoreContext.ts';
import { SuggestField } from './SuggestField.tsx';
import type { TextFieldProps } from './TextField.tsx';
import { vmSizeSuggestions } from './vmSizeSuggestions.ts';

export interface VmSizeFieldProps<T extends FieldValues> extends Omit<TextFieldProps<T>, 'label'> {
  /** Azure Machine Learning's compute type (`AmlCompute`, `ComputeInstance`), to list only its sizes. */
  readonly computeType?: string;
}

/**
 * A VM size box that suggests the sizes commonly used for training and says what the one typed is. Signed
 * in, it suggests the sizes Azure Machine Learning offers the plan's subscription in the compute's region
 * instead, and says when the one typed isn't among them.
 */
export function VmSizeField<T extends FieldValues>({ computeType, ...props }: VmSizeFieldProps<T>) {
  const subscriptionId = usePlanPart((plan) => plan.workspace.subscriptionId);
  const region = usePlanPart((plan) => plan.compute.region ?? plan.workspace.region);
  const offered = useAccountSuggestions({
    kind: 'vmSizes',
    subscriptionId,
    region,
    ...(computeType === undefined ? {} : { computeType }),
  });
  return <SuggestField {...props} label="VM size" suggestions={offered ?? vmSizeSuggestions} />;
}
