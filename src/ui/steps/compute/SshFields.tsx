import { useWatch, type Control } from 'react-hook-form';
import { NumberField } from '../../forms/NumberField.tsx';
import { SwitchField } from '../../forms/SwitchField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import type { ComputeInput } from './computeDefaults.ts';

export interface SshFieldsProps {
  readonly control: Control<ComputeInput>;
  readonly hint: string;
}

/** SSH on the compute: a switch, and when on, the port and where connections may come from. */
export function SshFields({ control, hint }: SshFieldsProps) {
  const styles = useFormLayoutStyles();
  const enabled = useWatch({ control, name: 'ssh.enabled' });
  return (
    <>
      <SwitchField control={control} name="ssh.enabled" label="SSH access" hint={hint} />
      {enabled === true && (
        <div className={styles.columns}>
          <NumberField control={control} name="ssh.port" label="SSH port" min={1} max={65535} />
          <TextField
            control={control}
            name="ssh.sourceAddressPrefix"
            label="Allowed SSH source"
            hint="Restrict it to your network, such as 203.0.113.0/24."
            emptyAsUndefined
          />
        </div>
      )}
    </>
  );
}
