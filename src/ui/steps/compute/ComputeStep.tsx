import { useCallback, useMemo, type ComponentType } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { computeSchema, type Compute, type ComputeKind } from '../../../core/index.ts';
import { ChoiceGroup } from '../../forms/ChoiceGroup.tsx';
import { PlanSection } from '../../findings/PlanSection.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { useStepForm } from '../../forms/useStepForm.ts';
import { usePlanStore } from '../../state/PlanStoreContext.ts';
import { withCompute } from '../../state/planTransitions.ts';
import { ClusterFields } from './ClusterFields.tsx';
import { computeKindChoices } from './computeChoices.ts';
import { computeDefaults, computeFormValues, tidyCompute, type ComputeInput } from './computeDefaults.ts';
import { DatabricksFields } from './DatabricksFields.tsx';
import { HdinsightFields } from './HdinsightFields.tsx';
import { InstanceFields } from './InstanceFields.tsx';
import { ServerlessFields } from './ServerlessFields.tsx';
import { VirtualMachineFields } from './VirtualMachineFields.tsx';

const kindFields: Record<ComputeKind, ComponentType<{ readonly control: Control<ComputeInput> }>> = {
  computeCluster: ClusterFields,
  computeInstance: InstanceFields,
  serverless: ServerlessFields,
  databricks: DatabricksFields,
  virtualMachine: VirtualMachineFields,
  hdinsight: HdinsightFields,
};

/** Step 2: the kind of training compute and exactly the settings that kind has. */
export function ComputeStep() {
  const store = usePlanStore();
  const styles = useFormLayoutStyles();
  const defaults = useMemo(() => computeFormValues(store.getState().plan.compute), [store]);
  const commit = useCallback(
    (compute: Compute) => void store.update((plan) => withCompute(plan, tidyCompute(compute))),
    [store],
  );
  const { form, formProps } = useStepForm(computeSchema, defaults, commit);
  const { control } = form;
  const kind = useWatch({ control, name: 'kind' });
  const changeKind = (next: ComputeKind) =>
    form.reset(computeDefaults(next, form.getValues(), store.getState().plan.workspace));
  const KindFields = kindFields[kind];

  return (
    <PlanSection path="compute">
      <form {...formProps} className={styles.form}>
        <FormGroup title="Kind of compute">
          <ChoiceGroup
            label="Which compute runs the training jobs"
            name="kind"
            value={kind}
            choices={computeKindChoices}
            onChange={changeKind}
          />
        </FormGroup>
        <KindFields key={kind} control={control} />
      </form>
    </PlanSection>
  );
}
