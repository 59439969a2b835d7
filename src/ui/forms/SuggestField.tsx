import { useWatch, type FieldValues } from 'react-hook-form';
import { fieldDomId } from '../findings/fieldDomId.ts';
import { usePlanPath } from '../findings/PlanSection.tsx';
import { TextField, type TextFieldProps } from './TextField.tsx';

/** One suggestion: the value the box takes, and the words shown beside it ("eastus2", "East US 2"). */
export interface SuggestOption {
  readonly value: string;
  readonly label: string;
}

/** A catalogue as a text box offers it: its entries, and a sentence about a value it knows. */
export interface Suggestions {
  readonly options: readonly SuggestOption[];
  /** What the catalogue says of `value` ("East US 2, in the Azure public cloud."); undefined if unknown. */
  describe(value: string): string | undefined;
}

/** The suggestions of a box as a native `<datalist>`; the box names it with its `list` attribute. */
export function SuggestionList({
  id,
  suggestions,
}: {
  readonly id: string;
  readonly suggestions: Suggestions;
}) {
  return (
    <datalist id={id}>
      {suggestions.options.map((option) => (
        <option key={option.value} value={option.value} label={option.label} />
      ))}
    </datalist>
  );
}

export interface SuggestFieldProps<T extends FieldValues> extends TextFieldProps<T> {
  /** The catalogue to suggest from; undefined while it loads (a plain text box meanwhile). */
  readonly suggestions: Suggestions | undefined;
}

/**
 * A {@link TextField} that suggests a catalogue's entries as the person types, and below it says what the
 * catalogue knows of the current value (else `hint`). The suggestions are a native `<datalist>`: any text
 * can still be typed, for what the catalogue doesn't know, and it costs the page no popup code.
 */
export function SuggestField<T extends FieldValues>(props: SuggestFieldProps<T>) {
  const { suggestions, hint, ...field } = props;
  const value: unknown = useWatch({ control: props.control, name: props.name });
  const listId = `${fieldDomId(usePlanPath(props.name))}-options`;
  const known = suggestions && typeof value === 'string' ? suggestions.describe(value) : undefined;
  return (
    <>
      <TextField {...field} hint={known ?? hint} list={suggestions ? listId : undefined} />
      {suggestions && <SuggestionList id={listId} suggestions={suggestions} />}
    </>
  );
}
