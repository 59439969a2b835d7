import type { Control } from 'react-hook-form';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { TextField } from '../../forms/TextField.tsx';
import type { ComputeInput } from './computeDefaults.ts';
import { SshFields } from './SshFields.tsx';

/** Attached HDInsight cluster: name, resource id and SSH. */
export function HdinsightFields({ control }: { readonly control: Control<ComputeInput> }) {
  return (
    <>
      <FormGroup title="Attached HDInsight" columns>
        <TextField
          control={control}
          name="name"
          label="Compute name"
          hint="The name it is attached under."
          required
        />
      </FormGroup>
      <FormGroup title="Existing resource">
        <TextField
          control={control}
          name="resourceId"
          label="Resource id"
          hint="/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.HDInsight/clusters/<name>"
          required
        />
      </FormGroup>
      <FormGroup title="Connectivity">
        <SshFields control={control} hint="Azure Machine Learning connects to the cluster over SSH." />
      </FormGroup>
    </>
  );
}
