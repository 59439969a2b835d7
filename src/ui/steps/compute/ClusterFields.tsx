import type { Control } from 'react-hook-form';
import { ChoiceField } from '../../forms/ChoiceField.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { NumberField } from '../../forms/NumberField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { VmSizeField } from '../../forms/VmSizeField.tsx';
import { priorityChoices } from './computeChoices.ts';
import type { ComputeInput } from './computeDefaults.ts';
import { PublicIpField } from './PublicIpField.tsx';
import { SshFields } from './SshFields.tsx';

/** Compute cluster: name, size, priority, scale settings, public IP and SSH. */
export function ClusterFields({ control }: { readonly control: Control<ComputeInput> }) {
  return (
    <>
      <FormGroup title="Cluster" columns>
        <TextField control={control} name="name" label="Compute name" required />
        <VmSizeField
          control={control}
          name="vmSize"
          computeType="AmlCompute"
          hint="Such as Standard_DS3_v2."
          required
        />
        <ChoiceField
          control={control}
          name="priority"
          label="Priority"
          choices={priorityChoices}
          layout="horizontal"
        />
      </FormGroup>
      <FormGroup title="Scale" columns>
        <NumberField control={control} name="minNodes" label="Minimum nodes" min={0} />
        <NumberField
          control={control}
          name="maxNodes"
          label="Maximum nodes"
          min={1}
          required
          deps={['minNodes']}
        />
        <NumberField
          control={control}
          name="idleSecondsBeforeScaleDown"
          label="Idle seconds before scale down"
          min={0}
        />
      </FormGroup>
      <FormGroup title="Connectivity">
        <PublicIpField control={control} />
        <SshFields control={control} hint="Optional, and fixed once the cluster exists." />
      </FormGroup>
    </>
  );
}
