import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { PlanSection } from '../../findings/PlanSection.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { useStepForm } from '../../forms/useStepForm.ts';
import { usePlan, usePlanStore } from '../../state/PlanStoreContext.ts';
import { inboundNotApplicable } from '../traffic/applicability.ts';
import {
  applyInbound,
  inboundFormSchema,
  inboundFormValues,
  kindHasPublicIp,
  kindHasSsh,
  type InboundValues,
} from './inboundForm.ts';
import { AttachedInbound, NoPublicIpNeeds } from './InboundNotes.tsx';
import { InboundRules } from './InboundRules.tsx';
import { PublicIpChoice } from './PublicIpChoice.tsx';
import { SshSection } from './SshSection.tsx';

/** Step 5: public IPs, SSH, and the inbound rules on the compute subnet's network security group. */
export default function InboundStep() {
  const plan = usePlan();
  const reason = inboundNotApplicable(plan);
  if (reason) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{reason}</MessageBarBody>
      </MessageBar>
    );
  }
  return <InboundForm />;
}

function InboundForm() {
  const store = usePlanStore();
  const plan = usePlan();
  const styles = useFormLayoutStyles();
  const kind = plan.compute.kind;
  const defaults = useMemo(() => inboundFormValues(store.getState().plan.compute), [store]);
  const commit = useCallback(
    (values: InboundValues) =>
      void store.update((current) => ({ ...current, compute: applyInbound(current.compute, values) })),
    [store],
  );
  const { form, formProps } = useStepForm(inboundFormSchema, defaults, commit);
  const { control } = form;
  const publicIp = useWatch({ control, name: 'publicIp' });
  const port = useWatch({ control, name: 'ssh.port' });

  return (
    <div className={styles.form}>
      <form {...formProps} className={styles.form}>
        <PlanSection path="compute">
          {kindHasPublicIp(kind) && (
            <FormGroup title="Public IP">
              <PublicIpChoice control={control} inbound44224={kind !== 'serverless'} />
              {publicIp !== true && <NoPublicIpNeeds plan={plan} />}
            </FormGroup>
          )}
          {(kind === 'virtualMachine' || kind === 'hdinsight') && (
            <FormGroup title="How Azure Machine Learning reaches the compute">
              <AttachedInbound kind={kind} port={typeof port === 'number' ? port : 22} />
            </FormGroup>
          )}
          {kindHasSsh(kind) && (
            <SshSection control={control} attached={kind === 'virtualMachine' || kind === 'hdinsight'} />
          )}
        </PlanSection>
      </form>
      <PlanSection path="network.subnet.networkSecurityGroup">
        <InboundRules />
      </PlanSection>
    </div>
  );
}
