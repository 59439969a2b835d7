import { useCallback, useState } from 'react';
import { DOCS, type Compute, type Network, type Subnet } from '../../../core/index.ts';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { useStepForm } from '../../forms/useStepForm.ts';
import { usePlanStore } from '../../state/PlanStoreContext.ts';
import { defaultComputeSubnet } from '../../state/planTransitions.ts';
import { SubnetFields } from './SubnetFields.tsx';
import { subnetFormSchema, type SubnetInput } from './subnetForm.ts';

const INTRO =
  'The compute’s network interfaces take their addresses from this subnet, so it must be big enough for the ' +
  'compute at its peak and must not overlap the other subnets.';

/** The compute subnet of every kind except Azure Databricks (`network.subnet`). */
export function ComputeSubnetForm({
  network,
  compute,
}: {
  readonly network: Network;
  readonly compute: Compute;
}) {
  const store = usePlanStore();
  const layout = useFormLayoutStyles();
  // The form starts from the stored subnet once; its NSG rules and route table ride along untouched.
  const [defaults] = useState<SubnetInput>(() => network.subnet ?? defaultComputeSubnet());
  const commit = useCallback(
    (subnet: Subnet) =>
      void store.update((plan) => (plan.network ? { ...plan, network: { ...plan.network, subnet } } : plan)),
    [store],
  );
  const { form, formProps } = useStepForm(subnetFormSchema, defaults, commit);
  return (
    <form {...formProps} className={layout.form}>
      <SubnetFields
        form={form}
        base=""
        title="Compute subnet"
        intro={INTRO}
        docUrl={DOCS.secureTraining}
        compute={compute}
        vnet={network.vnet}
      />
    </form>
  );
}
