import { Button, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { useRef } from 'react';
import type { SecurityRule } from '../../../core/index.ts';
import { subnetNsg } from '../../../core/index.ts';
import { usePlan, usePlanStore } from '../../state/PlanStoreContext.ts';
import { RowActions } from './RowActions.tsx';
import { RuleDialog } from './RuleDialog.tsx';
import { nextPriority, withNsgRules } from './ruleEdit.ts';
import { rulesOf } from './ruleText.ts';
import { SecurityRuleTable } from './SecurityRuleTable.tsx';
import { placeAt, useEditDialog } from './useEditDialog.ts';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0 },
  add: { justifySelf: 'start' },
});

/**
 * The rules of one direction the plan records on the compute subnet's NSG, with buttons to add, edit and
 * remove them. Rules that aren't edited stay exactly as they were imported.
 */
export function ExistingRules({ direction }: { readonly direction: 'Inbound' | 'Outbound' }) {
  const styles = useStyles();
  const plan = usePlan();
  const store = usePlanStore();
  const addRef = useRef<HTMLButtonElement>(null);
  // The dialog gives focus back to the button that opened it.
  const restoreFocus = useRestoreFocusTarget();
  const { dialog, open: openDialog, close, indexIn } = useEditDialog();
  const nsg = subnetNsg(plan);
  if (!nsg) return null;
  const rules = nsg.securityRules;
  const words = direction.toLowerCase();
  const save = (next: readonly SecurityRule[]) => {
    store.update((current) => withNsgRules(current, next));
    close();
  };
  const indexOf = (name: string) => rules.findIndex((rule) => rule.name === name);
  const editIndex = indexIn(rules.length);
  const original = rules[editIndex];

  return (
    <div className={styles.root}>
      <SecurityRuleTable
        title={`${direction} rules on ${nsg.name}${nsg.mode === 'existing' ? ' today' : ''}`}
        rules={rulesOf(rules, direction)}
        empty={`The plan records no ${words} rules of your own on ${nsg.name}; Azure's default rules still apply.`}
        actions={(row) => (
          <RowActions
            what="rule"
            name={row.name}
            onEdit={() => openDialog({ index: indexOf(row.name) })}
            onRemove={() => {
              save(rules.filter((_, i) => i !== indexOf(row.name)));
              // The row and its buttons are gone: keep the keyboard user nearby.
              addRef.current?.focus();
            }}
          />
        )}
      />
      <Button ref={addRef} className={styles.add} onClick={() => openDialog('new')} {...restoreFocus}>
        Add an {words} rule
      </Button>
      <RuleDialog
        open={dialog.open}
        formKey={dialog.seq}
        rule={original}
        index={editIndex}
        direction={direction}
        others={rules.filter((_, i) => i !== editIndex)}
        priority={nextPriority(rules, direction)}
        onClose={close}
        onSave={(rule) => save(placeAt(rules, editIndex, rule))}
      />
    </div>
  );
}
