import { Button } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { TextField } from '../../forms/TextField.tsx';
import { useNetworkStepStyles } from './networkStep.styles.ts';
import type { VnetInput } from './vnetForm.ts';

/**
 * The VNet's subnets this plan doesn't touch, as name + prefix rows, so overlaps with them are caught.
 * A new row takes focus; removing one moves focus to its neighbour, or to the add button.
 */
export function OtherSubnetsField({ form }: { readonly form: UseFormReturn<VnetInput> }) {
  const styles = useNetworkStepStyles();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'otherSubnets' });
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfterRemove = useRef<number | 'add' | undefined>(undefined);

  useEffect(() => {
    const target = focusAfterRemove.current;
    focusAfterRemove.current = undefined;
    if (target === 'add') addRef.current?.focus();
    else if (target !== undefined) form.setFocus(`otherSubnets.${target}.name`);
  });

  const removeRow = (index: number) => {
    const left = fields.length - 1;
    focusAfterRemove.current = left === 0 ? 'add' : Math.min(index, left - 1);
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
