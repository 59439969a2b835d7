import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { outboundSchema, type Outbound } from '../../../core/index.ts';
import { PlanSection } from '../../findings/PlanSection.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { SwitchField } from '../../forms/SwitchField.tsx';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { useStepForm } from '../../forms/useStepForm.ts';
import { usePlan, usePlanStore } from '../../state/PlanStoreContext.ts';
import { egressNotApplicable } from '../traffic/applicability.ts';
import { BooleanChoiceField } from '../traffic/BooleanChoiceField.tsx';
import { OutboundRules } from './OutboundRules.tsx';
import { RESTRICTED, UNRESTRICTED, situationalOptions } from './outboundChoices.ts';

/** Step 6: whether outbound traffic is restricted to what Azure Machine Learning needs, and the rules that does. */
export default function OutboundStep() {
  const plan = usePlan();
  const reason = egressNotApplicable(plan);
  if (reason) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{reason}</MessageBarBody>
      </MessageBar>
    );
  }
  return <OutboundForm />;
}

function OutboundForm() {
  const store = usePlanStore();
  const styles = useFormLayoutStyles();
  const defaults = useMemo(() => store.getState().plan.outbound, [store]);
  const commit = useCallback(
    (outbound: Outbound) => void store.update((plan) => ({ ...plan, outbound })),
    [store],
  );
  const { form, formProps } = useStepForm(outboundSchema, defaults, commit);
  const { control } = form;

  return (
    <div className={styles.form}>
      <form {...formProps} className={styles.form}>
        <PlanSection path="outbound">
          <FormGroup title="Outbound traffic">
            <BooleanChoiceField
              control={control}
              name="restrict"
              label="What the compute may reach"
              off={UNRESTRICTED}
              on={RESTRICTED}
            />
          </FormGroup>
          <FormGroup title="What your jobs also use">
            {situationalOptions.map((option) => (
              <SwitchField
                key={option.name}
                control={control}
                name={option.name}
                label={option.label}
                hint={option.why}
              />
            ))}
          </FormGroup>
        </PlanSection>
      </form>
      <PlanSection path="network.subnet.networkSecurityGroup">
        <OutboundRules />
      </PlanSection>
    </div>
  );
}
