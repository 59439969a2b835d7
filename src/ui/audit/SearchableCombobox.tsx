import { Combobox, Field, useComboboxFilter } from '@fluentui/react-components';
import { useState } from 'react';
import { useAuditStyles } from './AuditDialog.styles.ts';

export interface PickOption {
  /** The resource id (or subscription id) the option stands for. */
  readonly value: string;
  /** What the person reads and searches: the name, with its resource group or region. */
  readonly children: string;
}

export interface SearchableComboboxProps {
  readonly label: string;
  readonly options: readonly PickOption[];
  readonly selected: string | undefined;
  readonly onSelect: (value: string) => void;
  /** Why the list is empty or can't be used yet (shown as the field's hint). */
  readonly hint?: string;
  /** A failure to read the list, shown as an error under the field. */
  readonly error?: string;
  readonly disabled?: boolean;
}

/** A labelled combobox that filters its options as the person types. */
export function SearchableCombobox({
  label,
  options,
  selected,
  onSelect,
  hint,
  error,
  disabled,
}: SearchableComboboxProps) {
  const styles = useAuditStyles();
  const selectedText = options.find((option) => option.value === selected)?.children ?? '';
  const [query, setQuery] = useState(selectedText);
  const [typing, setTyping] = useState(false);
  const shown = useComboboxFilter(typing ? query : '', [...options], {
    noOptionsMessage: `No ${label.toLowerCase()} matches "${query}".`,
    optionToText: (option) => option.children,
  });
  return (
    <Field label={label} hint={hint} validationMessage={error} validationState={error ? 'error' : 'none'}>
      <Combobox
        className={styles.combobox}
        value={typing ? query : selectedText}
        selectedOptions={selected === undefined ? [] : [selected]}
        disabled={disabled}
        placeholder={options.length > 0 ? 'Type to search' : undefined}
        onChange={(event) => {
          setTyping(true);
          setQuery(event.target.value);
        }}
        onOptionSelect={(_, data) => {
          setTyping(false);
          if (data.optionValue !== undefined) onSelect(data.optionValue);
        }}
        onOpenChange={(_, data) => {
          if (!data.open) setTyping(false);
        }}
      >
        {shown}
      </Combobox>
    </Field>
  );
}
