import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { DOCS, type Tunneling } from '../../../core/index.ts';
import { PlanSection } from '../../findings/PlanSection.tsx';
import { ChoiceField } from '../../forms/ChoiceField.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { useStepForm } from '../../forms/useStepForm.ts';
import { usePlan, usePlanStore } from '../../state/PlanStoreContext.ts';
import { egressNotApplicable } from '../traffic/applicability.ts';
import { Explainer } from '../traffic/Explainer.tsx';
import { FirewallUdpNote } from '../traffic/FirewallUdpNote.tsx';
import { ServiceTagsPanel } from '../../servicetags/ServiceTagsPanel.tsx';
import { RoutesView } from './RoutesView.tsx';
import { tunnelingChoices } from './tunnelingChoices.ts';
import { tunnelingFormSchema } from './tunnelingForm.ts';
import { UdrFields } from './UdrFields.tsx';

/** Step 7: how outbound traffic leaves the network: directly, through a NAT gateway, or through a firewall. */
export default function TunnelingStep() {
  const plan = usePlan();
  const reason = egressNotApplicable(plan);
  if (reason) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{reason}</MessageBarBody>
      </MessageBar>
    );
  }
  return <TunnelingForm />;
}

function TunnelingForm() {
  const store = usePlanStore();
  const plan = usePlan();
  const styles = useFormLayoutStyles();
  const defaults = useMemo(() => store.getState().plan.tunneling, [store]);
  const commit = useCallback(
    (tunneling: Tunneling) => void store.update((current) => ({ ...current, tunneling })),
    [store],
  );
  const { form, formProps } = useStepForm(tunnelingFormSchema, defaults, commit);
  const { control } = form;
  const mode = useWatch({ control, name: 'mode' });
  // Say at once that routes through an appliance need its address; the plan keeps the last valid choice until then.
  useEffect(() => {
    if (mode === 'userDefinedRoutes') void form.trigger('applianceIp');
  }, [form, mode]);
  const adoptApplianceIp = useCallback(
    (ip: string) => {
      form.setValue('applianceIp', ip, { shouldDirty: true, shouldValidate: true });
      // The offer goes once the field has an IP: show the person where it went.
      form.setFocus('applianceIp');
    },
    [form],
  );

  return (
    <div className={styles.form}>
      <form {...formProps} className={styles.form}>
        <PlanSection path="tunneling">
          <FormGroup title="Way out to the internet">
            <Explainer href={DOCS.defaultOutbound} topic="default outbound access">
              Compute without public IPs needs its own way out to reach Microsoft services and package feeds.
            </Explainer>
            <ChoiceField
              control={control}
              name="mode"
              label="How outbound traffic leaves the network"
              choices={tunnelingChoices}
            />
          </FormGroup>
          {mode === 'natGateway' && plan.network?.subnet?.natGateway === true && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>The subnet already has a NAT gateway; the plan keeps it.</MessageBarBody>
            </MessageBar>
          )}
          {mode === 'userDefinedRoutes' && (
            <UdrFields control={control} adoptApplianceIp={adoptApplianceIp} />
          )}
          {mode === 'userDefinedRoutes' && plan.outbound.restrict && <FirewallUdpNote />}
        </PlanSection>
      </form>
      <PlanSection path="network.subnet.routeTable">
        <RoutesView />
      </PlanSection>
      <ServiceTagsPanel />
    </div>
  );
}
