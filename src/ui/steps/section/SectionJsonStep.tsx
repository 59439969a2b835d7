import { Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { useStepForm } from '../../forms/useStepForm.ts';
import { usePlan, usePlanStore } from '../../state/PlanStoreContext.ts';
import { useSectionJsonStepStyles } from './SectionJsonStep.styles.ts';
import type { SectionSpec } from './sectionSpecs.ts';
import { applySectionText, sectionText } from './sectionText.ts';

/** A step whose guided form is still to come: its plan section as checked JSON. */
export function SectionJsonStep({ spec }: { readonly spec: SectionSpec }) {
  const plan = usePlan();
  const reason = spec.notApplicable(plan);
  if (reason) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{reason}</MessageBarBody>
      </MessageBar>
    );
  }
  return <SectionJsonForm spec={spec} />;
}

function SectionJsonForm({ spec }: { readonly spec: SectionSpec }) {
  const store = usePlanStore();
  const layout = useFormLayoutStyles();
  const styles = useSectionJsonStepStyles();
  const schema = useMemo(
    () =>
      z.object({
        text: z.string().superRefine((text, ctx) => {
          const result = applySectionText(spec, store.getState().plan, text);
          if (!result.ok) ctx.addIssue({ code: 'custom', message: result.problems.join('\n') });
        }),
      }),
    [spec, store],
  );
  const defaults = useMemo(() => ({ text: sectionText(spec, store.getState().plan) }), [spec, store]);
  const commit = useCallback(
    ({ text }: { text: string }) =>
      void store.update((plan) => {
        const result = applySectionText(spec, plan, text);
        return result.ok ? result.plan : plan;
      }),
    [spec, store],
  );
  const { form, formProps } = useStepForm(schema, defaults, commit);

  return (
    <form {...formProps} className={layout.form}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          A guided form for this step is coming: it will {spec.purpose}. Until then, edit this part of the
          plan as JSON; it is checked against the plan format as you type.
        </MessageBarBody>
      </MessageBar>
      <Controller
        control={form.control}
        name="text"
        render={({ field, fieldState }) => (
          <Field
            label={spec.label}
            validationState={fieldState.error ? 'error' : 'none'}
            validationMessage={
              fieldState.error
                ? { className: styles.problems, children: fieldState.error.message }
                : undefined
            }
            hint={spec.optional ? 'Leave it empty to plan without this section.' : undefined}
          >
            <Textarea
              ref={field.ref}
              name={field.name}
              value={field.value}
              onBlur={field.onBlur}
              onChange={(_, data) => field.onChange(data.value)}
              resize="vertical"
              rows={16}
              spellCheck={false}
              textarea={{ className: styles.editor }}
            />
          </Field>
        )}
      />
    </form>
  );
}
