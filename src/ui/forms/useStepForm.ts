import { useEffect, useMemo, type FormEventHandler } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type * as z from 'zod/mini';
import { shareUnchanged } from '../state/shareUnchanged.ts';
import { useWizard } from '../wizard/WizardContext.ts';
import { STEP_FORM_ID } from '../wizard/steps.ts';
import { formParseOptions } from './formErrors.ts';
import { parseResolver } from './parseResolver.ts';

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
  /**
   * What `schema` reads besides the values (compared by identity), when it reads the plan: a parse is
   * reused only while these are the same.
   */
  reads?: () => readonly unknown[],
): StepForm<Input, Output> {
  const wizard = useWizard();
  const parse = useMemo(() => rememberingLastParse(schema, reads), [schema, reads]);
  // The resolver and the commit below judge each change from one parse, valid or not.
  const resolver = useMemo(() => parseResolver(parse), [parse]);
  const form = useForm<Input, unknown, Output>({ mode: 'onChange', resolver, defaultValues });

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const result = parse(values);
          if (result.success) commit(result.data);
        },
      }),
    [form, parse, commit],
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

/**
 * `schema.safeParse` that remembers its last input (a copy: the form changes its values in place), what
 * `reads` gave then, and the result: on each change the commit and the resolver check the same values,
 * and parse them once. A change in what `reads` gives (the plan the schema reads) parses again.
 */
export function rememberingLastParse<Input, Output>(
  schema: z.ZodMiniType<Output, Input>,
  reads: () => readonly unknown[] = () => [],
): (values: Input) => z.core.util.SafeParseResult<Output> {
  let last:
    | {
        readonly input: Input;
        readonly read: readonly unknown[];
        readonly result: z.core.util.SafeParseResult<Output>;
      }
    | undefined;
  return (values) => {
    const read = reads();
    if (
      last &&
      read.length === last.read.length &&
      read.every((value, i) => Object.is(value, last?.read[i])) &&
      shareUnchanged(last.input, values) === last.input
    ) {
      return last.result;
    }
    // With the form's messages, so a failed parse is also what the fields show.
    const result = schema.safeParse(values, formParseOptions);
    last = { input: structuredClone(values), read, result };
    return result;
  };
}
