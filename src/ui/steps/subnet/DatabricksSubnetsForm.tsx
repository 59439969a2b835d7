import { useCallback, useState } from 'react';
import { useId } from '@fluentui/react-components';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type * as z from 'zod/mini';
import { DOCS, type Compute, type Network, type Vnet } from '../../../core/index.ts';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { useStepForm } from '../../forms/useStepForm.ts';
import { usePlanStore } from '../../state/PlanStoreContext.ts';
import { defaultDatabricksSubnets } from '../../state/planTransitions.ts';
import { useSubnetStepStyles } from './SubnetStep.styles.ts';
import { SubnetFields } from './SubnetFields.tsx';
import { databricksFormSchema, type DatabricksInput } from './subnetForm.ts';

type Pair = z.output<typeof databricksFormSchema>;
type Side = 'publicSubnet' | 'privateSubnet';

const sides: { side: Side; other: Side; title: string; intro: string }[] = [
  {
    side: 'publicSubnet',
    other: 'privateSubnet',
    title: 'Host subnet (public)',
    intro: 'Azure Databricks gives each cluster node its host address from this subnet.',
  },
  {
    side: 'privateSubnet',
    other: 'publicSubnet',
    title: 'Container subnet (private)',
    intro: 'Azure Databricks gives each cluster node its container address from this subnet.',
  },
];

function DatabricksSide(props: {
  readonly form: UseFormReturn<DatabricksInput>;
  readonly side: (typeof sides)[number];
  readonly compute: Compute;
  readonly vnet: Vnet;
}) {
  const { form, side, compute, vnet } = props;
  const styles = useSubnetStepStyles();
  const [otherName = '', otherPrefix = ''] = useWatch({
    control: form.control,
    name: [`${side.other}.name`, `${side.other}.addressPrefix`],
  });
  const headingId = useId(`${side.side}-heading`);
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.panelTitle}>
        {side.title}
      </h3>
      <SubnetFields
        form={form}
        base={`${side.side}.`}
        title="Subnet"
        intro={side.intro}
        docUrl={DOCS.databricksVnet}
        compute={compute}
        vnet={vnet}
        siblings={[{ name: otherName, addressPrefix: otherPrefix }]}
      />
    </section>
  );
}

/** Azure Databricks VNet injection: the host and container subnets (`network.databricks`), side by side. */
export function DatabricksSubnetsForm({
  network,
  compute,
}: {
  readonly network: Network;
  readonly compute: Compute;
}) {
  const store = usePlanStore();
  const layout = useFormLayoutStyles();
  const styles = useSubnetStepStyles();
  const [defaults] = useState<DatabricksInput>(() => network.databricks ?? defaultDatabricksSubnets());
  const commit = useCallback(
    (databricks: Pair) =>
      void store.update((plan) =>
        plan.network ? { ...plan, network: { ...plan.network, databricks } } : plan,
      ),
    [store],
  );
  const { form, formProps } = useStepForm(databricksFormSchema, defaults, commit);
  return (
    <form {...formProps} className={layout.form}>
      <p className={styles.intro}>
        Azure Databricks needs two subnets of its own in the virtual network: one for the hosts and one for
        the containers. Each node takes one address in both.
      </p>
      <div className={styles.pair}>
        {sides.map((side) => (
          <DatabricksSide key={side.side} form={form} side={side} compute={compute} vnet={network.vnet} />
        ))}
      </div>
    </form>
  );
}
