import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { SecurityRule } from '../../../core/index.ts';
import { NSG_RULES_PATH } from '../../../core/index.ts';
import { EditDialog, EditDialogForm } from './EditDialog.tsx';
import { PlanSection } from '../../findings/PlanSection.tsx';
import { ChoiceField } from '../../forms/ChoiceField.tsx';
import { formParseOptions } from '../../forms/formErrors.ts';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { NumberField } from '../../forms/NumberField.tsx';
import { SelectField } from '../../forms/SelectField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { applyRuleEdit, ruleFormSchema, ruleFormValues, type RuleFormValues } from './ruleEdit.ts';

export interface RuleDialogProps {
  readonly open: boolean;
  /** The rule being edited; undefined adds a new rule. */
  readonly rule: SecurityRule | undefined;
  /** Where the rule is (or will be) in the NSG's rule list, for findings on its fields. */
  readonly index: number;
  readonly direction: 'Inbound' | 'Outbound';
  /** The NSG's other rules (names and priorities must not clash with them). */
  readonly others: readonly SecurityRule[];
  /** Suggested priority for a new rule. */
  readonly priority: number;
  readonly onSave: (rule: SecurityRule) => void;
  readonly onClose: () => void;
}

const accessChoices = [
  { value: 'Allow', label: 'Allow' },
  { value: 'Deny', label: 'Deny' },
] as const;

const protocolOptions = [
  { value: 'Tcp', label: 'TCP' },
  { value: 'Udp', label: 'UDP' },
  { value: 'Icmp', label: 'ICMP' },
  { value: '*', label: 'Any' },
  { value: 'Esp', label: 'ESP' },
  { value: 'Ah', label: 'AH' },
];

/** A dialog to add or edit one security rule, checked field by field as it is typed. */
export function RuleDialog({ open, formKey, ...props }: RuleDialogProps & { readonly formKey: number }) {
  return (
    <EditDialog open={open} onClose={props.onClose}>
      <RuleForm key={formKey} {...props} />
    </EditDialog>
  );
}

function RuleForm(props: Omit<RuleDialogProps, 'open'>) {
  const { rule, index, direction, others, priority, onSave, onClose } = props;
  const layout = useFormLayoutStyles();
  const schema = useMemo(() => ruleFormSchema(others), [others]);
  const defaultValues = useMemo(() => ruleFormValues(rule, direction, priority), [rule, direction, priority]);
  const form = useForm<RuleFormValues>({
    mode: 'onChange',
    resolver: zodResolver(schema, formParseOptions),
    defaultValues,
  });
  const { control } = form;
  const save = form.handleSubmit((values) => onSave(applyRuleEdit(rule, values)));
  const title = rule ? `Edit rule ${rule.name}` : `Add an ${direction.toLowerCase()} rule`;

  return (
    <EditDialogForm title={title} saveLabel="Save rule" onSubmit={save} onClose={onClose}>
      <PlanSection path={`${NSG_RULES_PATH}.${index}`}>
        <div className={layout.columns}>
          <TextField control={control} name="name" label="Rule name" required />
          <NumberField
            control={control}
            name="properties.priority"
            label="Priority"
            hint="100–4096; lower numbers are checked first."
            min={100}
            max={4096}
            required
          />
          <ChoiceField
            control={control}
            name="properties.access"
            label="Access"
            choices={accessChoices}
            layout="horizontal"
          />
          <SelectField
            control={control}
            name="properties.protocol"
            label="Protocol"
            options={protocolOptions}
          />
          <TextField
            control={control}
            name="properties.sourceAddressPrefix"
            label="Source"
            hint="An address prefix, a service tag or *; separate several prefixes with commas."
          />
          <TextField
            control={control}
            name="properties.sourcePortRange"
            label="Source ports"
            hint="Almost always *."
          />
          <TextField
            control={control}
            name="properties.destinationAddressPrefix"
            label="Destination"
            hint="An address prefix, a service tag or *."
          />
          <TextField
            control={control}
            name="properties.destinationPortRange"
            label="Destination ports"
            hint="Such as 22, 8000-8080 or *; separate several with commas."
          />
        </div>
        <TextField control={control} name="properties.description" label="Description" emptyAsUndefined />
      </PlanSection>
    </EditDialogForm>
  );
}
