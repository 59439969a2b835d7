import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useWatch, type Control } from 'react-hook-form';
import { tableAppliance } from '../../../core/flows/routeFixes.ts';
import { ChoiceField } from '../../forms/ChoiceField.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { SwitchField } from '../../forms/SwitchField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { usePlanPart } from '../../state/PlanStoreContext.ts';
import { routeTargetChoices } from './tunnelingChoices.ts';
import type { TunnelingInput } from './tunnelingForm.ts';

export interface UdrFieldsProps {
  readonly control: Control<TunnelingInput>;
  /** Puts `ip` in the appliance IP field, as if typed there. */
  readonly adoptApplianceIp: (ip: string) => void;
}

/**
 * While the appliance IP is empty and the subnet's route table already sends 0.0.0.0/0 to an appliance, offers
 * that appliance's IP. Offered, not filled in: the plan changes only when the person says so, and the offer
 * names the route it comes from, so an old or wrong route isn't copied unseen into the plan.
 */
function ApplianceFromTable({ control, adoptApplianceIp }: UdrFieldsProps) {
  const ip = useWatch({ control, name: 'applianceIp' });
  const found = tableAppliance(usePlanPart((plan) => plan.network?.subnet?.routeTable));
  if (!found || (ip ?? '').trim() !== '') return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        Route “{found.route}” on {found.table} already sends internet traffic to {found.ip}.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => adoptApplianceIp(found.ip)}>Use {found.ip}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The appliance's IP, how bypass routes name their destinations, and the optional Batch route. */
export function UdrFields(props: UdrFieldsProps) {
  const { control } = props;
  return (
    <FormGroup title="User-defined routes">
      <TextField
        control={control}
        name="applianceIp"
        label="Firewall or appliance private IP"
        hint="The next hop of the 0.0.0.0/0 route, such as 10.0.0.4 (Azure Firewall’s private IP)."
        inputMode="decimal"
        required
      />
      <ApplianceFromTable {...props} />
      <ChoiceField
        control={control}
        name="routeTargets"
        label="Routes that bypass the appliance"
        choices={routeTargetChoices}
      />
      <SwitchField
        control={control}
        name="routeBatchNodeManagement"
        label="Route BatchNodeManagement straight to the internet"
        hint="Microsoft’s earlier guidance; harmless. Without it, your firewall must allow BatchNodeManagement outbound."
      />
    </FormGroup>
  );
}
