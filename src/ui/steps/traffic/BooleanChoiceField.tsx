import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { ChoiceGroup, type Choice } from '../../forms/ChoiceGroup.tsx';
import { validationProps } from '../../forms/fieldState.ts';

type Side = 'off' | 'on';

export interface BooleanChoiceFieldProps<T extends FieldValues> {
  readonly control: Control<T>;
  readonly name: FieldPath<T>;
  readonly label: string;
  /** The option meaning `false`, then the one meaning `true`, each with its consequence. */
  readonly off: Omit<Choice<Side>, 'value'>;
  readonly on: Omit<Choice<Side>, 'value'>;
}

/** A yes/no plan field as two described options, for choices whose consequences need words. */
export function BooleanChoiceField<T extends FieldValues>({
  control,
  name,
  label,
  off,
  on,
}: BooleanChoiceFieldProps<T>) {
  const choices: Choice<Side>[] = [
    { value: 'off', ...off },
    { value: 'on', ...on },
  ];
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <ChoiceGroup<Side>
          {...validationProps(fieldState)}
          label={label}
          name={field.name}
          value={field.value === true ? 'on' : 'off'}
          choices={choices}
          groupRef={field.ref}
          onBlur={field.onBlur}
          onChange={(value) => field.onChange(value === 'on')}
        />
      )}
    />
  );
}
