import { Field, Input } from '@fluentui/react-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFieldFindings } from '../findings/useFieldFindings.ts';
import { fieldValidation } from '../findings/fieldValidation.tsx';

export interface NumberFieldProps<T extends FieldValues> {
  readonly control: Control<T>;
  readonly name: FieldPath<T>;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Other fields whose validity depends on this one, re-checked when it changes. */
  readonly deps?: FieldPath<T>[];
}

/** A labelled whole-number box; an empty box is "not set", so the schema says what is missing. */
export function NumberField<T extends FieldValues>(props: NumberFieldProps<T>) {
  const { control, name, label, hint, required, min, max, deps } = props;
  const { id, finding } = useFieldFindings(name);
  return (
    <Controller
      control={control}
      name={name}
      rules={deps ? { deps } : undefined}
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
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            value={typeof field.value === 'number' && !Number.isNaN(field.value) ? String(field.value) : ''}
            onBlur={field.onBlur}
            onChange={(_, data) => field.onChange(data.value === '' ? undefined : Number(data.value))}
          />
        </Field>
      )}
    />
  );
}
