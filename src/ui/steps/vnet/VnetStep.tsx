import { useId } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { DOCS, type Vnet, type Workspace } from '../../../core/index.ts';
import { PlanSection } from '../../findings/PlanSection.tsx';
import { ChoiceField } from '../../forms/ChoiceField.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { RegionField } from '../../forms/RegionField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { useStepForm } from '../../forms/useStepForm.ts';
import { usePlan, usePlanStore } from '../../state/PlanStoreContext.ts';
import { Explanation } from './Explanation.tsx';
import { NetworkNotPlanned } from './NetworkNotPlanned.tsx';
import { OtherSubnetsField } from './OtherSubnetsField.tsx';
import { RegionNotice } from './RegionNotice.tsx';
import { TextListField } from './TextListField.tsx';
import { vnetModeChoices } from './vnetChoices.ts';
import { tidyVnet, vnetFormSchema, type VnetInput } from './vnetForm.ts';

/** Step 3: the virtual network the compute joins (only with your own virtual network). */
export default function VnetStep() {
  const plan = usePlan();
  if (plan.workspace.isolation === 'managedVnet' || !plan.network) {
    return <NetworkNotPlanned what="virtual network" />;
  }
  return (
    <PlanSection path="network.vnet">
      <VnetForm vnet={plan.network.vnet} workspace={plan.workspace} />
    </PlanSection>
  );
}

function VnetForm({ vnet, workspace }: { readonly vnet: Vnet; readonly workspace: Workspace }) {
  const store = usePlanStore();
  const styles = useFormLayoutStyles();
  // The form starts from the stored VNet once; later changes come from the form itself.
  const [defaults] = useState<VnetInput>(vnet);
  const addressHelp = useId('address-space-help');
  const dnsHelp = useId('dns-help');
  const commit = useCallback(
    (next: Vnet) =>
      void store.update((plan) =>
        plan.network ? { ...plan, network: { ...plan.network, vnet: tidyVnet(next) } } : plan,
      ),
    [store],
  );
  const { form, formProps } = useStepForm(vnetFormSchema, defaults, commit);
  const { control } = form;

  return (
    <form {...formProps} className={styles.form}>
      <FormGroup title="Virtual network">
        <Explanation docUrl={DOCS.secureTraining} topic="training in a virtual network">
          The compute gets its network addresses from a subnet of this virtual network (VNet), and everything
          it talks to is checked against the VNet’s rules.
        </Explanation>
        <ChoiceField control={control} name="mode" label="New or existing" choices={vnetModeChoices} />
      </FormGroup>
      <FormGroup title="Where it lives" columns>
        <TextField control={control} name="resourceGroup" label="Resource group" required />
        <TextField control={control} name="name" label="Virtual network name" required />
        <RegionField
          control={control}
          name="region"
          label="Region"
          hint={`Defaults to the workspace’s region, ${workspace.region}.`}
          required
        />
        <TextField
          control={control}
          name="subscriptionId"
          label="Subscription id"
          emptyAsUndefined
          placeholder={workspace.subscriptionId}
          hint="Optional: leave it empty to use the workspace’s subscription (shown greyed). Training compute needs the VNet in that subscription."
        />
      </FormGroup>
      <RegionNotice form={form} workspaceRegion={workspace.region} />
      <FormGroup title="Addresses">
        <Explanation id={addressHelp} docUrl={DOCS.limits} topic="virtual network address spaces">
          The private address ranges the VNet owns, written as CIDR such as 10.0.0.0/16. Every subnet must lie
          inside one of them, and they must not overlap networks you connect to, such as on-premises or peered
          VNets.
        </Explanation>
        <TextListField
          form={form}
          name="addressSpace"
          title="Address space"
          itemLabel="Address space"
          addLabel="Add address space"
          minRows={1}
          placeholder="10.0.0.0/16"
          describedBy={addressHelp}
        />
      </FormGroup>
      <FormGroup title="Name resolution">
        <Explanation id={dnsHelp} docUrl={DOCS.secureTraining} topic="custom DNS for Azure Machine Learning">
          Leave the list empty to use Azure-provided DNS, which is right for most teams. If you list your own
          DNS servers, they must forward to Azure DNS at 168.63.129.16, or the compute can’t find the
          workspace’s private endpoints.
        </Explanation>
        <TextListField
          form={form}
          name="dnsServers"
          title="DNS servers"
          itemLabel="DNS server"
          addLabel="Add DNS server"
          placeholder="10.0.0.4"
          emptyText="None listed: the VNet uses Azure-provided DNS."
          describedBy={dnsHelp}
        />
      </FormGroup>
      <FormGroup title="Subnets already there">
        <Explanation docUrl={DOCS.secureTraining} topic="subnets in a virtual network">
          Subnets of this VNet that this plan doesn’t touch. List them so the wizard can check that the
          compute subnet doesn’t overlap them and can suggest a free range.
        </Explanation>
        <OtherSubnetsField form={form} />
      </FormGroup>
    </form>
  );
}
