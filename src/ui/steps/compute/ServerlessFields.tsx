import type { Control } from 'react-hook-form';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { NumberField } from '../../forms/NumberField.tsx';
import { VmSizeField } from '../../forms/VmSizeField.tsx';
import type { ComputeInput } from './computeDefaults.ts';
import { PublicIpField } from './PublicIpField.tsx';

/** Serverless compute: node limit, size and public IP (it has no name in Azure). */
export function ServerlessFields({ control }: { readonly control: Control<ComputeInput> }) {
  return (
    <>
      <FormGroup title="Serverless jobs" columns>
        <NumberField
          control={control}
          name="maxNodes"
          label="Maximum nodes"
          hint="The most nodes one job may use; each takes one address in the subnet."
          min={1}
          required
        />
        <VmSizeField
          control={control}
          name="vmSize"
          hint="Optional; each job may choose its own."
          emptyAsUndefined
        />
      </FormGroup>
      <FormGroup title="Connectivity">
        <PublicIpField control={control} />
      </FormGroup>
    </>
  );
}
