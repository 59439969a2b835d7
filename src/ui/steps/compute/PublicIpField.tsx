import type { Control } from 'react-hook-form';
import { SwitchField } from '../../forms/SwitchField.tsx';
import type { ComputeInput } from './computeDefaults.ts';

export interface PublicIpFieldProps {
  readonly control: Control<ComputeInput>;
  /** Azure Databricks calls "no public IP" secure cluster connectivity. */
  readonly databricks?: boolean;
}

/** Whether compute nodes get public IP addresses. */
export function PublicIpField({ control, databricks }: PublicIpFieldProps) {
  const hint = databricks
    ? 'Off (recommended) is secure cluster connectivity: cluster nodes have no public IP.'
    : 'Off (recommended): no public IP and no inbound rules. On: nodes need inbound TCP 44224 from AzureMachineLearning.';
  return <SwitchField control={control} name="publicIp" label="Public IP addresses on nodes" hint={hint} />;
}
