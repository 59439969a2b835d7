import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, type FormEventHandler } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type * as z from 'zod/mini';
import { useWizard } from '../wizard/WizardContext.ts';
import { STEP_FORM_ID } from '../wizard/steps.ts';
import { formParseOptions } from './formErrors.ts';

export interface StepForm<Input extends FieldValues, Output> {
  readonly form: UseFormReturn<Input, unknown, Output>;
  /** Spread on the step's `<form>`: its id (so the frame's buttons can submit it) and submit handler. */
  readonly formProps: { id: string; noValidate: true; onSubmit: FormEventHandler<HTMLFormElement> };
}

/**
 * One step's form over one plan section: validated by `schema` as the person types, committed to the store
 * on every valid change and on leaving the step (Next, Back, the step list); an invalid step can't be left.
 */
export function useStepForm<Input extends FieldValues, Output>(
  schema: z.ZodMiniType<Output, Input>,
  defaultValues: DefaultValues<Input>,
  commit: (value: Output) => void,
): StepForm<Input, Output> {
  const wizard = useWizard();
  const form = useForm<Input, unknown, Output>({
    mode: 'onChange',
    resolver: zodResolver(schema, formParseOptions),
    defaultValues,
  });

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const result = schema.safeParse(values);
          if (result.success) commit(result.data);
        },
      }),
    [form, schema, commit],
  );

  const onSubmit = form.handleSubmit(
    (value) => {
      commit(value);
      wizard.proceed();
    },
    () => wizard.cancel(),
  );
  return {
    form,
    formProps: { id: STEP_FORM_ID, noValidate: true, onSubmit: (event) => void onSubmit(event) },
  };
}
