import type { FieldValues } from 'react-hook-form';
import { lazyValue } from '../lazy/lazyValue.ts';
import { SuggestField } from './SuggestField.tsx';
import type { TextFieldProps } from './TextField.tsx';

// The region list loads once the first screen is shown: the workspace's region box is on it, but nobody
// needs the suggestions before they reach it.
const useRegionSuggestions = lazyValue(() =>
  import('./regionSuggestions.ts').then((module) => module.regionSuggestions),
);

/** A region box that suggests the known regions of every cloud and names the one typed. */
export function RegionField<T extends FieldValues>(props: TextFieldProps<T>) {
  return <SuggestField {...props} suggestions={useRegionSuggestions()} />;
}
