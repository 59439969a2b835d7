import type { Control } from 'react-hook-form';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { TextField } from '../../forms/TextField.tsx';
import type { ComputeInput } from './computeDefaults.ts';
import { PublicIpField } from './PublicIpField.tsx';

/** Azure Databricks: the attached compute name and secure cluster connectivity. */
export function DatabricksFields({ control }: { readonly control: Control<ComputeInput> }) {
  return (
    <>
      <FormGroup title="Attached Databricks" columns>
        <TextField
          control={control}
          name="name"
          label="Compute name"
          hint="The name it is attached under."
          required
        />
      </FormGroup>
      <FormGroup title="Connectivity">
        <PublicIpField control={control} databricks />
      </FormGroup>
    </>
  );
}
