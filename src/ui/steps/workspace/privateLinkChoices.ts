import type { HubPeering } from '../../../core/index.ts';
import type { Choice } from '../../forms/ChoiceGroup.tsx';
import type { EndpointSubnetChoice } from './privateLinkForm.ts';

/** How the compute VNet and the hub are peered, each with what the bundle then does. */
export const peeringChoices: readonly Choice<HubPeering>[] = [
  {
    value: 'existing',
    label: 'Already peered',
    description: 'The two VNets are peered today. The bundle leaves the peering as it is.',
  },
  {
    value: 'create',
    label: 'Peer them with the bundle',
    description:
      'The bundle peers this VNet to the hub. The peering back from the hub is a step for the hub’s owner, listed with the bundle.',
  },
  {
    value: 'none',
    label: 'Not peered',
    description:
      'Nothing connects the two VNets, so the compute can’t reach the endpoint; the checks report it until a peering is planned.',
  },
];

/** An endpoint subnet as a person reads it: "new subnet private-endpoints, 10.0.2.0/27". */
export function subnetWords(subnet: {
  readonly mode: 'new' | 'existing';
  readonly name: string;
  readonly addressPrefix: string;
}): string {
  return `${subnet.mode === 'new' ? 'new' : 'existing'} subnet ${subnet.name}, ${subnet.addressPrefix}`;
}

/** Where the bundle puts its endpoints: the core's suggestion, or a subnet the person names. */
export function endpointSubnetChoices(
  suggestion: Parameters<typeof subnetWords>[0] | undefined,
  newVnet: boolean,
): Choice<EndpointSubnetChoice>[] {
  const suggested: Choice<EndpointSubnetChoice> = suggestion
    ? {
        value: 'suggested',
        label: `Suggested: ${subnetWords(suggestion)}`,
        description:
          suggestion.mode === 'new'
            ? 'The first free range in the VNet with room for the endpoints; it moves with the VNet’s addresses if they change.'
            : 'The VNet’s existing subnet for private endpoints.',
      }
    : {
        value: 'suggested',
        label: 'Suggested: none',
        description:
          'The VNet has no free range for an endpoint subnet (a /29 at least). Add an address space to the VNet, or name a subnet here.',
      };
  const named: Choice<EndpointSubnetChoice>[] = [
    {
      value: 'new',
      label: 'A new subnet I name',
      description: 'The bundle creates the subnet with the name and range you give.',
    },
  ];
  if (!newVnet) {
    named.push({
      value: 'existing',
      label: 'An existing subnet of this VNet',
      description: 'The bundle puts the endpoints in it and leaves the subnet as it is.',
    });
  }
  return [suggested, ...named];
}
