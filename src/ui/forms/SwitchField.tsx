import { Field, Switch } from '@fluentui/react-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFieldFindings } from '../findings/useFieldFindings.ts';
import { fieldValidation } from '../findings/fieldValidation.tsx';

export interface SwitchFieldProps<T extends FieldValues> {
  readonly control: Control<T>;
  readonly name: FieldPath<T>;
  readonly label: string;
  /** One line on what turning it on means. */
  readonly hint?: string;
}

/** An on/off choice: the switch carries the label, the field carries the hint and any error. */
export function SwitchField<T extends FieldValues>({ control, name, label, hint }: SwitchFieldProps<T>) {
  const { id, finding } = useFieldFindings(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field hint={hint} {...fieldValidation(fieldState.error?.message, finding)}>
          <Switch
            ref={field.ref}
            id={id}
            name={field.name}
            label={label}
            checked={field.value === true}
            onBlur={field.onBlur}
            onChange={(_, data) => field.onChange(data.checked)}
          />
        </Field>
      )}
    />
  );
}
