import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useMemo } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import type { Plan } from '../../../core/index.ts';
import { ChoiceGroup } from '../../forms/ChoiceGroup.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { validationProps } from '../../forms/fieldState.ts';
import { endpointSubnetChoices, peeringChoices, placementChoices } from './privateLinkChoices.ts';
import type { EndpointContext, EndpointSubnetChoice, WorkspaceFormInput } from './privateLinkForm.ts';
import { coreSuggestions } from './privateLinkSuggestions.ts';

const useStyles = makeStyles({
  note: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});

export interface PrivateEndpointFieldsProps {
  readonly form: UseFormReturn<WorkspaceFormInput>;
  readonly context: EndpointContext;
  readonly plan: Plan;
}

/**
 * Where the workspace private endpoint the compute uses is: in the compute VNet, in a peered hub, or
 * created by the bundle in an endpoint subnet; each with what the bundle then does.
 */
export default function PrivateEndpointFields({ form, context, plan }: PrivateEndpointFieldsProps) {
  const layout = useFormLayoutStyles();
  const styles = useStyles();
  const { control, getValues, setValue } = form;
  const network = plan.network;
  const suggestions = useMemo(() => coreSuggestions({ ...plan, network }), [plan, network]);
  const subnetMode = useWatch({ control, name: 'privateLink.endpointSubnet.mode' });
  const switchOn = useWatch({ control, name: 'privateEndpoint' });

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
    <FormGroup title="Workspace private endpoint">
      {context.required && switchOn === false && (
        <p className={styles.note}>
          Compute without public IP addresses in a VNet the plan creates reaches the workspace only through a
          private endpoint, so the plan keeps one.
        </p>
      )}
      <Controller
        control={control}
        name="privateLink.placement"
        render={({ field, fieldState }) => (
          <ChoiceGroup
            label="Where is the workspace’s private endpoint?"
            hint={
              context.defaultPlacement === 'none'
                ? undefined
                : `Without a choice here the plan uses “${placementChoices.find((c) => c.value === context.defaultPlacement)?.label ?? ''}”.`
            }
            choices={placementChoices}
            {...validationProps(fieldState)}
            name={field.name}
            value={field.value ?? (context.placement === 'none' ? 'create' : context.placement)}
            groupRef={field.ref}
            onBlur={field.onBlur}
            onChange={field.onChange}
          />
        )}
      />
      {context.placement === 'hubVnet' && (
        <>
          <TextField
            control={control}
            name="privateLink.hubVnetId"
            label="Hub virtual network resource id"
            hint="The VNet that holds the endpoint, from its Properties page in the portal (Resource ID). It may be in another subscription."
            placeholder="/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…"
            required
          />
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
                hint="The subnet of this VNet the bundle puts its private endpoints in."
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
    </FormGroup>
  );
}
