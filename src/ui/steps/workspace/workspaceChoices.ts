import type { Isolation, ManagedNetworkMode, PrivateEndpointPlacement } from '../../../core/index.ts';
import type { Choice } from '../../forms/ChoiceGroup.tsx';

export const isolationChoices: readonly Choice<Isolation>[] = [
  {
    value: 'customerVnet',
    label: 'Your own virtual network',
    description:
      'You create and run the VNet, subnet, security rules and outbound routes; the wizard checks each against the requirements.',
  },
  {
    value: 'managedVnet',
    label: 'Managed virtual network',
    description:
      'Azure Machine Learning creates and runs the network for the workspace; compute then cannot join your own VNet.',
  },
];

export const managedModeChoices: readonly Choice<ManagedNetworkMode>[] = [
  {
    value: 'allowOnlyApprovedOutbound',
    label: 'Allow only approved outbound',
    description:
      'Compute reaches only the service tags, private endpoints and domain names you approve; domain rules add an Azure Firewall you pay for.',
  },
  {
    value: 'allowInternetOutbound',
    label: 'Allow internet outbound',
    description:
      'Compute may reach any internet address; inbound traffic from the internet is still blocked.',
  },
];

/** The three places the workspace private endpoint can be, each with what the bundle then does. */
export const placementChoices: readonly Choice<PrivateEndpointPlacement>[] = [
  {
    value: 'computeVnet',
    label: 'Already in this virtual network',
    description:
      'An endpoint exists in this VNet; the bundle creates none and links only the DNS zones you list.',
  },
  {
    value: 'hubVnet',
    label: 'In a hub virtual network',
    description:
      'It lives in a central hub network peered to this one, whose private DNS zones must be linked to this VNet; the bundle can create the peering and links the zones you list.',
  },
  {
    value: 'create',
    label: 'Create one in this virtual network',
    description:
      'The bundle creates it in an endpoint subnet of this VNet, with its private DNS zones and their links.',
  },
];
