import { Field, Select } from '@fluentui/react-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFieldFindings } from '../findings/useFieldFindings.ts';
import { fieldValidation } from '../findings/fieldValidation.tsx';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps<T extends FieldValues> {
  readonly control: Control<T>;
  readonly name: FieldPath<T>;
  readonly label: string;
  readonly options: readonly SelectOption[];
  readonly hint?: string;
}

/** A labelled native drop-down bound to a form field. */
export function SelectField<T extends FieldValues>({
  control,
  name,
  label,
  options,
  hint,
}: SelectFieldProps<T>) {
  const { id, finding } = useFieldFindings(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          label={{ children: label, htmlFor: id }}
          hint={hint}
          {...fieldValidation(fieldState.error?.message, finding)}
        >
          <Select
            ref={field.ref}
            id={id}
            name={field.name}
            value={typeof field.value === 'string' ? field.value : ''}
            onBlur={field.onBlur}
            onChange={(_, data) => field.onChange(data.value)}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
    />
  );
}
