import { Field, Radio, RadioGroup, useId, type FieldProps } from '@fluentui/react-components';
import type { Ref } from 'react';
import { fieldValidation } from '../findings/fieldValidation.tsx';
import { useFieldFindings } from '../findings/useFieldFindings.ts';
import { useChoiceGroupStyles } from './ChoiceGroup.styles.ts';

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
  /** One honest line on what choosing it means. */
  readonly description?: string;
}

export interface ChoiceGroupProps<V extends string> extends Pick<
  FieldProps,
  'validationState' | 'validationMessage' | 'hint'
> {
  readonly label: string;
  readonly name: string;
  readonly value: V;
  readonly choices: readonly Choice<V>[];
  readonly onChange: (value: V) => void;
  readonly onBlur?: () => void;
  readonly groupRef?: Ref<HTMLDivElement>;
  readonly layout?: 'vertical' | 'horizontal';
}

/**
 * A labelled radio group whose options each carry a short description; the option's name is its accessible
 * name and the description its accessible description.
 */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const { label, name, value, choices, onChange, onBlur, groupRef, layout = 'vertical', hint } = props;
  const styles = useChoiceGroupStyles();
  const baseId = useId(name);
  const { id, finding } = useFieldFindings(name);
  // A schema error passed in wins; otherwise the most severe finding at the group's plan path shows.
  const schemaError = props.validationState === 'error' ? props.validationMessage : undefined;
  const validation = schemaError
    ? { validationState: 'error' as const, validationMessage: schemaError }
    : fieldValidation(undefined, finding);
  return (
    <Field label={label} hint={hint} {...validation}>
      <RadioGroup
        ref={groupRef}
        id={id}
        name={name}
        value={value}
        layout={layout}
        className={layout === 'vertical' ? styles.group : undefined}
        onBlur={onBlur}
        onChange={(_, data) => onChange(data.value as V)}
      >
        {choices.map((choice) => {
          const nameId = `${baseId}-${choice.value}`;
          const descriptionId = choice.description ? `${nameId}-description` : undefined;
          return (
            <Radio
              key={choice.value}
              value={choice.value}
              aria-labelledby={nameId}
              aria-describedby={descriptionId}
              label={{
                className: styles.label,
                children: (
                  <>
                    <span id={nameId} className={choice.description ? styles.name : undefined}>
                      {choice.label}
                    </span>
                    {choice.description && (
                      <span id={descriptionId} className={styles.description}>
                        {choice.description}
                      </span>
                    )}
                  </>
                ),
              }}
            />
          );
        })}
      </RadioGroup>
    </Field>
  );
}
