import { Field, Input, Select } from '@fluentui/react-components';
import { useId } from 'react';
import { useMemo } from 'react';
import { Controller, useWatch, type Control, type UseFormReturn } from 'react-hook-form';
import { ChoiceGroup } from '../../forms/ChoiceGroup.tsx';
import { fieldValidation } from '../../findings/fieldValidation.tsx';
import { useFieldFindings } from '../../findings/useFieldFindings.ts';
import { TextField } from '../../forms/TextField.tsx';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { validationProps } from '../../forms/fieldState.ts';
import { usePlan } from '../../state/PlanStoreContext.ts';
import { hubVnetIdProblem } from './hubVnetId.ts';
import { endpointSubnetChoices, peeringChoices } from './privateLinkChoices.ts';
import type { EndpointContext, EndpointSubnetChoice, WorkspaceFormInput } from './privateLinkForm.ts';
import { coreSuggestions } from './privateLinkSuggestions.ts';

export interface PrivateEndpointFieldsProps {
  readonly form: UseFormReturn<WorkspaceFormInput>;
  readonly context: EndpointContext;
}

/**
 * The details of the workspace private endpoint's placement, with what the bundle then does: the hub VNet
 * and its peering, or the subnet the bundle creates endpoints in.
 */
export default function PrivateEndpointFields({ form, context }: PrivateEndpointFieldsProps) {
  // Only this part follows the whole plan: its suggestions depend on the network and the region.
  const plan = usePlan();
  const layout = useFormLayoutStyles();
  const { control, getValues, setValue } = form;
  const suggestions = useMemo(() => coreSuggestions(plan), [plan]);
  const subnetMode = useWatch({ control, name: 'privateLink.endpointSubnet.mode' });
  const subnetName = useWatch({ control, name: 'privateLink.endpointSubnet.name' });

  const chooseSubnet = (mode: EndpointSubnetChoice) => {
    const { name, addressPrefix } = getValues('privateLink.endpointSubnet');
    const start = suggestions.endpointSubnet;
    // A first own subnet starts from the suggestion, so the person edits rather than types it all.
    if (mode !== 'suggested' && name === '' && addressPrefix === '' && start) {
      setValue('privateLink.endpointSubnet.name', start.name);
      setValue('privateLink.endpointSubnet.addressPrefix', start.addressPrefix);
    }
  };

  return (
    <>
      {context.placement === 'hubVnet' && (
        <>
          <HubVnetIdField control={control} />
          <Controller
            control={control}
            name="privateLink.peering"
            render={({ field, fieldState }) => (
              <ChoiceGroup
                label="Peering between this VNet and the hub"
                choices={peeringChoices}
                {...validationProps(fieldState)}
                name={field.name}
                value={field.value ?? suggestions.peering}
                groupRef={field.ref}
                onBlur={field.onBlur}
                onChange={field.onChange}
              />
            )}
          />
        </>
      )}
      {context.showsSubnet && (
        <>
          <Controller
            control={control}
            name="privateLink.endpointSubnet.mode"
            render={({ field, fieldState }) => (
              <ChoiceGroup
                label="Endpoint subnet"
                choices={endpointSubnetChoices(suggestions.endpointSubnet, context.newVnet)}
                {...validationProps(fieldState)}
                // Named for the plan's endpointSubnet, so findings about the subnet as a whole land here.
                name="privateLink.endpointSubnet"
                value={field.value}
                groupRef={field.ref}
                onBlur={field.onBlur}
                onChange={(mode) => {
                  chooseSubnet(mode);
                  field.onChange(mode);
                }}
              />
            )}
          />
          {subnetMode === 'existing' && (
            <ExistingSubnetPicker
              subnets={plan.network?.vnet.otherSubnets ?? []}
              chosen={subnetName}
              onPick={(subnet) => {
                const options = { shouldDirty: true, shouldValidate: true } as const;
                setValue('privateLink.endpointSubnet.name', subnet.name, options);
                setValue('privateLink.endpointSubnet.addressPrefix', subnet.addressPrefix, options);
              }}
            />
          )}
          {subnetMode !== 'suggested' && (
            <div className={layout.columns}>
              <TextField
                control={control}
                name="privateLink.endpointSubnet.name"
                label="Endpoint subnet name"
                required
              />
              <TextField
                control={control}
                name="privateLink.endpointSubnet.addressPrefix"
                label="Endpoint subnet address prefix"
                hint="A /27 holds the workspace endpoint and a few more; the smallest subnet is a /29."
                placeholder={suggestions.endpointSubnet?.addressPrefix ?? '10.0.2.0/27'}
                required
              />
            </div>
          )}
        </>
      )}
    </>
  );
}

/** The hub VNet id box: says which part of a wrong id is off, and keeps the text as typed. */
function HubVnetIdField({ control }: { readonly control: Control<WorkspaceFormInput> }) {
  const { id, finding } = useFieldFindings('privateLink.hubVnetId');
  return (
    <Controller
      control={control}
      name="privateLink.hubVnetId"
      render={({ field, fieldState }) => {
        const problem = fieldState.error && hubVnetIdProblem(field.value);
        return (
          <Field
            label={{ children: 'Hub virtual network resource id', htmlFor: id }}
            hint="The VNet that holds the endpoint, from its Properties page in the portal (Resource ID). It may be in another subscription."
            required
            {...fieldValidation(problem, finding)}
          >
            <Input
              ref={field.ref}
              id={id}
              name={field.name}
              value={field.value}
              placeholder="/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…"
              autoComplete="off"
              spellCheck={false}
              onBlur={field.onBlur}
              onChange={(_, data) => field.onChange(data.value)}
            />
          </Field>
        );
      }}
    />
  );
}

interface SubnetRow {
  readonly name: string;
  readonly addressPrefix: string;
}

/**
 * The VNet's other subnets (as the plan lists them) to pick the endpoint subnet from; picking one fills the
 * name and prefix boxes, which stay editable for a subnet the plan doesn't list.
 */
function ExistingSubnetPicker({
  subnets,
  chosen,
  onPick,
}: {
  readonly subnets: readonly SubnetRow[];
  readonly chosen: string;
  readonly onPick: (subnet: SubnetRow) => void;
}) {
  const id = useId();
  if (subnets.length === 0) return null;
  const value = subnets.some((subnet) => subnet.name === chosen) ? chosen : '';
  return (
    <Field
      label={{ children: 'Pick one of the VNet’s other subnets', htmlFor: id }}
      hint="The subnets listed in the Virtual network step; or type the name and prefix below."
    >
      <Select
        id={id}
        value={value}
        onChange={(_, data) => {
          const subnet = subnets.find((item) => item.name === data.value);
          if (subnet) onPick(subnet);
        }}
      >
        <option value="">Choose a subnet…</option>
        {subnets.map((subnet) => (
          <option key={subnet.name} value={subnet.name}>
            {subnet.name} ({subnet.addressPrefix})
          </option>
        ))}
      </Select>
    </Field>
  );
}
