import { Button } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import {
  useWatch,
  type FieldPath,
  type FieldValues,
  type PathValue,
  type UseFormReturn,
} from 'react-hook-form';
import { TextField } from '../../forms/TextField.tsx';
import { useRowFocus } from '../../forms/useRowFocus.ts';
import { useNetworkStepStyles } from './networkStep.styles.ts';

export interface TextListFieldProps<T extends FieldValues> {
  readonly form: UseFormReturn<T>;
  /** The list's field, a list of text in the plan (e.g. `addressSpace`). */
  readonly name: FieldPath<T>;
  /** Title of the list, such as "Address space". */
  readonly title: string;
  /** Label of one row, numbered from 1: "Address space 1". */
  readonly itemLabel: string;
  readonly addLabel: string;
  /** Rows that can't be removed (at least one address space). */
  readonly minRows?: number;
  readonly placeholder?: string;
  /** Shown when the list is empty, saying what an empty list means. */
  readonly emptyText?: string;
  readonly describedBy?: string;
}

/** "Address space" → "address space", but "DNS server" stays as it is. */
const lowerFirst = (text: string) =>
  /^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : '')) : [];

/**
 * An editable list of text boxes: each row is a labelled field named `<name>.<index>` (so it has its
 * plan path) with a remove button; focus moves to the new row on add and to a neighbour on remove.
 */
export function TextListField<T extends FieldValues>(props: TextListFieldProps<T>) {
  const { form, name, title, itemLabel, addLabel, minRows = 0, placeholder, emptyText, describedBy } = props;
  const styles = useNetworkStepStyles();
  const items = asList(useWatch({ control: form.control, name }));
  const at = (index: number) => `${name}.${index}` as FieldPath<T>;
  const { addRef, afterAdd, afterRemove } = useRowFocus((index) => form.setFocus(at(index)));

  const update = (next: string[]) => {
    form.setValue(name, next as PathValue<T, FieldPath<T>>, { shouldDirty: true, shouldTouch: true });
    void form.trigger(name);
  };
  const add = () => {
    afterAdd(items.length);
    update([...items, '']);
  };
  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    afterRemove(index, next.length);
    update(next);
  };

  return (
    <fieldset className={styles.list} aria-describedby={describedBy}>
      <legend className={styles.listTitle}>{title}</legend>
      {items.length === 0 && emptyText && <p className={styles.empty}>{emptyText}</p>}
      {items.length > 0 && (
        <ul className={styles.rows}>
          {items.map((_, index) => (
            <li key={index} className={styles.row}>
              <TextField
                control={form.control}
                name={at(index)}
                label={`${itemLabel} ${index + 1}`}
                placeholder={placeholder}
              />
              {items.length > minRows && (
                <Button
                  className={styles.removeButton}
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={`Remove ${lowerFirst(itemLabel)} ${index + 1}`}
                  onClick={() => remove(index)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <Button ref={addRef} className={styles.addButton} icon={<AddRegular />} onClick={add}>
        {addLabel}
      </Button>
    </fieldset>
  );
}
