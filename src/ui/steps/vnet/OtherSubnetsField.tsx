import { Button } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { TextField } from '../../forms/TextField.tsx';
import { useRowFocus } from '../../forms/useRowFocus.ts';
import { useNetworkStepStyles } from './networkStep.styles.ts';
import type { VnetInput } from './vnetForm.ts';

/**
 * The VNet's subnets this plan doesn't touch, as name + prefix rows, so overlaps with them are caught.
 * A new row takes focus; removing one moves focus to its neighbour, or to the add button.
 */
export function OtherSubnetsField({ form }: { readonly form: UseFormReturn<VnetInput> }) {
  const styles = useNetworkStepStyles();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'otherSubnets' });
  // A new row takes focus through useFieldArray's append; a removal moves it with useRowFocus.
  const { addRef, afterRemove } = useRowFocus((index) => form.setFocus(`otherSubnets.${index}.name`));

  const removeRow = (index: number) => {
    afterRemove(index, fields.length - 1);
    remove(index);
  };

  return (
    <fieldset className={styles.list}>
      <legend className={styles.listTitle}>Other subnets</legend>
      {fields.length === 0 && <p className={styles.empty}>No other subnets listed.</p>}
      {fields.length > 0 && (
        <ul className={styles.rows}>
          {fields.map((field, index) => (
            <li key={field.id} className={styles.row}>
              <div className={styles.pairFields}>
                <TextField
                  control={form.control}
                  name={`otherSubnets.${index}.name`}
                  label={`Subnet ${index + 1} name`}
                />
                <TextField
                  control={form.control}
                  name={`otherSubnets.${index}.addressPrefix`}
                  label={`Subnet ${index + 1} address prefix`}
                  placeholder="10.0.0.0/24"
                />
              </div>
              <Button
                className={styles.removeButton}
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={`Remove subnet ${index + 1}`}
                onClick={() => removeRow(index)}
              />
            </li>
          ))}
        </ul>
      )}
      <Button
        ref={addRef}
        className={styles.addButton}
        icon={<AddRegular />}
        onClick={() => append({ name: '', addressPrefix: '' })}
      >
        Add subnet
      </Button>
    </fieldset>
  );
}
