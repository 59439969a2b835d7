import type { FieldValues } from 'react-hook-form';
import { SuggestField } from './SuggestField.tsx';
import type { TextFieldProps } from './TextField.tsx';
import { vmSizeSuggestions } from './vmSizeSuggestions.ts';

/** A VM size box that suggests the sizes commonly used for training and says what the one typed is. */
export function VmSizeField<T extends FieldValues>(props: Omit<TextFieldProps<T>, 'label'>) {
  return <SuggestField {...props} label="VM size" suggestions={vmSizeSuggestions} />;
}
