import { Field, Switch } from '@fluentui/react-components';
import { Controller, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { DOCS, type ResourceMode } from '../../../core/index.ts';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { SwitchField } from '../../forms/SwitchField.tsx';
import { validationProps } from '../../forms/fieldState.ts';
import { Explanation } from '../vnet/Explanation.tsx';
import { subnetPath, type SubnetBase } from './subnetPaths.ts';

export interface OutboundAccessFieldsProps<T extends FieldValues> {
  readonly form: UseFormReturn<T>;
  readonly base: SubnetBase;
  readonly mode: ResourceMode;
}

/** Private subnet (no default outbound access) and, for an existing subnet, a NAT gateway it already has. */
export function OutboundAccessFields<T extends FieldValues>({
  form,
  base,
  mode,
}: OutboundAccessFieldsProps<T>) {
  return (
    <FormGroup title="Outbound internet access">
      <Explanation docUrl={DOCS.defaultOutbound} topic="default outbound access">
        Azure used to give every VM a hidden way out to the internet, called default outbound access. It is
        being retired: subnets created since 31 March 2026 are private, with no way out until you add a NAT
        gateway or a firewall (the Tunnelling step). Existing subnets keep what they had.
      </Explanation>
      <Controller
        control={form.control}
        name={subnetPath<T>(base, 'defaultOutboundAccess')}
        render={({ field, fieldState }) => (
          <Field
            hint="On: no default outbound access, so the compute needs a NAT gateway or a firewall to reach the internet. Off: it relies on the retiring default."
            {...validationProps(fieldState)}
          >
            <Switch
              ref={field.ref}
              name={field.name}
              label="Private subnet"
              checked={field.value === false}
              onBlur={field.onBlur}
              onChange={(_, data) => field.onChange(!data.checked)}
            />
          </Field>
        )}
      />
      {mode === 'existing' && (
        <SwitchField
          control={form.control}
          name={subnetPath<T>(base, 'natGateway')}
          label="Already has a NAT gateway"
          hint="The subnet’s outbound traffic already leaves through a NAT gateway, which counts as a way out."
        />
      )}
    </FormGroup>
  );
}
