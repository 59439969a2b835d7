import { useEffect, useRef } from 'react';
import { type FieldPath, type FieldValues, type PathValue, type UseFormReturn } from 'react-hook-form';
import type { ResourceMode } from '../../../core/index.ts';
import { ChoiceField } from '../../forms/ChoiceField.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { NumberField } from '../../forms/NumberField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { Explanation } from '../vnet/Explanation.tsx';
import { subnetModeChoices } from './subnetChoices.ts';
import { defaultOutboundFor } from './subnetForm.ts';
import { subnetPath, type SubnetBase } from './subnetPaths.ts';

export interface SubnetBasicsProps<T extends FieldValues> {
  readonly form: UseFormReturn<T>;
  readonly base: SubnetBase;
  readonly title: string;
  readonly intro: string;
  readonly docUrl: string;
  readonly mode: ResourceMode;
}

/**
 * New or existing, name, range and (existing only) addresses already used. Switching the mode gives the
 * subnet Azure's outbound default for that mode and clears what only an existing subnet has.
 */
export function SubnetBasics<T extends FieldValues>({
  form,
  base,
  title,
  intro,
  docUrl,
  mode,
}: SubnetBasicsProps<T>) {
  const layout = useFormLayoutStyles();
  const at = (field: string) => subnetPath<T>(base, field);
  const set = (field: string, value: unknown) =>
    form.setValue(at(field), value as PathValue<T, FieldPath<T>>, {
      shouldDirty: true,
      shouldValidate: true,
    });
  const shownMode = useRef(mode);
  useEffect(() => {
    if (shownMode.current === mode) return;
    shownMode.current = mode;
    set('defaultOutboundAccess', defaultOutboundFor(mode));
    if (mode === 'new') {
      set('usedAddresses', 0);
      set('natGateway', false);
    }
  });

  return (
    <FormGroup title={title}>
      <Explanation docUrl={docUrl} topic="subnets for training compute">
        {intro}
      </Explanation>
      <ChoiceField
        control={form.control}
        name={at('mode')}
        label="New or existing"
        choices={subnetModeChoices}
      />
      <div className={layout.columns}>
        <TextField control={form.control} name={at('name')} label="Subnet name" required />
        <TextField
          control={form.control}
          name={at('addressPrefix')}
          label="Address prefix"
          hint="A range in CIDR form inside the VNet, such as 10.0.1.0/24 (251 usable addresses)."
          placeholder="10.0.1.0/24"
          required
        />
        {mode === 'existing' && (
          <NumberField
            control={form.control}
            name={at('usedAddresses')}
            label="Addresses already used"
            hint="Devices already in the subnet, such as VMs and private endpoints (Connected devices in the portal)."
            min={0}
          />
        )}
      </div>
    </FormGroup>
  );
}
