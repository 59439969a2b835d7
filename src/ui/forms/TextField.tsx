import { Field, Input, type InputProps } from '@fluentui/react-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFieldFindings } from '../findings/useFieldFindings.ts';
import { fieldValidation } from '../findings/fieldValidation.tsx';

export interface TextFieldProps<T extends FieldValues> {
  readonly control: Control<T>;
  readonly name: FieldPath<T>;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  /** Store an empty box as "not set" (for optional fields). */
  readonly emptyAsUndefined?: boolean;
  readonly placeholder?: string;
  readonly inputMode?: InputProps['inputMode'];
  readonly autoComplete?: string;
  /** Id of a `<datalist>` whose options the box suggests (see SuggestField). */
  readonly list?: string;
}

/** A labelled text box bound to a form field, showing that field's schema error as the person types,
 * and otherwise the most severe finding at its plan path. */
export function TextField<T extends FieldValues>(props: TextFieldProps<T>) {
  const { control, name, label, hint, required, emptyAsUndefined, placeholder, inputMode } = props;
  const { id, finding } = useFieldFindings(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          label={{ children: label, htmlFor: id }}
          hint={hint}
          required={required}
          {...fieldValidation(fieldState.error?.message, finding)}
        >
          <Input
            ref={field.ref}
            id={id}
            name={field.name}
            value={typeof field.value === 'string' ? field.value : ''}
            placeholder={placeholder}
            inputMode={inputMode}
            autoComplete={props.autoComplete ?? 'off'}
            list={props.list}
            spellCheck={false}
            onBlur={field.onBlur}
            onChange={(_, data) =>
              field.onChange(emptyAsUndefined && data.value === '' ? undefined : data.value)
            }
          />
        </Field>
      )}
    />
  );
}
