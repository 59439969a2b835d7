import type { Control } from 'react-hook-form';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { SelectField } from '../../forms/SelectField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { osOptions } from './computeChoices.ts';
import type { ComputeInput } from './computeDefaults.ts';
import { SshFields } from './SshFields.tsx';

/** Attached virtual machine: name, resource id, operating system and SSH. */
export function VirtualMachineFields({ control }: { readonly control: Control<ComputeInput> }) {
  return (
    <>
      <FormGroup title="Attached virtual machine" columns>
        <TextField
          control={control}
          name="name"
          label="Compute name"
          hint="The name it is attached under."
          required
        />
        <SelectField
          control={control}
          name="os"
          label="Operating system"
          hint="Azure Machine Learning attaches Ubuntu VMs only."
          options={osOptions}
        />
      </FormGroup>
      <FormGroup title="Existing resource">
        <TextField
          control={control}
          name="resourceId"
          label="Resource id"
          hint="/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Compute/virtualMachines/<name>"
          required
        />
      </FormGroup>
      <FormGroup title="Connectivity">
        <SshFields control={control} hint="Azure Machine Learning connects to the VM over SSH." />
      </FormGroup>
    </>
  );
}
