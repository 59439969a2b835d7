import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';
import { validationProps } from './fieldState.ts';

export interface ChoiceFieldProps<T extends FieldValues, V extends string> {
  readonly control: Control<T>;
  readonly name: FieldPath<T>;
  readonly label: string;
  readonly choices: readonly Choice<V>[];
  readonly hint?: string;
  readonly layout?: 'vertical' | 'horizontal';
}

/** A {@link ChoiceGroup} bound to a form field. */
export function ChoiceField<T extends FieldValues, V extends string>(props: ChoiceFieldProps<T, V>) {
  const { control, name, ...group } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <ChoiceGroup<V>
          {...group}
          {...validationProps(fieldState)}
          name={field.name}
          value={field.value as V}
          groupRef={field.ref}
          onBlur={field.onBlur}
          onChange={field.onChange}
        />
      )}
    />
  );
}
