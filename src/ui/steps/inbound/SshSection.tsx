import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useWatch, type Control } from 'react-hook-form';
import { DEFAULT_SSH_SOURCE } from '../../../core/index.ts';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { NumberField } from '../../forms/NumberField.tsx';
import { SwitchField } from '../../forms/SwitchField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { isOpenToWorld } from '../traffic/ruleText.ts';
import type { InboundInput } from './inboundForm.ts';

export interface SshSectionProps {
  readonly control: Control<InboundInput>;
  /** Attached compute: Azure Machine Learning itself connects over SSH. */
  readonly attached: boolean;
}

/** SSH on or off, its port, where connections may come from, and a warning when that is anywhere. */
export function SshSection({ control, attached }: SshSectionProps) {
  const styles = useFormLayoutStyles();
  const enabled = useWatch({ control, name: 'ssh.enabled' });
  const source = useWatch({ control, name: 'ssh.sourceAddressPrefix' });
  const hint = attached
    ? 'Your own SSH access to the machine, besides the connection Azure Machine Learning makes.'
    : 'Lets you sign in to the nodes, from the source you allow below.';
  return (
    <FormGroup title="SSH">
      <SwitchField control={control} name="ssh.enabled" label="SSH access" hint={hint} />
      {enabled === true && (
        <div className={styles.columns}>
          <NumberField control={control} name="ssh.port" label="SSH port" min={1} max={65535} />
          <TextField
            control={control}
            name="ssh.sourceAddressPrefix"
            label="Allowed SSH source"
            hint={`Your network's address range, such as 203.0.113.0/24. Empty means ${DEFAULT_SSH_SOURCE} only.`}
            emptyAsUndefined
          />
        </div>
      )}
      {enabled === true && isOpenToWorld(source) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            SSH is open to the whole internet: anyone can try to sign in to the nodes. Enter your network’s
            address range instead, such as 203.0.113.0/24.
          </MessageBarBody>
        </MessageBar>
      )}
    </FormGroup>
  );
}
