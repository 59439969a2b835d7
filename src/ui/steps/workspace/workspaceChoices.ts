import type { Isolation, ManagedNetworkMode } from '../../../core/index.ts';
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
