import type { ResourceMode } from '../../../core/index.ts';
import type { Choice } from '../../forms/ChoiceGroup.tsx';
import type { NsgChoice } from './subnetForm.ts';

export const subnetModeChoices: readonly Choice<ResourceMode>[] = [
  {
    value: 'new',
    label: 'Create a new subnet',
    description: 'The deployment creates it in the virtual network; the wizard can suggest a free range.',
  },
  {
    value: 'existing',
    label: 'Use an existing subnet',
    description:
      'The deployment updates it and keeps what it has; enter its real range and how many addresses are taken.',
  },
];

export const nsgChoices: readonly Choice<NsgChoice>[] = [
  {
    value: 'none',
    label: 'None',
    description: 'Nothing filters traffic at the subnet; choose this only if a firewall elsewhere does.',
  },
  {
    value: 'new',
    label: 'Create a new network security group',
    description:
      'The deployment creates it with exactly the rules planned on the Inbound and Outbound steps.',
  },
  {
    value: 'existing',
    label: 'Use an existing network security group',
    description:
      'The deployment keeps its rules; the Inbound and Outbound steps check them against what training needs.',
  },
];
