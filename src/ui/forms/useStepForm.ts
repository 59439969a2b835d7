import { useEffect, useMemo, useState, type FormEventHandler } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Resolver,
  type ResolverResult,
  type UseFormReturn,
} from 'react-hook-form';
import type * as z from 'zod/mini';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import type { PlanStore } from '../state/planStore.ts';
import { shareUnchanged } from '../state/shareUnchanged.ts';
import { useWizard } from '../wizard/WizardContext.ts';
import { STEP_FORM_ID } from '../wizard/steps.ts';
import { formParseOptions } from './formErrors.ts';
import { parseResolver } from './parseResolver.ts';

export interface StepForm<Input extends FieldValues, Output> {
  readonly form: UseFormReturn<Input, unknown, Output>;
  /**
   * Spread on the step's `<form>`: its id (so the frame's buttons can submit it), submit handler, and
   * `aria-busy` while a change waits for the checks to load before it can be judged and kept.
   */
  readonly formProps: {
    id: string;
    noValidate: true;
    onSubmit: FormEventHandler<HTMLFormElement>;
    'aria-busy'?: true;
  };
}

/**
 * A step schema whose code loads on first use: the first step's, so the schema library stays out of the
 * first load. `load` is called once per object.
 */
export interface LazySchema<Input, Output> {
  readonly load: () => Promise<z.ZodMiniType<Output, Input>>;
}

export type StepSchema<Input, Output> = z.ZodMiniType<Output, Input> | LazySchema<Input, Output>;

/** A step's parse, once its schema and the store's checks are there. */
export interface StepParser<Input, Output> {
  /** The parse of `values` (see `rememberingLastParse`), or undefined while either is still loading. */
  parse(values: Input): z.core.util.SafeParseResult<Output> | undefined;
  /** Settles when both have loaded, or one of them couldn't be. */
  readonly loaded: Promise<void>;
}

/** Shown when a step's checks couldn't be loaded, so a change can't be judged. */
export const STEP_CHECKS_FAILED =
  "This step's checks couldn't be loaded. Check your connection and reload the page.";

/** The parse a step form judges each change with: at once for a schema at hand, else after it loads. */
export function stepParser<Input, Output>(
  schema: StepSchema<Input, Output>,
  store: Pick<PlanStore, 'isReady' | 'ready'>,
  reads?: () => readonly unknown[],
): StepParser<Input, Output> {
  const lazy = !('_zod' in schema);
  let parse = lazy ? undefined : rememberingLastParse(schema, reads);
  // After the store's checks, which load once the first screen is shown: the step's own schema code then
  // never competes with the first screen either.
  const schemaLoaded = lazy
    ? store.ready
        .then(() => schema.load())
        .then((loaded) => {
          parse = rememberingLastParse(loaded, reads);
        })
    : undefined;
  const loaded = Promise.all([store.ready, schemaLoaded]).then(
    () => undefined,
    () => undefined,
  );
  return { parse: (values) => (parse && store.isReady() ? parse(values) : undefined), loaded };
}

/**
 * One step's form over one plan section: validated by `schema` as the person types, committed to the store
 * on every valid change and on leaving the step (Next, Back, the step list); an invalid step can't be left.
 * Changes made while the schema or the store's checks load are judged, and committed, once they have.
 */
export function useStepForm<Input extends FieldValues, Output>(
  schema: StepSchema<Input, Output>,
  defaultValues: DefaultValues<Input>,
  commit: (value: Output) => void,
  /**
   * What `schema` reads besides the values (compared by identity), when it reads the plan: a parse is
   * reused only while these are the same.
   */
  reads?: () => readonly unknown[],
): StepForm<Input, Output> {
  const wizard = useWizard();
  const store = usePlanStore();
  const parser = useMemo(() => stepParser(schema, store, reads), [schema, store, reads]);
  // The resolver and the commit below judge each change from one parse, valid or not.
  const resolver = useMemo(() => waitingResolver(parser), [parser]);
  const form = useForm<Input, unknown, Output>({ mode: 'onChange', resolver, defaultValues });
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    const commitValid = (values: Input) => {
      const result = parser.parse(values);
      if (result?.success) commit(result.data);
      return result;
    };
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        // Until the checks are there, the form's latest values are judged once they are.
        if (commitValid(values)) return;
        setWaiting(true);
        void parser.loaded.then(() => {
          commitValid(form.getValues());
          setWaiting(false);
        });
      },
    });
  }, [form, parser, commit]);

  const onSubmit = form.handleSubmit(
    (value) => {
      commit(value);
      wizard.proceed();
    },
    () => wizard.cancel(),
  );
  return {
    form,
    formProps: {
      id: STEP_FORM_ID,
      noValidate: true,
      onSubmit: (event) => void onSubmit(event),
      ...(waiting ? { 'aria-busy': true as const } : {}),
    },
  };
}

/** `parseResolver` over a step's parse, waiting for its checks when they are still loading. */
function waitingResolver<Input extends FieldValues, Output>(
  parser: StepParser<Input, Output>,
): Resolver<Input, unknown, Output> {
  const judge = parseResolver((values: Input) => {
    const result = parser.parse(values);
    if (!result) throw new Error('judged before the checks loaded');
    return result;
  });
  const failed = (): ResolverResult<Input, Output> => ({
    values: {},
    errors: { root: { type: 'load', message: STEP_CHECKS_FAILED } } as FieldErrors<Input>,
  });
  // Synchronous once the checks are there: react-hook-form then validates a keystroke without awaiting.
  return (values, context, options) =>
    parser.parse(values)
      ? judge(values, context, options)
      : parser.loaded.then(() => (parser.parse(values) ? judge(values, context, options) : failed()));
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
