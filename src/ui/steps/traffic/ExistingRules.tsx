import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { SecurityRule } from '../../../core/index.ts';
import { subnetNsg } from '../../../core/index.ts';
import { usePlan, usePlanStore } from '../../state/PlanStoreContext.ts';
import { RuleDialog } from './RuleDialog.tsx';
import { nextPriority, withNsgRules } from './ruleEdit.ts';
import { rulesOf } from './ruleText.ts';
import { SecurityRuleTable } from './SecurityRuleTable.tsx';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  add: { justifySelf: 'start' },
});

/** Which rule the dialog shows: an index into the NSG's rules, or `new`; `seq` counts openings. */
interface DialogState {
  readonly open: boolean;
  readonly target: { readonly index: number } | 'new';
  readonly seq: number;
}

/**
 * The rules of one direction the plan records on the compute subnet's NSG, with buttons to add, edit and
 * remove them. Rules that aren't edited stay exactly as they were imported.
 */
export function ExistingRules({ direction }: { readonly direction: 'Inbound' | 'Outbound' }) {
  const styles = useStyles();
  const plan = usePlan();
  const store = usePlanStore();
  const addRef = useRef<HTMLButtonElement>(null);
  const [dialog, setDialog] = useState<DialogState>({ open: false, target: 'new', seq: 0 });
  const openDialog = (target: DialogState['target']) =>
    setDialog((previous) => ({ open: true, target, seq: previous.seq + 1 }));
  const close = () => setDialog((previous) => ({ ...previous, open: false }));
  const nsg = subnetNsg(plan);
  if (!nsg) return null;
  const rules = nsg.securityRules;
  const words = direction.toLowerCase();
  const save = (next: readonly SecurityRule[]) => {
    store.update((current) => withNsgRules(current, next));
    close();
  };
  const indexOf = (name: string) => rules.findIndex((rule) => rule.name === name);
  const editIndex = dialog.target === 'new' ? rules.length : dialog.target.index;
  const original = dialog.target === 'new' ? undefined : rules[dialog.target.index];

  return (
    <div className={styles.root}>
      <SecurityRuleTable
        title={`${direction} rules on ${nsg.name}${nsg.mode === 'existing' ? ' today' : ''}`}
        rules={rulesOf(rules, direction)}
        empty={`The plan records no ${words} rules of your own on ${nsg.name}; Azure's default rules still apply.`}
        actions={(row) => (
          <div className={styles.actions}>
            <Button
              size="small"
              aria-label={`Edit rule ${row.name}`}
              onClick={() => openDialog({ index: indexOf(row.name) })}
            >
              Edit
            </Button>
            <Button
              size="small"
              aria-label={`Remove rule ${row.name}`}
              onClick={() => {
                save(rules.filter((_, i) => i !== indexOf(row.name)));
                // The row and its buttons are gone: keep the keyboard user nearby.
                addRef.current?.focus();
              }}
            >
              Remove
            </Button>
          </div>
        )}
      />
      <Button ref={addRef} className={styles.add} onClick={() => openDialog('new')}>
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
        onSave={(rule) =>
          save(
            editIndex < rules.length ? rules.map((r, i) => (i === editIndex ? rule : r)) : [...rules, rule],
          )
        }
      />
    </div>
  );
}
