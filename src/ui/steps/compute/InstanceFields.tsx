import type { Control } from 'react-hook-form';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { VmSizeField } from '../../forms/VmSizeField.tsx';
import type { ComputeInput } from './computeDefaults.ts';
import { PublicIpField } from './PublicIpField.tsx';
import { SshFields } from './SshFields.tsx';

/** Compute instance: name, size, public IP and SSH. */
export function InstanceFields({ control }: { readonly control: Control<ComputeInput> }) {
  return (
    <>
      <FormGroup title="Instance" columns>
        <TextField control={control} name="name" label="Compute name" required />
        <VmSizeField
          control={control}
          name="vmSize"
          computeType="ComputeInstance"
          hint="Such as Standard_DS3_v2."
          required
        />
      </FormGroup>
      <FormGroup title="Connectivity">
        <PublicIpField control={control} />
        <SshFields control={control} hint="Optional, and fixed once the instance exists." />
      </FormGroup>
    </>
  );
}
