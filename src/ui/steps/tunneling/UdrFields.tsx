import type { Control } from 'react-hook-form';
import { ChoiceField } from '../../forms/ChoiceField.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { SwitchField } from '../../forms/SwitchField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { routeTargetChoices } from './tunnelingChoices.ts';
import type { TunnelingInput } from './tunnelingForm.ts';

/** The appliance's IP, how bypass routes name their destinations, and the optional Batch route. */
export function UdrFields({ control }: { readonly control: Control<TunnelingInput> }) {
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
